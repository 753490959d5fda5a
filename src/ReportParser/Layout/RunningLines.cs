using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace ReportParser.Layout;

/// <summary>Running headers and footers across the pages of a document (the per-page furniture is <see cref="PageFurniture"/>).</summary>
internal static class RunningLines
{
    /// <summary>
    /// Removes running headers and footers: a line in the top or bottom margin whose text, digits aside, repeats on at
    /// least half of the pages (and on two or more), such as a browser's date/title/URL/page line.
    /// </summary>
    public static void Remove(IReadOnlyList<PageLayout> pages)
    {
        if (pages.Count < 2)
        {
            return;
        }

        var counts = new Dictionary<string, int>();
        foreach (var page in pages)
        {
            foreach (var key in page.Items.Where(i => i.Line is not null && PageFurniture.InMargin(i.Line, page.Page.Height)).Select(i => Key(i.Line!)).Distinct())
            {
                counts[key] = counts.TryGetValue(key, out var n) ? n + 1 : 1;
            }
        }

        var running = new HashSet<string>(counts.Where(c => c.Value >= 2 && c.Value * 100 >= pages.Count * LayoutTolerances.RunningLineMinPagesPercent).Select(c => c.Key));
        if (running.Count == 0)
        {
            return;
        }

        foreach (var page in pages)
        {
            page.Items.RemoveAll(i => i.Line is not null && PageFurniture.InMargin(i.Line, page.Page.Height) && running.Contains(Key(i.Line)));
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
