using System;
using System.Collections.Generic;
using System.Linq;
using AngleSharp.Dom;

namespace ReportParser.Readers.Html;

/// <summary>
/// Finds the report body in a government web page without reading its language: chrome (navigation, header,
/// footer, breadcrumbs, scripts, hidden elements) is skipped; then, starting at <c>body</c>, the walk descends into
/// the child that holds most of the page's non-link text until no single child dominates.
/// </summary>
internal sealed class HtmlContentLocator
{
    private const double DominantShare = 0.7;

    private static readonly HashSet<string> SkippedElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "iframe", "frame", "frameset", "svg", "canvas", "object", "embed",
        "nav", "header", "footer", "aside", "select", "button", "input", "textarea", "head", "map", "audio", "video",
    };

    private static readonly HashSet<string> ChromeTokens = new(StringComparer.OrdinalIgnoreCase)
    {
        "nav", "navbar", "navigation", "menu", "menus", "mainnav", "subnav", "topnav", "footer", "foot", "header", "head",
        "breadcrumb", "breadcrumbs", "crumb", "crumbs", "sidebar", "share", "copyright", "topbar", "banner", "toolbar",
        "skip", "search", "searchbox", "logo", "dqwz", "wzdh", "bottom", "fenxiang", "qrcode",
    };

    private readonly IElement _body;
    private readonly Dictionary<IElement, int> _mass = new();

    public HtmlContentLocator(IElement body)
    {
        _body = body;
        ComputeMass(body);
    }

    /// <summary>True for elements whose content is never part of the report (scripts, hidden elements, navigation …).</summary>
    public static bool IsSkipped(IElement element)
    {
        if (SkippedElements.Contains(element.LocalName) || element.HasAttribute("hidden"))
        {
            return true;
        }

        var style = element.GetAttribute("style");
        if (style is not null)
        {
            var compact = style.Replace(" ", string.Empty).ToLowerInvariant();
            if (compact.Contains("display:none") || compact.Contains("visibility:hidden"))
            {
                return true;
            }
        }

        return element.GetAttribute("aria-hidden") == "true";
    }

    /// <summary>True for elements that are skipped or whose id/class names them as page chrome.</summary>
    public bool IsChrome(IElement element)
    {
        for (var current = element; current is not null && current != _body; current = current.ParentElement)
        {
            if (IsSkipped(current) || HasChromeName(current))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True for a chrome-named element inside the body that holds little text (share buttons, print links).</summary>
    public bool IsMinorChrome(IElement element, IElement root) =>
        HasChromeName(element) && element.QuerySelector("table") is null && CountVisible(element.TextContent) * 10 < Math.Max(MassOf(root), 1);

    public IElement FindContentRoot()
    {
        var total = MassOf(_body);
        if (total == 0)
        {
            return _body;
        }

        var current = _body;
        while (true)
        {
            var currentMass = MassOf(current);
            IElement? dominant = null;
            foreach (var child in current.Children)
            {
                if (MassOf(child) >= currentMass * DominantShare)
                {
                    dominant = child;
                    break;
                }
            }

            // Never descend into a table: the report's tables are content, not containers of it.
            if (dominant is null || dominant.LocalName is "table" or "tbody" or "tr" or "td" or "th" or "p")
            {
                return current;
            }

            current = dominant;
        }
    }

    /// <summary>The page's article heading (<c>h1</c>–<c>h3</c> or an element with "title" in its class) just before the body, if any.</summary>
    public IElement? FindTitleElementBefore(IElement root)
    {
        var current = root;
        for (var level = 0; level < 4 && current is not null && current != _body; level++)
        {
            var sibling = current.PreviousElementSibling;
            for (var i = 0; i < 6 && sibling is not null; i++, sibling = sibling.PreviousElementSibling)
            {
                if (IsSkipped(sibling))
                {
                    continue;
                }

                var candidate = IsTitleLike(sibling) ? sibling : sibling.QuerySelectorAll("h1,h2,h3,[class*=title]").LastOrDefault(IsTitleLike);
                if (candidate is not null)
                {
                    return candidate;
                }
            }

            current = current.ParentElement;
        }

        return null;
    }

    private static bool IsTitleLike(IElement element)
    {
        var isHeading = element.LocalName is "h1" or "h2" or "h3"
            || (element.ClassName ?? string.Empty).ToUpperInvariant().Contains("TITLE", StringComparison.Ordinal);
        var length = (element.TextContent ?? string.Empty).Trim().Length;
        return isHeading && length is > 4 and < 120 && element.QuerySelector("table") is null;
    }

    private static bool HasChromeName(IElement element)
    {
        foreach (var name in new[] { element.Id, element.ClassName })
        {
            if (string.IsNullOrEmpty(name))
            {
                continue;
            }

            foreach (var token in name!.Split([' ', '-', '_', '\t'], StringSplitOptions.RemoveEmptyEntries))
            {
                if (ChromeTokens.Contains(token))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private int MassOf(IElement element) => _mass.TryGetValue(element, out var mass) ? mass : 0;

    private int ComputeMass(IElement element)
    {
        if (IsSkipped(element) || (element != _body && HasChromeName(element)))
        {
            _mass[element] = 0;
            return 0;
        }

        var mass = 0;
        foreach (var node in element.ChildNodes)
        {
            if (node is IText text)
            {
                if (element.LocalName != "a")
                {
                    mass += CountVisible(text.Data);
                }
            }
            else if (node is IElement child)
            {
                mass += ComputeMass(child);
            }
        }

        if (element.LocalName == "a")
        {
            mass = 0;
        }

        _mass[element] = mass;
        return mass;
    }

    private static int CountVisible(string text)
    {
        var count = 0;
        foreach (var ch in text)
        {
            if (!char.IsWhiteSpace(ch))
            {
                count++;
            }
        }

        return count;
    }
}
