using System;
using System.Collections.Generic;

namespace ReportParser.Readers.Html;

/// <summary>
/// Measures how deeply a page's elements nest, before the page is parsed. The HTML tree builder looks through the whole
/// stack of open elements for most start tags (is a <c>p</c> "in button scope"?), so 100,000 nested <c>div</c>s cost it
/// 10¹⁰ steps (issue #11: 105–176 s for 1.1 MB), and every recursive walk of the tree after it would need as many stack
/// frames. This is one pass with a stack of tag names, as the tree builder keeps it in the common case: void and
/// self-closing elements never open, elements the parser closes by themselves (<c>p</c>, <c>li</c>, table cells …) do
/// not count, an end tag closes back to its open element, and script, style and comments are skipped.
/// </summary>
internal static class HtmlNesting
{
    private static readonly HashSet<string> Void = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr", "param",
        "keygen", "basefont", "bgsound", "frame", "image",
    };

    /// <summary>Elements the parser closes by itself (at the next sibling, or at their parent's end): open, but not counted.</summary>
    private static readonly Dictionary<string, string[]> ClosedBySibling = new(StringComparer.OrdinalIgnoreCase)
    {
        ["td"] = ["td", "th", "|", "tr", "table"], ["th"] = ["td", "th", "|", "tr", "table"], ["tr"] = ["tr", "|", "table"],
        ["tbody"] = ["tbody", "thead", "tfoot", "|", "table"], ["thead"] = ["tbody", "thead", "tfoot", "|", "table"],
        ["tfoot"] = ["tbody", "thead", "tfoot", "|", "table"], ["li"] = ["li", "|", "ul", "ol"], ["dt"] = ["dt", "dd", "|", "dl"],
        ["dd"] = ["dt", "dd", "|", "dl"], ["option"] = ["option", "|", "select", "optgroup"], ["optgroup"] = ["optgroup", "|", "select"],
        ["rb"] = ["rb", "rt", "rp", "rtc", "|", "ruby"], ["rt"] = ["rb", "rt", "rp", "|", "ruby"], ["rp"] = ["rb", "rt", "rp", "|", "ruby"],
        ["rtc"] = ["rb", "rtc", "|", "ruby"], ["colgroup"] = ["colgroup", "|", "table"], ["caption"] = ["caption", "|", "table"],
        ["p"] = ["p", "|", "td", "th", "table", "button"], ["html"] = [], ["head"] = [], ["body"] = [],
    };

    /// <summary>Start tags that close an open <c>p</c> (HTML's "close a p element" for block starts).</summary>
    private static readonly HashSet<string> ClosesParagraph = new(StringComparer.OrdinalIgnoreCase)
    {
        "address", "article", "aside", "blockquote", "center", "details", "dialog", "dir", "div", "dl", "fieldset",
        "figcaption", "figure", "footer", "header", "hgroup", "main", "menu", "nav", "ol", "section", "summary", "ul", "h1",
        "h2", "h3", "h4", "h5", "h6", "pre", "listing", "form", "table", "hr", "xmp",
    };

    private static readonly string[] ParagraphScope = ["p", "|", "td", "th", "table", "button"];

    private static readonly string[] RawTextElements = ["script", "style", "textarea", "title", "xmp", "noembed", "noframes", "plaintext"];

    /// <summary>
    /// The deepest nesting of elements in <paramref name="html"/> (elements the parser closes by itself not counted),
    /// counting at most to <paramref name="limit"/> + 1: the scan stops as soon as the limit is passed.
    /// </summary>
    public static int Depth(string html, int limit)
    {
        var stack = new OpenElements();
        var at = html.IndexOf('<');
        while (at >= 0 && at + 1 < html.Length)
        {
            var next = html[at + 1];
            if (next is '!' or '?')
            {
                at = SkipMarkupDeclaration(html, at);
            }
            else if (next == '/')
            {
                stack.CloseTo(TagName(html, at + 2));
                at = html.IndexOf('>', at + 2);
            }
            else if (IsAsciiLetter(next))
            {
                var name = TagName(html, at + 1);
                var end = html.IndexOf('>', at + 1);
                if (!(end > 0 && html[end - 1] == '/') && !Void.Contains(name))
                {
                    stack.Open(name);
                    if (stack.Deepest > limit)
                    {
                        return stack.Deepest;
                    }
                }

                at = SkipRawText(html, name, end);
            }
            else
            {
                at++;
            }

            at = at < 0 ? -1 : html.IndexOf('<', at);
        }

        return stack.Deepest;
    }

    /// <summary>The stack of open elements, with the count of those that nest (not closed by a sibling).</summary>
    private sealed class OpenElements
    {
        private readonly List<string> _names = [];
        private readonly Dictionary<string, int> _open = new(StringComparer.OrdinalIgnoreCase);
        private int _counted;

        public int Deepest { get; private set; }

        public void Open(string name)
        {
            if (ClosedBySibling.TryGetValue(name, out var closes) && closes.Length > 0)
            {
                CloseWithin(closes);
            }
            else if (ClosesParagraph.Contains(name))
            {
                CloseWithin(ParagraphScope);
            }

            _names.Add(name);
            _open[name] = _open.TryGetValue(name, out var count) ? count + 1 : 1;
            if (!ClosedBySibling.ContainsKey(name))
            {
                _counted++;
                Deepest = Math.Max(Deepest, _counted);
            }
        }

        /// <summary>An end tag: closes back to the open element of that name, if there is one.</summary>
        public void CloseTo(string name)
        {
            if (name.Length == 0 || !_open.TryGetValue(name, out var count) || count == 0)
            {
                return;
            }

            while (_names.Count > 0 && !string.Equals(Pop(), name, StringComparison.OrdinalIgnoreCase))
            {
            }
        }

        /// <summary>
        /// <paramref name="rule"/> lists the names an element closes, then "|", then the names that stop the search
        /// (an open <c>td</c> is closed by a new <c>td</c>, but not across a <c>table</c>).
        /// </summary>
        private void CloseWithin(string[] rule)
        {
            var bar = Array.IndexOf(rule, "|");
            for (var i = _names.Count - 1; i >= 0; i--)
            {
                var index = Array.FindIndex(rule, r => string.Equals(r, _names[i], StringComparison.OrdinalIgnoreCase));
                if (index >= 0 && index < bar)
                {
                    while (_names.Count > i)
                    {
                        Pop();
                    }

                    return;
                }

                if (index > bar)
                {
                    return;
                }
            }
        }

        private string Pop()
        {
            var top = _names[_names.Count - 1];
            _names.RemoveAt(_names.Count - 1);
            _open[top]--;
            if (!ClosedBySibling.ContainsKey(top))
            {
                _counted--;
            }

            return top;
        }
    }

    private static int SkipMarkupDeclaration(string html, int at)
    {
        if (string.CompareOrdinal(html, at, "<!--", 0, 4) == 0)
        {
            var end = html.IndexOf("-->", at + 4, StringComparison.Ordinal);
            return end < 0 ? -1 : end + 3;
        }

        return html.IndexOf('>', at + 2);
    }

    /// <summary>After the start tag of a raw-text element (script, style …), jumps to its end tag.</summary>
    private static int SkipRawText(string html, string name, int tagEnd)
    {
        if (tagEnd < 0)
        {
            return -1;
        }

        foreach (var raw in RawTextElements)
        {
            if (string.Equals(raw, name, StringComparison.OrdinalIgnoreCase))
            {
                var close = html.IndexOf("</" + raw, tagEnd, StringComparison.OrdinalIgnoreCase);
                return close < 0 ? -1 : close;
            }
        }

        return tagEnd + 1;
    }

    private static string TagName(string html, int start)
    {
        var end = start;
        while (end < html.Length && end - start < 32 && (IsAsciiLetter(html[end]) || (end > start && (char.IsDigit(html[end]) || html[end] is '-' or ':'))))
        {
            end++;
        }

        return html.Substring(start, end - start);
    }

    private static bool IsAsciiLetter(char c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z');
}
