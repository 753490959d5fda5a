using System;
using System.Collections.Generic;
using System.Linq;

namespace ReportParser.Layout;

/// <summary>
/// Header text set without gaps across several cells (a tightly set table: 信息内容本年制发件数本年废止件数…) is cut
/// where it crosses from the labels to the numbers, and a piece over the numbers that fills the columns it covers
/// (at least <see cref="LayoutTolerances.GluedFillShare"/> of their width, over two or more) is cut per column, each
/// glyph to the column that holds its centre. A label centred over several columns covers only part of them and
/// stays whole.
/// </summary>
internal static class HeaderUngluer
{
    public static IEnumerable<GlyphLine> Unglue(List<GlyphLine> chunks, double valueLeft, BorderlessColumns columns)
    {
        var xs = columns.Lines;
        var firstValueColumn = columns.FirstValueColumn;
        foreach (var chunk in chunks)
        {
            // Only text that starts at a label column's left edge runs on into the numbers' columns.
            var startsAtLabel = Enumerable.Range(0, Math.Max(firstValueColumn, 1)).Any(c => Math.Abs(chunk.Left - xs[c]) <= LayoutTolerances.GluedLabelStartEm * chunk.Size);
            var label = startsAtLabel ? chunk.Glyphs.Where(g => g.CenterX < valueLeft).ToList() : [];
            var rest = startsAtLabel ? chunk.Glyphs.Where(g => g.CenterX >= valueLeft).ToList() : chunk.Glyphs;
            if (label.Count > 0 && rest.Count > 0)
            {
                yield return new GlyphLine(label);
            }
            else if (rest.Count == 0)
            {
                yield return chunk;
                continue;
            }

            var part = label.Count > 0 ? new GlyphLine(rest) : chunk;
            var c0 = Math.Max(columns.At(part.Left + LayoutTolerances.Epsilon), firstValueColumn);
            var c1 = Math.Max(columns.At(part.Right - LayoutTolerances.Epsilon), firstValueColumn);
            if (c1 > c0 && part.Width >= LayoutTolerances.GluedFillShare * (xs[c1 + 1] - xs[c0]))
            {
                foreach (var group in part.Glyphs.GroupBy(g => columns.At(g.CenterX)).OrderBy(g => g.Key))
                {
                    yield return new GlyphLine(group.ToList());
                }
            }
            else
            {
                yield return part;
            }
        }
    }
}
