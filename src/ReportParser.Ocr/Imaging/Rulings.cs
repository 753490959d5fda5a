using System;
using System.Collections.Generic;

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
