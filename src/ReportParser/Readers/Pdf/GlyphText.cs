using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace ReportParser.Readers.Pdf;

/// <summary>One line of glyphs on a common baseline, left to right.</summary>
internal sealed class GlyphLine
{
    public GlyphLine(List<PdfGlyph> glyphs)
    {
        Glyphs = glyphs;
        double baseline = double.MinValue, size = 0, left = double.MaxValue, right = double.MinValue;
        foreach (var g in glyphs)
        {
            baseline = Math.Max(baseline, g.Baseline);
            size = Math.Max(size, g.Size);
            left = Math.Min(left, g.Left);
            right = Math.Max(right, g.Right);
        }

        Baseline = baseline;
        Size = size;
        Left = left;
        Right = right;
    }

    public List<PdfGlyph> Glyphs { get; }

    public double Baseline { get; }

    public double Size { get; }

    public double Left { get; }

    public double Right { get; }

    public double Top => Baseline + (0.8 * Size);

    public double Bottom => Baseline - (0.2 * Size);

    public double CenterX => (Left + Right) / 2;

    public double Width => Right - Left;

    private string? _text;

    public string Text => _text ??= GlyphText.Join(Glyphs);

    public override string ToString() => Text;
}

/// <summary>
/// Turns glyphs into text: lines by baseline, glyphs left to right; no space between CJK characters; a space between
/// Latin words only where the gap is a real word gap; digits are joined across kerning gaps but only within one cell,
/// since a cell's glyphs are the only ones ever joined. A label printed one character per line (vertical text) is
/// read as one line.
/// </summary>
internal static class GlyphText
{
    /// <summary>Gap, in em of the larger glyph, above which two Latin letters are separate words (a space is 0.25–0.33 em, kerning and tracking stay under 0.1).</summary>
    public const double WordGapEm = 0.15;

    /// <summary>Gap, in em, above which two digits are separate numbers (kerning and digit grouping stay below it).</summary>
    public const double DigitGapEm = 0.8;

    /// <summary>Baseline difference, in em, within which glyphs share a line.</summary>
    public const double SameLineEm = 0.4;

    public static bool IsCjk(char c) =>
        (c >= '\u2E80' && c <= '\u2FDF')      // CJK radicals, Kangxi radicals
        || (c >= '\u3000' && c <= '\u303F')   // CJK symbols and punctuation
        || (c >= '\u3400' && c <= '\u4DBF')   // extension A
        || (c >= '\u4E00' && c <= '\u9FFF')   // unified ideographs
        || (c >= '\uF900' && c <= '\uFAFF')   // compatibility ideographs
        || (c >= '\uFE30' && c <= '\uFE4F')   // compatibility forms
        || (c >= '\uFF00' && c <= '\uFFEF')   // half- and full-width forms (full-width digits and punctuation)
        || c == '\u201C' || c == '\u201D' || c == '\u2018' || c == '\u2019' || c == '\u2014' || c == '\u2026';

    private static readonly Dictionary<char, char> RadicalSupplement = new()
    {
        ['⺠'] = '民', ['⻓'] = '长', ['⻔'] = '门', ['⻆'] = '角', ['⻅'] = '见', ['⻢'] = '马', ['⻋'] = '车', ['⻚'] = '页',
        ['⻛'] = '风', ['⻜'] = '飞', ['⻝'] = '食', ['⻣'] = '骨', ['⻥'] = '鱼', ['⻦'] = '鸟', ['⻩'] = '黄', ['⻬'] = '齐',
        ['⻮'] = '齿', ['⻰'] = '龙', ['⻳'] = '龟', ['⺟'] = '母', ['⻄'] = '西', ['⻘'] = '青', ['⻨'] = '麦', ['⻤'] = '鬼',
        ['⻑'] = '長', ['⻗'] = '雨', ['⺩'] = '王', ['⺫'] = '目', ['⺬'] = '示', ['⺮'] = '竹', ['⺼'] = '肉',
        ['⻁'] = '虎', ['⻈'] = '讠', ['⻉'] = '贝', ['⻌'] = '辶', ['⻍'] = '辶', ['⻏'] = '阝', ['⻖'] = '阝', ['⻊'] = '足',
    };

