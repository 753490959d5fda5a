using System.Collections.Generic;
using System.Collections.Immutable;

namespace ReportParser.Imaging;

/// <summary>
/// What an <see cref="IOcrEngine"/> saw on one page or image, in page coordinates (points, origin bottom left, y
/// upwards): the recognised characters and the table ruling lines. The image may have been deskewed first; the
/// coordinates are those of the straightened image.
/// </summary>
public sealed class OcrPage
{
    /// <summary>Creates a recognised page.</summary>
    /// <param name="width">Page width in points.</param>
    /// <param name="height">Page height in points.</param>
    /// <param name="texts">The recognised characters (or short runs of characters), in any order.</param>
    /// <param name="rulings">The horizontal and vertical ruling lines found in the image.</param>
    public OcrPage(double width, double height, IEnumerable<OcrText> texts, IEnumerable<OcrRuling> rulings)
    {
        Guard.NotNull(texts, nameof(texts));
        Guard.NotNull(rulings, nameof(rulings));
        Width = width;
        Height = height;
        Texts = texts.ToImmutableArray();
        Rulings = rulings.ToImmutableArray();
    }

    /// <summary>Page width in points.</summary>
    public double Width { get; }

    /// <summary>Page height in points.</summary>
    public double Height { get; }

    /// <summary>The recognised characters.</summary>
    public ImmutableArray<OcrText> Texts { get; }

    /// <summary>The ruling lines (table borders) found in the image.</summary>
    public ImmutableArray<OcrRuling> Rulings { get; }

    /// <summary>The angle (degrees, counter-clockwise) by which the image was turned to straighten it; 0 when it was not.</summary>
    public double Deskew { get; init; }

    /// <summary>The resolution (dots per inch) the page was recognised at.</summary>
    public double Resolution { get; init; }
}
