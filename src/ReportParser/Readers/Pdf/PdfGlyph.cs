using System;
using System.Collections.Generic;
using ReportParser.Documents;

namespace ReportParser.Readers.Pdf;

/// <summary>
/// One visible character of a page in our own terms (PDF user space, points, y upwards), so that the layout code
/// does not depend on PdfPig and can be tested with hand-made glyphs.
/// </summary>
internal readonly record struct PdfGlyph(string Text, double Left, double Right, double Baseline, double Size, bool Rotated = false, OcrMark? Ocr = null)
{
    /// <summary>Top of the em box (baseline + 0.8 em).</summary>
    public double Top => Baseline + (0.8 * Size);

    /// <summary>Bottom of the em box (baseline − 0.2 em).</summary>
    public double Bottom => Baseline - (0.2 * Size);

    /// <summary>Horizontal centre; a glyph belongs to the cell that holds its centre.</summary>
    public double CenterX => (Left + Right) / 2;

    /// <summary>Vertical centre of the em box.</summary>
    public double CenterY => Baseline + (0.3 * Size);

    public double Width => Right - Left;

    public bool IsCjk => Text.Length > 0 && GlyphText.IsCjk(Text[0]);
}

/// <summary>An axis-aligned rectangle in PDF user space (y upwards).</summary>
internal readonly record struct PdfBox(double Left, double Bottom, double Right, double Top)
{
    public double Width => Right - Left;

    public double Height => Top - Bottom;

    public bool Contains(double x, double y) => x >= Left && x <= Right && y >= Bottom && y <= Top;

    public PdfBox Inflate(double by) => new(Left - by, Bottom - by, Right + by, Top + by);

    public bool Intersects(PdfBox other) => Left < other.Right && other.Left < Right && Bottom < other.Top && other.Bottom < Top;

    public static PdfBox Union(PdfBox a, PdfBox b) =>
        new(Math.Min(a.Left, b.Left), Math.Min(a.Bottom, b.Bottom), Math.Max(a.Right, b.Right), Math.Max(a.Top, b.Top));
}

/// <summary>What the reader keeps of one page: glyphs, ruling segments and the area covered by images.</summary>
internal sealed class PdfPageContent
{
    public PdfPageContent(int number, double width, double height, IReadOnlyList<PdfGlyph> glyphs, IReadOnlyList<RulingSegment> segments, IReadOnlyList<PdfBox> images, int undecodableCount = 0)
    {
        UndecodableCount = undecodableCount;
        Number = number;
        Width = width;
        Height = height;
        Glyphs = glyphs;
        Segments = segments;
        Images = images;
    }

    /// <summary>1-based page number.</summary>
    public int Number { get; }

    public double Width { get; }

    public double Height { get; }

    public IReadOnlyList<PdfGlyph> Glyphs { get; }

    public IReadOnlyList<RulingSegment> Segments { get; }

    public IReadOnlyList<PdfBox> Images { get; }

    /// <summary>How the glyphs were obtained: the text layer, or OCR of the page's image (<see cref="OcrLayout"/>).</summary>
    public ReadingMethod Method { get; init; } = ReadingMethod.TextLayer;

    /// <summary>Letters that decoded to no text at all (no Unicode mapping).</summary>
    public int UndecodableCount { get; }

    /// <summary>Fraction of the page area covered by the largest image (0–1).</summary>
    public double LargestImageCoverage
    {
        get
        {
            var area = Width * Height;
            var best = 0.0;
            foreach (var image in Images)
            {
                var w = Math.Min(image.Right, Width) - Math.Max(image.Left, 0);
                var h = Math.Min(image.Top, Height) - Math.Max(image.Bottom, 0);
                if (w > 0 && h > 0 && area > 0)
                {
                    best = Math.Max(best, w * h / area);
                }
            }

            return best;
        }
    }
}
