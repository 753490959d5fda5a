namespace ReportParser.Layout;

/// <summary>
/// One visible character of a page in page coordinates (points, y upwards), whatever found it: a letter of a PDF
/// text layer, or a character box an OCR engine recognised in a page image. The layout engine never sees the
/// format's own objects, so it can be fed by any fixed-layout reader and tested with hand-made glyphs.
/// </summary>
/// <param name="Text">The character (or ligature) printed.</param>
/// <param name="Left">Left edge of the advance box.</param>
/// <param name="Right">Right edge of the advance box.</param>
/// <param name="Baseline">Baseline y.</param>
/// <param name="Size">Type size (the em), in points.</param>
/// <param name="Rotated">True for a character set rotated or skewed (kept upright, by its box).</param>
/// <param name="Confidence">The recogniser's confidence between 0 and 1 (OCR); null when the text is certain (a text layer).</param>
internal readonly record struct Glyph(string Text, double Left, double Right, double Baseline, double Size, bool Rotated = false, double? Confidence = null)
{
    /// <summary>Top of the em box (baseline + <see cref="LayoutTolerances.EmBoxAscent"/> em).</summary>
    public double Top => Baseline + (LayoutTolerances.EmBoxAscent * Size);

    /// <summary>Bottom of the em box (baseline − <see cref="LayoutTolerances.EmBoxDescent"/> em).</summary>
    public double Bottom => Baseline - (LayoutTolerances.EmBoxDescent * Size);

    /// <summary>Horizontal centre; a glyph belongs to the cell that holds its centre.</summary>
    public double CenterX => (Left + Right) / 2;

    /// <summary>Vertical centre of the em box.</summary>
    public double CenterY => Baseline + (LayoutTolerances.EmBoxMiddle * Size);

    public double Width => Right - Left;

    public bool IsCjk => Text.Length > 0 && CjkCharacters.IsCjk(Text[0]);
}
