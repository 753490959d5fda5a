using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;

namespace ReportParser.Readers.Pdf;

/// <summary>
/// Page numbers printed in the top or bottom margin (<c>-3-</c>, <c>- 3 -</c>, <c>— 3 —</c>, <c>3</c>, <c>3/6</c>,
/// <c>第3页</c>, <c>第 3 页 共 6 页</c>): they are not content, and a table continued on the next page must be joined
/// across them.
/// </summary>
internal static class PageFurniture
{
    /// <summary>Fraction of the page height at the bottom where page numbers are looked for.</summary>
    public const double BottomMargin = 0.14;

    /// <summary>Fraction of the page height at the top where page numbers are looked for.</summary>
    public const double TopMargin = 0.08;

    private static readonly Regex PageNumber = new(
        @"^[\s\-–—―－−~·•]*(?:第\s*)?[0-9０-９]{1,4}(?:\s*页)?(?:\s*[/／]\s*(?:共\s*)?[0-9０-９]{1,4}\s*页?|\s*共\s*[0-9０-９]{1,4}\s*页)?[\s\-–—―－−~·•]*$",
        RegexOptions.CultureInvariant);

    public static bool IsPageNumber(GlyphLine line, double pageHeight) =>
        InMargin(line, pageHeight) && line.Glyphs.Count <= 16 && PageNumber.IsMatch(line.Text);

    private static bool InMargin(GlyphLine line, double pageHeight) =>
        line.Baseline <= pageHeight * BottomMargin || line.Top >= pageHeight * (1 - TopMargin);

    /// <summary>
    /// Removes running headers and footers: a line in the top or bottom margin whose text, digits aside, repeats on at
    /// least half of the pages (and on two or more), such as a browser's date/title/URL/page line.
    /// </summary>
    public static void RemoveRunningLines(IReadOnlyList<PageLayout> pages)
    {
        if (pages.Count < 2)
        {
            return;
        }

        var counts = new Dictionary<string, int>();
        foreach (var page in pages)
        {
            foreach (var key in page.Items.Where(i => i.Line is not null && InMargin(i.Line, page.Page.Height)).Select(i => Key(i.Line!)).Distinct())
            {
                counts[key] = counts.TryGetValue(key, out var n) ? n + 1 : 1;
            }
        }

        var running = new HashSet<string>(counts.Where(c => c.Value >= 2 && c.Value * 2 >= pages.Count).Select(c => c.Key));
        if (running.Count == 0)
        {
            return;
        }

        foreach (var page in pages)
        {
            page.Items.RemoveAll(i => i.Line is not null && InMargin(i.Line, page.Page.Height) && running.Contains(Key(i.Line)));
        }
    }

    private static string Key(GlyphLine line)
    {
        var builder = new StringBuilder();
        foreach (var glyph in line.Glyphs)
        {
            foreach (var c in glyph.Text)
            {
                builder.Append(char.IsDigit(c) ? '#' : c);
            }
        }

        return builder.ToString();
    }
}
