using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace ReportParser.Layout;

/// <summary>
/// Turns glyphs into text: lines by baseline, glyphs left to right; no space between CJK characters; a space between
/// Latin words only where the gap is a real word gap; digits are joined across kerning gaps but only within one cell,
/// since a cell's glyphs are the only ones ever joined. A label printed one character per line (vertical text) is
/// read as one line.
/// </summary>
internal static class GlyphText
{
    private static readonly Comparison<Glyph> TopToBottom = (a, b) => a.Baseline != b.Baseline ? b.Baseline.CompareTo(a.Baseline) : a.Left.CompareTo(b.Left);

    private static readonly Comparison<Glyph> LeftToRight = (a, b) => a.Left.CompareTo(b.Left);

    /// <summary>Groups glyphs into lines, top to bottom, each left to right.</summary>
    public static List<GlyphLine> Lines(IEnumerable<Glyph> glyphs)
    {
        var sorted = new List<Glyph>(glyphs);
        sorted.Sort(TopToBottom);
        var lines = new List<GlyphLine>();
        var start = 0;
        for (var i = 1; i <= sorted.Count; i++)
        {
            if (i < sorted.Count && sorted[start].Baseline - sorted[i].Baseline <= LayoutTolerances.SameLineEm * Math.Min(sorted[i].Size, sorted[start].Size))
            {
                continue;
            }

            var line = sorted.GetRange(start, i - start);
            line.Sort(LeftToRight);
            RemoveDuplicates(line);
            lines.Add(new GlyphLine(line));
            start = i;
        }

        return lines;
    }

    /// <summary>Drops the second of two equal glyphs printed on top of each other (a line sorted left to right).</summary>
    private static void RemoveDuplicates(List<Glyph> line)
    {
        var kept = 0;
        for (var i = 0; i < line.Count; i++)
        {
            var glyph = line[i];
            var duplicate = false;
            for (var k = kept - 1; k >= 0 && glyph.Left - line[k].Left <= LayoutTolerances.DuplicateEm * glyph.Size; k--)
            {
                if (string.Equals(line[k].Text, glyph.Text, StringComparison.Ordinal) && Math.Abs(line[k].Baseline - glyph.Baseline) <= LayoutTolerances.DuplicateEm * glyph.Size)
                {
                    duplicate = true;
                    break;
                }
            }

            if (!duplicate)
            {
                line[kept++] = glyph;
            }
        }

        line.RemoveRange(kept, line.Count - kept);
    }

    /// <summary>Joins glyphs of one line (already left to right).</summary>
    public static string Join(IReadOnlyList<Glyph> glyphs)
    {
        var builder = new StringBuilder(glyphs.Count + 4);
        for (var i = 0; i < glyphs.Count; i++)
        {
            var glyph = glyphs[i];
            if (i > 0)
            {
                var previous = glyphs[i - 1];
                if (NeedsSpace(previous, glyph))
                {
                    builder.Append(' ');
                }
            }

            builder.Append(glyph.Text);
        }

        return builder.ToString();
    }

    private static bool NeedsSpace(Glyph previous, Glyph next)
    {
        if (previous.IsCjk || next.IsCjk)
        {
            return false;
        }

        var gap = next.Left - previous.Right;
        var em = Math.Max(previous.Size, next.Size);
        var digits = IsDigitLike(previous.Text) && IsDigitLike(next.Text);
        return gap > (digits ? LayoutTolerances.DigitGapEm : LayoutTolerances.WordGapEm) * em;
    }

    private static bool IsDigitLike(string text) =>
        text.Length > 0 && (char.IsDigit(text[0]) || text[0] == '.' || text[0] == ',');

    /// <summary>The text of a cell: its lines joined with <c>\n</c>, a vertical stack of single characters joined without breaks.</summary>
    public static string CellText(IEnumerable<Glyph> glyphs)
    {
        var lines = Lines(glyphs);
        if (lines.Count == 0)
        {
            return string.Empty;
        }

        if (lines.Count == 1)
        {
            return lines[0].Text;
        }

        if (IsVerticalStack(lines))
        {
            return string.Concat(lines.Select(l => l.Text));
        }

        var builder = new StringBuilder(lines[0].Text);
        for (var i = 1; i < lines.Count; i++)
        {
            var text = lines[i].Text;

            // A number wrapped by a narrow cell (2,87 / 5) is one number: the cell prints 2,875.
            if (!(IsWrappedNumber(builder, text) && IsNumberLine(lines[i - 1].Text)))
            {
                builder.Append('\n');
            }

            builder.Append(text);
        }

        return builder.ToString();
    }

    private static bool IsWrappedNumber(StringBuilder previous, string next) =>
        previous.Length > 0 && next.Length > 0 && IsDigitLike(previous[previous.Length - 1].ToString()) && char.IsDigit(next[0]) && IsNumberLine(next);

    private static bool IsNumberLine(string text)
    {
        foreach (var c in text)
        {
            if (!char.IsDigit(c) && c != ',' && c != '.' && c != '，' && c != '．' && c != '-' && c != '+')
            {
                return false;
            }
        }

        return text.Length > 0;
    }

    /// <summary>
    /// True for text printed one (or two) CJK characters per line, centred on one axis: a vertical label such as
    /// 三、本年度办理结果 in a narrow merged cell.
    /// </summary>
    public static bool IsVerticalStack(List<GlyphLine> lines)
    {
        if (lines.Count < 3 || lines.Any(l => l.Glyphs.Count > 2 || l.Glyphs.Any(g => !g.IsCjk)))
        {
            return false;
        }

        var singles = lines.Count(l => l.Glyphs.Count == 1);
        if (singles * 100 < lines.Count * LayoutTolerances.VerticalStackMinSinglesPercent)
        {
            return false;
        }

        var size = lines.Max(l => l.Size);
        var centre = lines.Where(l => l.Glyphs.Count == 1).Select(l => l.CenterX).OrderBy(x => x).ElementAt(singles / 2);
        return lines.All(l => l.Glyphs.Any(g => Math.Abs(g.CenterX - centre) <= LayoutTolerances.VerticalStackAxisEm * size) || Math.Abs(l.CenterX - centre) <= LayoutTolerances.VerticalStackAxisEm * size);
    }
}
