using System.Collections.Generic;
using System.Globalization;
using AngleSharp.Dom;

namespace ReportParser.Readers.Html;

/// <summary>A readable path from <c>body</c> to an element: <c>body/div[2]/table/tbody/tr[5]/td[3]</c> (1-based among same-name siblings).</summary>
internal static class DomPath
{
    public static string Of(IElement element)
    {
        var parts = new List<string>();
        var current = element;
        while (current is not null && current.LocalName != "html")
        {
            var name = current.LocalName;
            if (name == "body")
            {
                parts.Add(name);
                break;
            }

            var index = 0;
            var total = 0;
            if (current.ParentElement is { } parent)
            {
                foreach (var sibling in parent.Children)
                {
                    if (sibling.LocalName == name)
                    {
                        total++;
                        if (ReferenceEquals(sibling, current))
                        {
                            index = total;
                        }
                    }
                }
            }

            parts.Add(total > 1 ? name + "[" + index.ToString(CultureInfo.InvariantCulture) + "]" : name);
            current = current.ParentElement;
        }

        parts.Reverse();
        return string.Join("/", parts);
    }
}
