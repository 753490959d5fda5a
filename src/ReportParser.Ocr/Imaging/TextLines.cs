using System;
using System.Collections.Generic;
using System.Linq;

namespace ReportParser.Ocr.Imaging;

/// <summary>A text line (or a run of it) to recognise: its tight ink box, the region it may be cropped from, and the cell it lies in (-1 outside tables).</summary>
internal sealed record TextRun(PixelBox Ink, PixelBox Region, int Cell);

/// <summary>
/// Finds text lines in a region of an ink mask by projection: rows with ink (at least <see cref="MinRowInk"/> pixels,
/// so scan noise does not count) form bands; outside tables a band is cut where the gap between words is wider than
/// <see cref="ColumnGapEm"/> line heights (page numbers, columns). Bands too small to hold a character are specks.
/// </summary>
internal static class TextLines
{
    public const int MinRowInk = 1;
    public const double ColumnGapEm = 2.5;

    /// <summary>The text runs of <paramref name="region"/>; <paramref name="excluded"/> pixels (rulings, other cells) are not ink.</summary>
    public static void Find(byte[] ink, byte[] excluded, int width, PixelBox region, int cell, bool split, double dpi, List<TextRun> runs) =>
        Find(ink, excluded, width, region, cell, split, dpi, runs, nested: false);

    /// <summary>A band taller than this (inches) outside tables may hold several lines side by side (a borderless table's cells at different heights).</summary>
    public const double MaxLineInches = 0.17;

    /// <summary>A line of text is at least this tall (inches): the strokes of 二 or 三 are not lines.</summary>
    public const double MinLineInches = 0.06;

    /// <summary>The gap (inches) between the blocks of such a band.</summary>
    public const double BlockGapInches = 0.1;

    private static void Find(byte[] ink, byte[] excluded, int width, PixelBox region, int cell, bool split, double dpi, List<TextRun> runs, bool nested)
    {
        var rows = RowInk(ink, excluded, width, region);
        var minSpeck = Math.Max(3, (int)(0.012 * dpi));
        foreach (var (start, end) in Bands(rows, dpi))
        {
            var band = new PixelBox(region.X0, region.Y0 + start, region.X1, region.Y0 + end);
            if (split && !nested && band.Height > MaxLineInches * dpi
                && SameLines(ink, excluded, width, Blocks(ink, excluded, width, band, (int)(BlockGapInches * dpi)), (int)(2 * BlockGapInches * dpi), dpi) is { Count: > 1 } blocks
                && blocks.Exists(b => Bands(RowInk(ink, excluded, width, b), dpi).Count(l => l.End - l.Start >= MinLineInches * dpi) > 1))
            {
                // Lines side by side at different heights (a wrapped label beside numbers centred on its two lines):
                // each block on its own, its lines bands of their own.
                foreach (var block in blocks)
                {
                    Find(ink, excluded, width, block, cell, split, dpi, runs, nested: true);
                }

                continue;
            }

            Columns(ink, excluded, width, band, region, cell, split, minSpeck, runs);
        }
    }

    /// <summary>The ink pixels of each row of <paramref name="region"/>, <paramref name="excluded"/> pixels not counted.</summary>
    private static int[] RowInk(byte[] ink, byte[] excluded, int width, PixelBox region)
    {
        var rows = new int[region.Height];
        for (var y = region.Y0; y < region.Y1; y++)
        {
            var row = ink.AsSpan((y * width) + region.X0, region.Width);
            var mask = excluded.AsSpan((y * width) + region.X0, region.Width);
            var n = 0;
            for (var x = 0; x < row.Length; x++)
            {
                n += row[x] & (mask[x] ^ 1);
            }

            rows[y - region.Y0] = n;
        }

        return rows;
    }

    /// <summary>
    /// Neighbouring blocks at most <paramref name="gap"/> apart that end a line on one row (a wide "、" in a label: 一、
    /// and the rest of the label) are one block.
    /// </summary>
    private static List<PixelBox> SameLines(byte[] ink, byte[] excluded, int width, List<PixelBox> blocks, int gap, double dpi)
    {
        var bottoms = blocks.Select(b => Bands(RowInk(ink, excluded, width, b), dpi).Select(l => b.Y0 + l.End).ToList()).ToList();
        var result = new List<PixelBox>();
        var current = 0;
        for (var k = 1; k <= blocks.Count; k++)
        {
            if (k < blocks.Count && blocks[k].X0 - blocks[k - 1].X1 <= gap && bottoms[k - 1].Exists(a => bottoms[k].Exists(b => Math.Abs(a - b) <= 3)))
            {
                continue;
            }

            result.Add(blocks[current] with { X1 = blocks[k - 1].X1 });
            current = k;
        }

        return result;
    }

    /// <summary>For each pixel column of <paramref name="band"/>: whether it holds ink that is not <paramref name="excluded"/>.</summary>
    private static bool[] ColumnProfile(byte[] ink, byte[] excluded, int width, PixelBox band)
    {
        var columns = new bool[band.Width];
        for (var y = band.Y0; y < band.Y1; y++)
        {
            var row = ink.AsSpan((y * width) + band.X0, band.Width);
            var mask = excluded.AsSpan((y * width) + band.X0, band.Width);
            for (var x = 0; x < row.Length; x++)
            {
                columns[x] |= (row[x] & (mask[x] ^ 1)) != 0;
            }
        }

        return columns;
    }

