using System;
using System.Collections.Generic;
using System.Linq;

namespace ReportParser.Ocr.Imaging;

/// <summary>A ruling line found in an image, in pixels: <see cref="Position"/> is the row of a horizontal line or the column of a vertical one.</summary>
internal readonly record struct PixelRuling(bool Horizontal, double Position, int Start, int End, int Thickness);

/// <summary>
/// Finds table borders in an ink mask: horizontal lines are dark runs at least <see cref="MinHorizontalInches"/> long
/// (gaps of up to <see cref="MaxGap"/> pixels bridged), vertical ones at least <see cref="MinVerticalInches"/>; runs on
/// neighbouring rows (columns) that overlap are one line, no thicker than <see cref="MaxThicknessInches"/> (a thicker
/// run is a filled area, not a line).
/// </summary>
internal static class Rulings
{
    public const double MinHorizontalInches = 0.30;
    public const double MinVerticalInches = 0.20;
    public const double MaxThicknessInches = 0.04;
    public const int MaxGap = 2;

    public static List<PixelRuling> Find(byte[] ink, int width, int height, double dpi)
    {
        var result = new List<PixelRuling>();
        var maxThickness = Math.Max(3, (int)Math.Round(MaxThicknessInches * dpi));
        var horizontal = Runs(ink, width, height, (int)(MinHorizontalInches * dpi), transpose: false);
        Group(horizontal, true, maxThickness, result);
        var vertical = Runs(ink, width, height, (int)(MinVerticalInches * dpi), transpose: true);
        var verticals = new List<PixelRuling>();
        Group(vertical, false, maxThickness, verticals);

        // A vertical border meets a horizontal one; a tall stroke of a large character does not.
        var reach = Math.Max(3, (int)(TouchInches * dpi));
        var horizontals = result.ToArray();
        foreach (var v in verticals)
        {
            foreach (var h in horizontals)
            {
                if (v.Position >= h.Start - reach && v.Position <= h.End + reach && h.Position >= v.Start - reach && h.Position <= v.End + reach)
                {
                    result.Add(v);
                    break;
                }
            }
        }

        return result;
    }

    /// <summary>A vertical and a horizontal ruling meet when each reaches within this distance (inches) of the other.</summary>
    public const double TouchInches = 0.03;

    /// <summary>Long dark runs per row (or per column when <paramref name="transpose"/>): (line index, start, end exclusive).</summary>
    private static List<(int Line, int Start, int End)> Runs(byte[] ink, int width, int height, int minLength, bool transpose)
    {
        var runs = new List<(int, int, int)>();
        var lines = transpose ? width : height;
        var length = transpose ? height : width;
        var buffer = new byte[length];
        for (var line = 0; line < lines; line++)
        {
            if (transpose)
            {
                for (var k = 0; k < length; k++)
                {
                    buffer[k] = ink[(k * width) + line];
                }
            }
            else
            {
                ink.AsSpan(line * width, width).CopyTo(buffer);
            }

            var start = -1;
            var last = -1;
            for (var k = 0; k <= length; k++)
            {
                if (k < length && buffer[k] != 0)
                {
                    if (start < 0 || k - last > MaxGap + 1)
                    {
                        if (start >= 0 && last + 1 - start >= minLength)
                        {
                            runs.Add((line, start, last + 1));
                        }

                        start = k;
                    }

                    last = k;
                }
                else if (k == length && start >= 0 && last + 1 - start >= minLength)
                {
                    runs.Add((line, start, last + 1));
                }
            }
        }

        return runs;
    }