    /// <summary>
    /// Some producers (Chromium with Noto CJK, some converters) map ideographs to their Kangxi or supplement radical
    /// code points (⼀ U+2F00 for 一, ⺠ U+2EA0 for 民). The glyph printed is the ideograph, so the text is too.
    /// </summary>
    public static string Canonical(string text)
    {
        foreach (var c in text)
        {
            if (c >= '\u2E80' && c <= '\u2FDF')
            {
                return Map(text);
            }
        }

        return text;

        static string Map(string text)
        {
            var builder = new StringBuilder(text.Length);
            foreach (var c in text)
            {
                if (c >= '\u2F00' && c <= '\u2FDF')
                {
                    builder.Append(c.ToString().Normalize(NormalizationForm.FormKC));
                }
                else if (RadicalSupplement.TryGetValue(c, out var ideograph))
                {
                    builder.Append(ideograph);
                }
                else
                {
                    builder.Append(c);
                }
            }

            return builder.ToString();
        }
    }

    /// <summary>Groups glyphs into lines, top to bottom, each left to right.</summary>
    private static readonly Comparison<PdfGlyph> TopToBottom = (a, b) => a.Baseline != b.Baseline ? b.Baseline.CompareTo(a.Baseline) : a.Left.CompareTo(b.Left);

    private static readonly Comparison<PdfGlyph> LeftToRight = (a, b) => a.Left.CompareTo(b.Left);

    public static List<GlyphLine> Lines(IEnumerable<PdfGlyph> glyphs)
    {
        var sorted = new List<PdfGlyph>(glyphs);
        sorted.Sort(TopToBottom);
        var lines = new List<GlyphLine>();
        var start = 0;
        for (var i = 1; i <= sorted.Count; i++)
        {
            if (i < sorted.Count && sorted[start].Baseline - sorted[i].Baseline <= SameLineEm * Math.Min(sorted[i].Size, sorted[start].Size))
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

    /// <summary>Two copies of one character closer than this (em) are one character printed twice (fake bold, shadow).</summary>
    public const double DuplicateEm = 0.25;

    /// <summary>Drops the second of two equal glyphs printed on top of each other (a line sorted left to right).</summary>
    private static void RemoveDuplicates(List<PdfGlyph> line)
    {
        var kept = 0;
        for (var i = 0; i < line.Count; i++)
        {
            var glyph = line[i];
            var duplicate = false;
            for (var k = kept - 1; k >= 0 && glyph.Left - line[k].Left <= DuplicateEm * glyph.Size; k--)
            {
                if (string.Equals(line[k].Text, glyph.Text, StringComparison.Ordinal) && Math.Abs(line[k].Baseline - glyph.Baseline) <= DuplicateEm * glyph.Size)
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
    public static string Join(IReadOnlyList<PdfGlyph> glyphs)
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

    private static bool NeedsSpace(PdfGlyph previous, PdfGlyph next)
    {
        if (previous.IsCjk || next.IsCjk)
        {
            return false;
        }

        var gap = next.Left - previous.Right;
        var em = Math.Max(previous.Size, next.Size);
        var digits = IsDigitLike(previous.Text) && IsDigitLike(next.Text);
        return gap > (digits ? DigitGapEm : WordGapEm) * em;
    }

    private static bool IsDigitLike(string text) =>
        text.Length > 0 && (char.IsDigit(text[0]) || text[0] == '.' || text[0] == ',');

    /// <summary>The text of a cell: its lines joined with <c>\n</c>, a vertical stack of single characters joined without breaks.</summary>
    public static string CellText(IEnumerable<PdfGlyph> glyphs)
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
        if (singles * 10 < lines.Count * 6)
        {
            return false;
        }

        var size = lines.Max(l => l.Size);
        var centre = lines.Where(l => l.Glyphs.Count == 1).Select(l => l.CenterX).OrderBy(x => x).ElementAt(singles / 2);
        return lines.All(l => l.Glyphs.Any(g => Math.Abs(g.CenterX - centre) <= 0.75 * size) || Math.Abs(l.CenterX - centre) <= 0.75 * size);
    }
}
