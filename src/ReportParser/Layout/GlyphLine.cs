using System;
using System.Collections.Generic;

namespace ReportParser.Layout;

/// <summary>One line of glyphs on a common baseline, left to right.</summary>
internal sealed class GlyphLine
{
    private string? _text;

    public GlyphLine(List<Glyph> glyphs)
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

    public List<Glyph> Glyphs { get; }

    public double Baseline { get; }

    public double Size { get; }

    public double Left { get; }

    public double Right { get; }

    public double Top => Baseline + (LayoutTolerances.EmBoxAscent * Size);

    public double Bottom => Baseline - (LayoutTolerances.EmBoxDescent * Size);

    public double CenterX => (Left + Right) / 2;

    public double Width => Right - Left;

    public string Text => _text ??= GlyphText.Join(Glyphs);

    public override string ToString() => Text;
}