    /// <summary>The parts of <paramref name="band"/> between vertical gaps of at least <paramref name="gap"/> pixels.</summary>
    private static List<PixelBox> Blocks(byte[] ink, byte[] excluded, int width, PixelBox band, int gap)
    {
        var columns = ColumnProfile(ink, excluded, width, band);

        var blocks = new List<PixelBox>();
        int first = -1, last = -1;
        for (var x = 0; x <= columns.Length; x++)
        {
            if (x < columns.Length && !columns[x])
            {
                continue;
            }

            if (first >= 0 && (x == columns.Length || x - last > gap))
            {
                blocks.Add(new PixelBox(band.X0 + first, band.Y0, band.X0 + last + 1, band.Y1));
                first = -1;
            }

            if (x < columns.Length)
            {
                first = first < 0 ? x : first;
                last = x;
            }
        }

        return blocks;
    }

    /// <summary>Gaps up to this (inches) inside a band that stays at most <see cref="MaxMergedInches"/> tall are inside one character (三, 二, 亖).</summary>
    public const double MaxStrokeGapInches = 0.05;

    /// <summary>A gap of at most this (inches) is inside a glyph (a white row across 量), whatever the band's height: lines are further apart.</summary>
    public const double MaxGlyphGapInches = 0.01;

    /// <summary>The tallest a band may grow by merging strokes across gaps.</summary>
    public const double MaxMergedInches = 0.22;

    /// <summary>Runs of inked rows; runs split by a small gap are merged while the result stays character-sized (the strokes of 三).</summary>
    private static List<(int Start, int End)> Bands(int[] rows, double dpi)
    {
        var bands = new List<(int Start, int End)>();
        var start = -1;
        for (var i = 0; i <= rows.Length; i++)
        {
            var inked = i < rows.Length && rows[i] >= MinRowInk;
            if (inked && start < 0)
            {
                start = i;
            }
            else if (!inked && start >= 0)
            {
                bands.Add((start, i));
                start = -1;
            }
        }

        var maxGap = MaxStrokeGapInches * dpi;
        var maxHeight = MaxMergedInches * dpi;
        for (var k = bands.Count - 1; k > 0; k--)
        {
            var (s0, e0) = bands[k - 1];
            var (s1, e1) = bands[k];
            if ((s1 - e0 <= maxGap && e1 - s0 <= maxHeight) || s1 - e0 <= MaxGlyphGapInches * dpi)
            {
                bands[k - 1] = (s0, e1);
                bands.RemoveAt(k);
            }
        }

        return bands;
    }

    private static void Columns(byte[] ink, byte[] excluded, int width, PixelBox band, PixelBox region, int cell, bool split, int minSpeck, List<TextRun> runs)
    {
        var columns = ColumnProfile(ink, excluded, width, band);

        var count = runs.Count;
        var height = band.Height;
        var gap = split ? Math.Max(8, (int)(ColumnGapEm * Math.Max(height, minSpeck * 4))) : int.MaxValue;
        int first = -1, last = -1;
        for (var x = 0; x <= columns.Length; x++)
        {
            if (x < columns.Length && columns[x])
            {
                if (first >= 0 && x - last > gap)
                {
                    Add(band, first, last, region, cell, minSpeck, runs);
                    first = -1;
                }

                if (first < 0)
                {
                    first = x;
                }

                last = x;
            }
        }

        if (first >= 0)
        {
            Add(band, first, last, region, cell, minSpeck, runs);
        }

        // A band cut into runs: each run's own ink rows (a number beside a label is shorter than the label's characters).
        if (split)
        {
            for (var k = count; k < runs.Count; k++)
            {
                runs[k] = runs[k] with { Ink = Tight(ink, excluded, width, runs[k].Ink) };
            }
        }
    }

    /// <summary>The rows of <paramref name="box"/> that hold ink, top to bottom.</summary>
    private static PixelBox Tight(byte[] ink, byte[] excluded, int width, PixelBox box)
    {
        int top = box.Y1, bottom = box.Y0 - 1;
        for (var y = box.Y0; y < box.Y1; y++)
        {
            var row = ink.AsSpan((y * width) + box.X0, box.Width);
            var mask = excluded.AsSpan((y * width) + box.X0, box.Width);
            for (var x = 0; x < row.Length; x++)
            {
                if ((row[x] & (mask[x] ^ 1)) != 0)
                {
                    top = Math.Min(top, y);
                    bottom = y;
                    break;
                }
            }
        }

        return bottom >= top ? box with { Y0 = top, Y1 = bottom + 1 } : box;
    }

    private static void Add(PixelBox band, int first, int last, PixelBox region, int cell, int minSpeck, List<TextRun> runs)
    {
        var box = new PixelBox(band.X0 + first, band.Y0, band.X0 + last + 1, band.Y1);
        if (box.Width < minSpeck && box.Height < minSpeck)
        {
            return; // a speck of noise, not a character (a dash is wide, a "1" is tall)
        }

        runs.Add(new TextRun(box, region, cell));
    }
}