    /// <summary>Runs on neighbouring lines that overlap along their length are one ruling.</summary>
    private static void Group(List<(int Line, int Start, int End)> runs, bool horizontal, int maxThickness, List<PixelRuling> result)
    {
        // Open groups: those that received a run on the previous line.
        var open = new List<Builder>();
        var next = new List<Builder>();
        var index = 0;
        while (index < runs.Count)
        {
            var line = runs[index].Line;
            next.Clear();
            for (; index < runs.Count && runs[index].Line == line; index++)
            {
                var (_, start, end) = runs[index];
                Builder? match = null;
                foreach (var g in open)
                {
                    if (g.LastLine == line - 1 && start < g.End && g.Start < end)
                    {
                        match = g;
                        break;
                    }
                }

                match ??= new Builder { FirstLine = line };
                match.Add(line, start, end);
                if (!next.Contains(match))
                {
                    next.Add(match);
                }
            }

            foreach (var g in open)
            {
                if (!next.Contains(g))
                {
                    g.Emit(horizontal, maxThickness, result);
                }
            }

            (open, next) = (next, open);
        }

        foreach (var g in open)
        {
            g.Emit(horizontal, maxThickness, result);
        }
    }

    private sealed class Builder
    {
        public int FirstLine { get; init; }

        public int LastLine { get; private set; }

        public int Start { get; private set; } = int.MaxValue;

        public int End { get; private set; } = int.MinValue;

        private double _weighted;
        private double _weight;

        public void Add(int line, int start, int end)
        {
            LastLine = line;
            Start = Math.Min(Start, start);
            End = Math.Max(End, end);
            _weighted += line * (double)(end - start);
            _weight += end - start;
        }

        public void Emit(bool horizontal, int maxThickness, List<PixelRuling> result)
        {
            var thickness = LastLine - FirstLine + 1;
            if (thickness <= maxThickness)
            {
                result.Add(new PixelRuling(horizontal, _weighted / _weight, Start, End, thickness));
            }
        }
    }

    /// <summary>The widest gap (inches) between two pieces of one ruling that <see cref="Bridge"/> closes.</summary>
    public const double MaxBridgeInches = 0.3;

    /// <summary>The share of a gap's length that must hold ink along the ruling for <see cref="Bridge"/> to close it.</summary>
    public const double MinBridgeInk = 0.6;

    /// <summary>
    /// Rulings broken by scan noise or JPEG artefacts (a light line whose pixels fall below the ink threshold here and
    /// there): two pieces on one line (positions within 1.5 pixels: the two lines of a double border stay apart) with a
    /// gap of at most <see cref="MaxBridgeInches"/> where the line still shows, lighter (at or below <see cref="FaintLevel"/>, with paper on both sides), over at
    /// least <see cref="MinBridgeInk"/> of its length are joined by a ruling over the gap. Left open, the gap merges two
    /// cells and the rest of the line is read as a "1" or a dash in the merged cell.
    /// A border left out on purpose (a merged cell) is not bridged: the gap is a row or column with at most some text
    /// crossing it. Ends that stop short of a crossing line are carried to it the same way (<see cref="Reach"/>).
    /// Returns the bridges only (<see cref="Join"/> makes one ruling of the pieces and their bridges).
    /// </summary>
    public static List<PixelRuling> Bridge(List<PixelRuling> rulings, GrayImage image, int threshold, double dpi)
    {
        var light = FaintLevel(image, threshold);
        var maxGap = MaxBridgeInches * dpi;
        var added = new List<PixelRuling>();
        foreach (var horizontal in new[] { true, false })
        {
            var lines = rulings.Where(r => r.Horizontal == horizontal).OrderBy(r => r.Start).ToList();
            for (var i = 0; i < lines.Count; i++)
            {
                var a = lines[i];
                var next = lines.Skip(i + 1)
                    .Where(b => Math.Abs(b.Position - a.Position) <= 1.5 && b.Start > a.End && b.Start - a.End <= maxGap)
                    .OrderBy(b => b.Start)
                    .FirstOrDefault();
                if (next.End > 0 && InkAlong(image, light, horizontal, (a.Position + next.Position) / 2, a.End, next.Start) >= MinBridgeInk)
                {
                    added.Add(new PixelRuling(horizontal, (a.Position + next.Position) / 2, a.End, next.Start, Math.Max(a.Thickness, next.Thickness)));
                }
            }
        }

        added.AddRange(Reach(rulings, image, light, dpi));
        return added;
    }

