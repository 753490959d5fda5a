using System;
using System.Collections.Generic;
using System.Linq;
using ReportParser.Layout;
using ReportParser.Texts;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Graphics;
using UglyToad.PdfPig.Graphics.Colors;

namespace ReportParser.Readers.Pdf;

/// <summary>
/// The only place that looks at PdfPig's page objects: letters become <see cref="Glyph"/>s (blanks dropped;
/// fake-bold duplicates are dropped when lines are built, <see cref="GlyphText.Lines"/>), paths become <see cref="RulingSegment"/>s, images their outlines.
/// Which paths count as borders: stroked straight lines that are horizontal or vertical, and filled rectangles no
/// thicker than <see cref="ThinRectangle"/>; never clipping paths, never white strokes or fills, never wider strokes
/// than <see cref="MaxStrokeWidth"/> (highlight bars), never filled areas (cell shading).
/// </summary>
internal static class PdfPageExtractor
{
    /// <summary>A filled rectangle at most this thick (points) is a border line drawn as a rectangle.</summary>
    public const double ThinRectangle = 2.0;

    /// <summary>A stroke wider than this (points) is a decoration, not a border.</summary>
    public const double MaxStrokeWidth = 6.0;

    /// <summary>A line whose ends differ by at most this (points) across its direction is horizontal or vertical.</summary>
    public const double AxisSlack = 0.5;

    /// <summary>A letter whose advance is narrower than this (em) has no usable advance: its box is used instead.</summary>
    public const double DegenerateAdvanceEm = 0.05;

    /// <summary>The least width (em) given to a letter placed by its box.</summary>
    public const double MinBoxWidthEm = 0.5;

    /// <summary>A colour whose red, green and blue are all at least this (0–1) is white: an invisible border.</summary>
    public const double WhiteLevel = 0.95;

    /// <summary>A letter larger than this (points) is not text anyone reads: it is dropped (RP0128). 1,000 pt is 35 cm.</summary>
    public const double MaxGlyphSize = 1000;

    /// <summary>A letter placed farther than this (points) from the page origin is dropped (RP0128); PDF pages are at most 14,400 pt.</summary>
    public const double MaxCoordinate = 100_000;

    /// <summary>
    /// A page with more ruling segments than this has none used (RP0129): a real report page has tens to hundreds, and
    /// relating every horizontal to every vertical one grows with the square of their number.
    /// </summary>
    public const int MaxRulingSegments = 10_000;

    public static PageContent Extract(Page page, int number)
    {
        var glyphs = ExtractGlyphs(page.Letters, out var undecodable, out var absurd);
        var segments = new List<RulingSegment>();
        var filledShapes = 0;
        foreach (var path in page.Paths)
        {
            AddSegments(path, segments);
            filledShapes += CurvedFills(path);
        }

        var excess = segments.Count > MaxRulingSegments ? segments.Count : 0;
        if (excess > 0)
        {
            segments = [];
        }

        var images = new List<Box>();
        foreach (var image in page.GetImages())
        {
            var b = image.BoundingBox;
            images.Add(new Box(b.Left, b.Bottom, b.Right, b.Top));
        }

        return new PageContent(number, page.Width, page.Height, glyphs, segments, images, undecodable) { FilledShapes = filledShapes, AbsurdGlyphs = absurd, DroppedSegments = excess };
    }

    /// <summary>The filled, visible subpaths of <paramref name="path"/> that have a curve: letter shapes, logos, seals — never table rules.</summary>
    private static int CurvedFills(PdfPath path)
    {
        if (path.IsClipping || !path.IsFilled || IsWhite(path.FillColor))
        {
            return 0;
        }

        var count = 0;
        foreach (var subpath in path)
        {
            count += subpath.Commands.Any(c => c is PdfSubpath.CubicBezierCurve or PdfSubpath.QuadraticBezierCurve) ? 1 : 0;
        }

        return count;
    }

    internal static List<Glyph> ExtractGlyphs(IReadOnlyList<Letter> letters, out int undecodable) => ExtractGlyphs(letters, out undecodable, out _);

    /// <summary>The page's letters as glyphs; <paramref name="absurd"/> counts those dropped for an absurd size or position.</summary>
    internal static List<Glyph> ExtractGlyphs(IReadOnlyList<Letter> letters, out int undecodable, out int absurd)
    {
        undecodable = 0;
        absurd = 0;
        var result = new List<Glyph>(letters.Count);
        for (var i = 0; i < letters.Count; i++)
        {
            var letter = letters[i];
            var text = Surrogates.ReplaceUnpaired(letter.Value ?? string.Empty);
            if (text.Length == 0)
            {
                undecodable++;
                continue;
            }

            if (IsBlank(text))
            {
                continue;
            }

            var glyph = ToGlyph(letter, CjkCharacters.Canonical(text));
            if (IsAbsurd(glyph))
            {
                absurd++;
            }
            else if (glyph.Size > 0 && !double.IsNaN(glyph.Left) && !double.IsNaN(glyph.Baseline))
            {
                result.Add(glyph);
            }
        }

        return result;
    }

    /// <summary>A glyph no reader could see: larger than <see cref="MaxGlyphSize"/>, or placed beyond <see cref="MaxCoordinate"/> or at infinity.</summary>
    private static bool IsAbsurd(Glyph glyph) =>
        glyph.Size > MaxGlyphSize || Math.Abs(glyph.Left) > MaxCoordinate || Math.Abs(glyph.Right) > MaxCoordinate || Math.Abs(glyph.Baseline) > MaxCoordinate;

