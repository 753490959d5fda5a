using System;
using System.Collections.Generic;
using ReportParser.Documents;

namespace ReportParser.Layout;

/// <summary>
/// The input of the layout engine for one page, whatever the reader: glyphs, ruling segments and image outlines in
/// page coordinates (points, y upwards, origin at the bottom left of the page). A PDF reader fills it from the text
/// layer and drawing paths; an OCR reader from the character boxes and the ruling lines it found in the image.
/// </summary>
internal sealed class PageContent
{
    public PageContent(int number, double width, double height, IReadOnlyList<Glyph> glyphs, IReadOnlyList<RulingSegment> segments, IReadOnlyList<Box> images, int undecodableCount = 0)
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

    public IReadOnlyList<Glyph> Glyphs { get; }

    public IReadOnlyList<RulingSegment> Segments { get; }

    public IReadOnlyList<Box> Images { get; }

    /// <summary>Letters that decoded to no text at all (no Unicode mapping).</summary>
    public int UndecodableCount { get; }

    /// <summary>
    /// The part of the page that is shown or printed (a PDF's crop box), or null for the whole page
    /// (0, 0, <see cref="Width"/>, <see cref="Height"/>). Text outside it, or cut by its edge, is clipped.
    /// </summary>
    public Box? Visible { get; init; }

    /// <summary>Filled shapes with curves (a PDF's vector drawing): many of them on a page without text is text converted to outlines.</summary>
    public int FilledShapes { get; init; }

    /// <summary>Letters the reader dropped for an absurd size or position (RP0128).</summary>
    public int AbsurdGlyphs { get; init; }

    /// <summary>Ruling segments the reader found but did not keep, because the page had more than it allows (RP0129); 0 when all were kept.</summary>
    public int DroppedSegments { get; init; }

    /// <summary>How the glyphs were obtained, carried into every block's provenance; null when it follows from the format (a PDF text layer).</summary>
    public ReadingMethod? Method { get; init; }

    /// <summary>
    /// A cell whose lowest glyph <see cref="Glyph.Confidence"/> is below this is <see cref="CellReading.Doubtful"/>
    /// (0: never; an OCR reader sets its engine's threshold).
    /// </summary>
    public double DoubtfulBelow { get; init; }

    /// <summary>The shown area: <see cref="Visible"/>, or the whole page.</summary>
    public Box VisibleBox => Visible ?? new Box(0, 0, Width, Height);

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