    /// <summary>
    /// The grey level at or below which a pixel counts as a faint line in <see cref="Bridge"/>: a quarter of the way from
    /// the paper (the median pixel) to the mean ink (the pixels at or below the ink threshold). A broken line's gaps are
    /// lighter than the ink threshold but clearly darker than the paper.
    /// </summary>
    public static int FaintLevel(GrayImage image, int threshold)
    {
        Span<long> histogram = stackalloc long[256];
        foreach (var p in image.Pixels)
        {
            histogram[p]++;
        }

        long count = 0, inkCount = 0;
        double inkSum = 0;
        var paper = -1;
        for (var i = 0; i < 256; i++)
        {
            count += histogram[i];
            if (i <= threshold)
            {
                inkCount += histogram[i];
                inkSum += i * (double)histogram[i];
            }

            if (paper < 0 && count * 2 >= image.Pixels.Length)
            {
                paper = i;
            }
        }

        var ink = inkCount > 0 ? inkSum / inkCount : threshold;
        return (int)Math.Round(paper - ((paper - ink) / 4));
    }

    /// <summary>The farthest (inches) a ruling's end is carried to a crossing line by <see cref="Reach"/>.</summary>
    public const double MaxReachInches = 0.15;

    /// <summary>
    /// Ends of rulings that stop short of the line they run into (the last pixels of a light line fell below the ink
    /// threshold) carried to it when the line still shows over the gap: left open, the gap joins two cells.
    /// </summary>
    private static IEnumerable<PixelRuling> Reach(List<PixelRuling> rulings, GrayImage image, int light, double dpi)
    {
        var max = MaxReachInches * dpi;
        foreach (var a in rulings)
        {
            var crossing = rulings.Where(p => p.Horizontal != a.Horizontal && p.Start - 2 <= a.Position && p.End + 2 >= a.Position).ToList();
            var after = crossing.Where(p => p.Position > a.End && p.Position - a.End <= max).OrderBy(p => p.Position).FirstOrDefault();
            if (after.End > 0 && (after.Position - 3 - a.End < 2 || InkAlong(image, light, a.Horizontal, a.Position, a.End, (int)after.Position - 3) >= MinBridgeInk))
            {
                yield return a with { Start = a.End, End = (int)Math.Ceiling(after.Position) + 1 };
            }

            var before = crossing.Where(p => p.Position < a.Start && a.Start - p.Position <= max).OrderByDescending(p => p.Position).FirstOrDefault();
            if (before.End > 0 && (a.Start - before.Position - 3 < 2 || InkAlong(image, light, a.Horizontal, a.Position, (int)before.Position + 4, a.Start) >= MinBridgeInk))
            {
                yield return a with { Start = (int)Math.Floor(before.Position), End = a.Start };
            }
        }
    }

    /// <summary>
    /// The share of the positions in [start, end) along a line where the line shows: a pixel at or below
    /// <paramref name="light"/> within 3 pixels across it, and none 5 to 8 pixels away on either side (text lying on the
    /// line's course is dark there too).
    /// </summary>
    private static double InkAlong(GrayImage image, int light, bool horizontal, double position, int start, int end)
    {
        var across = horizontal ? image.Height : image.Width;
        var p = (int)Math.Round(position);
        if (p - 8 < 0 || p + 8 >= across || end <= start)
        {
            return 0;
        }

        var covered = 0;
        for (var s = start; s < end; s++)
        {
            if (Dark(image, light, horizontal, s, p - 3, p + 3) && !Dark(image, light, horizontal, s, p - 8, p - 5) && !Dark(image, light, horizontal, s, p + 5, p + 8))
            {
                covered++;
            }
        }

        return covered / (double)(end - start);
    }