    private static bool IsBlank(string text)
    {
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c) && c != '\u00A0' && c != '\u3000')
            {
                return false;
            }
        }

        return true;
    }

    private static Glyph ToGlyph(Letter letter, string text)
    {
        var size = letter.PointSize;
        if (letter.TextOrientation == TextOrientation.Horizontal)
        {
            var left = letter.StartBaseLine.X;
            var right = letter.EndBaseLine.X;
            if (!(size > 0) || right - left < DegenerateAdvanceEm * size)
            {
                var rect = letter.BoundingBox;
                size = size > 0 ? size : Math.Max(rect.Height, rect.Width);
                left = rect.Left;
                right = Math.Max(rect.Right, rect.Left + (MinBoxWidthEm * size));
            }

            return new Glyph(text, left, right, letter.StartBaseLine.Y, size);
        }

        // Rotated or skewed text: keep the glyph's box, upright, so that stacked characters read top to bottom.
        var box = letter.BoundingBox;
        size = size > 0 ? size : Math.Max(box.Height, box.Width);
        var cx = (box.Left + box.Right) / 2;
        var cy = (box.Bottom + box.Top) / 2;
        var extent = Math.Max(Math.Min(box.Width, box.Height), MinBoxWidthEm * size);
        return new Glyph(text, cx - (extent / 2), cx + (extent / 2), cy - (LayoutTolerances.EmBoxMiddle * size), size, Rotated: true);
    }

    private static void AddSegments(PdfPath path, List<RulingSegment> segments)
    {
        if (path.IsClipping)
        {
            return;
        }

        var stroked = path.IsStroked && !IsWhite(path.StrokeColor) && path.LineWidth <= MaxStrokeWidth;
        var filled = path.IsFilled && !IsWhite(path.FillColor);
        if (!stroked && !filled)
        {
            return;
        }

        foreach (var subpath in path)
        {
            if (stroked)
            {
                AddStrokedLines(subpath, segments);
            }

            if (filled)
            {
                AddThinRectangle(subpath, segments);
            }
        }
    }

    private static void AddStrokedLines(PdfSubpath subpath, List<RulingSegment> segments)
    {
        PdfPoint? start = null;
        PdfPoint? current = null;
        foreach (var command in subpath.Commands)
        {
            switch (command)
            {
                case PdfSubpath.Move move:
                    start = current = move.Location;
                    break;
                case PdfSubpath.Line line:
                    AddLine(line.From, line.To, segments);
                    start ??= line.From;
                    current = line.To;
                    break;
                case PdfSubpath.Close:
                    if (start is { } s && current is { } c)
                    {
                        AddLine(c, s, segments);
                        current = s;
                    }

                    break;
                default:
                    // Curves are never table borders.
                    current = null;
                    break;
            }
        }
    }

    private static void AddLine(PdfPoint from, PdfPoint to, List<RulingSegment> segments)
    {
        if (Math.Abs(from.Y - to.Y) <= AxisSlack && Math.Abs(from.X - to.X) > AxisSlack)
        {
            segments.Add(RulingSegment.Create(true, (from.Y + to.Y) / 2, from.X, to.X));
        }
        else if (Math.Abs(from.X - to.X) <= AxisSlack && Math.Abs(from.Y - to.Y) > AxisSlack)
        {
            segments.Add(RulingSegment.Create(false, (from.X + to.X) / 2, from.Y, to.Y));
        }
    }

    private static void AddThinRectangle(PdfSubpath subpath, List<RulingSegment> segments)
    {
        double minX = double.MaxValue, minY = double.MaxValue, maxX = double.MinValue, maxY = double.MinValue;
        var points = 0;
        foreach (var command in subpath.Commands)
        {
            switch (command)
            {
                case PdfSubpath.Move move:
                    Extend(move.Location);
                    break;
                case PdfSubpath.Line line:
                    if (Math.Abs(line.From.X - line.To.X) > AxisSlack && Math.Abs(line.From.Y - line.To.Y) > AxisSlack)
                    {
                        return; // a slanted edge: not a rectangle
                    }

                    Extend(line.From);
                    Extend(line.To);
                    break;
                case PdfSubpath.Close:
                    break;
                default:
                    return;
            }
        }

        if (points == 0)
        {
            return;
        }

        var width = maxX - minX;
        var height = maxY - minY;
        if (height <= ThinRectangle && width > height && width >= LayoutTolerances.MinRulingLength)
        {
            segments.Add(new RulingSegment(true, (minY + maxY) / 2, minX, maxX));
        }
        else if (width <= ThinRectangle && height > width && height >= LayoutTolerances.MinRulingLength)
        {
            segments.Add(new RulingSegment(false, (minX + maxX) / 2, minY, maxY));
        }

        void Extend(PdfPoint p)
        {
            points++;
            minX = Math.Min(minX, p.X);
            maxX = Math.Max(maxX, p.X);
            minY = Math.Min(minY, p.Y);
            maxY = Math.Max(maxY, p.Y);
        }
    }

    private static bool IsWhite(IColor? color)
    {
        if (color is null)
        {
            return false;
        }

        var (r, g, b) = color.ToRGBValues();
        return r >= WhiteLevel && g >= WhiteLevel && b >= WhiteLevel;
    }
}