    /// <summary>True when a pixel at along-position <paramref name="s"/>, across-positions [q0, q1], is at or below <paramref name="light"/>.</summary>
    private static bool Dark(GrayImage image, int light, bool horizontal, int s, int q0, int q1)
    {
        for (var q = q0; q <= q1; q++)
        {
            if (image.Pixels[horizontal ? (q * image.Width) + s : (s * image.Width) + q] <= light)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Pieces of one line (positions within <paramref name="tolerance"/> pixels, overlapping or touching along it)
    /// joined into one ruling: what the layout engine is given, so that a line broken by the scan and bridged
    /// (<see cref="Bridge"/>) is one border there too.
    /// </summary>
    public static List<PixelRuling> Join(IEnumerable<PixelRuling> rulings, double tolerance = 1.5)
    {
        var result = new List<PixelRuling>();
        foreach (var group in rulings.GroupBy(r => r.Horizontal))
        {
            var open = new List<(PixelRuling Ruling, double Weight)>();
            foreach (var r in group.OrderBy(r => r.Start))
            {
                var k = open.FindIndex(o => Math.Abs(o.Ruling.Position - r.Position) <= tolerance && r.Start <= o.Ruling.End + 1);
                if (k < 0)
                {
                    open.Add((r, r.End - r.Start));
                    continue;
                }

                var (o, w) = open[k];
                var wr = r.End - r.Start;
                var position = ((o.Position * w) + (r.Position * wr)) / Math.Max(w + wr, 1);
                open[k] = (new PixelRuling(r.Horizontal, position, o.Start, Math.Max(o.End, r.End), Math.Max(o.Thickness, r.Thickness)), w + wr);
            }

            result.AddRange(open.Select(o => o.Ruling));
        }

        return result;
    }

    /// <summary>
    /// The edges a table left open where it was cut by a page break (a browser does not repeat the border on the next
    /// page): at least three vertical rulings that start (or end) on one row with no horizontal ruling across them
    /// there get one, for finding the cells of the first (last) row; the core still sees the rulings as found.
    /// </summary>
    public static List<PixelRuling> OpenEdges(IReadOnlyList<PixelRuling> rulings, double dpi)
    {
        var tolerance = Math.Max(3, (int)(0.03 * dpi));
        var near = 0.08 * dpi; // a ruling this close is the edge (rows are taller)
        var verticals = new List<PixelRuling>();
        var horizontals = new List<PixelRuling>();
        foreach (var r in rulings)
        {
            (r.Horizontal ? horizontals : verticals).Add(r);
        }

        var added = new List<PixelRuling>();
        foreach (var top in new[] { true, false })
        {
            verticals.Sort((a, b) => (top ? a.Start : a.End).CompareTo(top ? b.Start : b.End));
            var i = 0;
            while (i < verticals.Count)
            {
                var y0 = top ? verticals[i].Start : verticals[i].End;
                var j = i;
                double x0 = double.MaxValue, x1 = double.MinValue;
                while (j < verticals.Count && (top ? verticals[j].Start : verticals[j].End) - y0 <= tolerance)
                {
                    x0 = Math.Min(x0, verticals[j].Position);
                    x1 = Math.Max(x1, verticals[j].Position);
                    j++;
                }

                var y = top ? y0 : (top ? verticals[j - 1].Start : verticals[j - 1].End);
                // The table's own edge: no ruling there, and no vertical ruling of the table crossing that row (a border
                // broken by scan noise starts and ends inside the table).
                if (j - i >= 3
                    && !horizontals.Exists(h => Math.Abs(h.Position - y) <= near && h.Start <= x0 + tolerance && h.End >= x1 - tolerance)
                    && !verticals.Exists(v => v.Position >= x0 - tolerance && v.Position <= x1 + tolerance && v.Start < y - tolerance && v.End > y + tolerance))
                {
                    added.Add(new PixelRuling(true, y, (int)x0, (int)Math.Ceiling(x1) + 1, 1));
                }

                i = j;
            }
        }

        return added;
    }
}
