using System;
using System.Collections.Generic;
using System.Linq;

namespace ReportParser.Layout;

/// <summary>
/// Builds a cell grid from one connected group of ruling segments: grid lines at the distinct segment positions,
/// an edge between two neighbouring grid positions where a segment covers at least half of it, merged cells where
/// the edge is missing. Grid lines closer than <see cref="LayoutTolerances.MinCellSize"/> (double borders) are one line.
/// </summary>
internal static class TableGridBuilder
{
    /// <summary>Builds the grid, or returns null when the segments do not enclose at least two cells.</summary>
    public static DraftTable? Build(List<RulingSegment> component, int page) => Build(component, page, int.MaxValue, out _);

    /// <summary>
    /// Builds the grid, or returns null when the segments do not enclose at least two cells or when the grid would have
    /// more than <paramref name="maxPositions"/> positions (<paramref name="positions"/> says how many: its arrays would
    /// take gigabytes for a page of thousands of lines).
    /// </summary>
    public static DraftTable? Build(List<RulingSegment> component, int page, int maxPositions, out long positions)
    {
        positions = 0;
        var horizontals = component.Where(s => s.Horizontal).ToList();
        var verticals = component.Where(s => !s.Horizontal).ToList();
        if (horizontals.Count < 2 || verticals.Count < 2)
        {
            return null;
        }

        var left = Math.Min(horizontals.Min(s => s.Start), verticals.Min(s => s.Position));
        var right = Math.Max(horizontals.Max(s => s.End), verticals.Max(s => s.Position));
        var bottom = Math.Min(verticals.Min(s => s.Start), horizontals.Min(s => s.Position));
        var top = Math.Max(verticals.Max(s => s.End), horizontals.Max(s => s.Position));

        var xs = Cluster(verticals.Select(s => s.Position).Append(left).Append(right));
        var ys = Cluster(horizontals.Select(s => s.Position).Append(bottom).Append(top));
        ys.Reverse(); // top to bottom
        var rows = ys.Count - 1;
        var columns = xs.Count - 1;
        positions = (long)rows * columns;
        if (rows < 1 || columns < 1 || positions < 2 || positions > maxPositions)
        {
            return null;
        }

        var (vertical, horizontal) = Edges(verticals, horizontals, xs, ys);
        var groups = MergeCells(rows, columns, vertical, horizontal);
        var table = new DraftTable
        {
            FirstPage = page,
            LastPage = page,
            FirstBox = new Box(xs[0], ys[rows], xs[columns], ys[0]),
            LastBox = new Box(xs[0], ys[rows], xs[columns], ys[0]),
            ColumnLines = xs,
            RowCount = rows,
        };

        var cellOf = new DraftCell[rows * columns];
        foreach (var (r0, c0, r1, c1) in groups)
        {
            var cell = new DraftCell { Row = r0, RowSpan = r1 - r0 + 1, Left = xs[c0], Right = xs[c1 + 1], Page = page };
            table.Cells.Add(cell);
            for (var r = r0; r <= r1; r++)
            {
                for (var c = c0; c <= c1; c++)
                {
                    cellOf[(r * columns) + c] = cell;
                }
            }
        }

        table.Cells.Sort((a, b) => a.Row != b.Row ? a.Row.CompareTo(b.Row) : a.Left.CompareTo(b.Left));
        table.Index = new GridIndex(xs, ys, cellOf);
        return table;
    }

    /// <summary>vertical[i, j]: an edge at column line j across row band i; horizontal[i, j]: an edge at row line i across column band j.</summary>
    private static (bool[,] Vertical, bool[,] Horizontal) Edges(List<RulingSegment> verticals, List<RulingSegment> horizontals, List<double> xs, List<double> ys)
    {
        var rows = ys.Count - 1;
        var columns = xs.Count - 1;
        var vertical = new bool[rows, columns + 1];
        var horizontal = new bool[rows + 1, columns];
        foreach (var v in verticals)
        {
            var j = Nearest(xs, v.Position);
            for (var i = 0; i < rows; i++)
            {
                if (Coverage(v.Start, v.End, ys[i + 1], ys[i]) >= LayoutTolerances.EdgeCoverage)
                {
                    vertical[i, j] = true;
                }
            }
        }

        foreach (var h in horizontals)
        {
            var i = NearestDescending(ys, h.Position);
            for (var j = 0; j < columns; j++)
            {
                if (Coverage(h.Start, h.End, xs[j], xs[j + 1]) >= LayoutTolerances.EdgeCoverage)
                {
                    horizontal[i, j] = true;
                }
            }
        }

        return (vertical, horizontal);
    }

    /// <summary>Puts every glyph whose centre lies in the table into its cell; returns the glyphs that lie outside.</summary>
    public static List<Glyph> Fill(DraftTable table, IEnumerable<Glyph> glyphs)
    {
        var (xs, ys, cellOf) = table.Index ?? throw new InvalidOperationException("Only a ruled grid can be filled.");
        var columns = xs.Count - 1;
        var outside = new List<Glyph>();
        foreach (var glyph in glyphs)
        {
            var x = glyph.CenterX;
            var y = glyph.CenterY;
            if (x < xs[0] || x > xs[columns] || y > ys[0] || y < ys[ys.Count - 1])
            {
                outside.Add(glyph);
                continue;
            }

            var j = Band(xs, x);
            var i = BandDescending(ys, y);
            cellOf[(i * columns) + j].Glyphs.Add(glyph);
        }

        table.Index = null;
        foreach (var cell in table.Cells)
        {
            cell.Seal();
        }

        return outside;
    }

    private static List<(int R0, int C0, int R1, int C1)> MergeCells(int rows, int columns, bool[,] vertical, bool[,] horizontal)
    {
        var parent = Enumerable.Range(0, rows * columns).ToArray();
        int Find(int i)
        {
            while (parent[i] != i)
            {
                parent[i] = parent[parent[i]];
                i = parent[i];
            }

            return i;
        }

        void Union(int a, int b) => parent[Find(a)] = Find(b);

        for (var i = 0; i < rows; i++)
        {
            for (var j = 0; j < columns; j++)
            {
                if (j + 1 < columns && !vertical[i, j + 1])
                {
                    Union((i * columns) + j, (i * columns) + j + 1);
                }

                if (i + 1 < rows && !horizontal[i + 1, j])
                {
                    Union((i * columns) + j, ((i + 1) * columns) + j);
                }
            }
        }

        // A merged region that is not a rectangle (a border drawn only in part) becomes its bounding rectangle,
        // absorbing whatever it overlaps, until every region is a rectangle.
        var changed = true;
        Dictionary<int, (int R0, int C0, int R1, int C1)> boxes = [];
        while (changed)
        {
            changed = false;
            boxes.Clear();
            for (var k = 0; k < rows * columns; k++)
            {
                var root = Find(k);
                var (r, c) = (k / columns, k % columns);
                boxes[root] = boxes.TryGetValue(root, out var b)
                    ? (Math.Min(b.R0, r), Math.Min(b.C0, c), Math.Max(b.R1, r), Math.Max(b.C1, c))
                    : (r, c, r, c);
            }

            foreach (var pair in boxes)
            {
                var (r0, c0, r1, c1) = pair.Value;
                for (var r = r0; r <= r1; r++)
                {
                    for (var c = c0; c <= c1; c++)
                    {
                        var k = (r * columns) + c;
                        if (Find(k) != Find(pair.Key))
                        {
                            Union(k, pair.Key);
                            changed = true;
                        }
                    }
                }
            }
        }

        return boxes.Values.ToList();
    }

    /// <summary>Sorted distinct positions; positions closer than <see cref="LayoutTolerances.MinCellSize"/> are averaged into one.</summary>
    internal static List<double> Cluster(IEnumerable<double> positions)
    {
        var sorted = positions.OrderBy(p => p).ToList();
        var result = new List<double>();
        var sum = 0.0;
        var count = 0;
        var last = double.NegativeInfinity;
        foreach (var p in sorted)
        {
            if (count > 0 && p - last > LayoutTolerances.MinCellSize)
            {
                result.Add(sum / count);
                sum = 0;
                count = 0;
            }

            sum += p;
            count++;
            last = p;
        }

        if (count > 0)
        {
            result.Add(sum / count);
        }

        return result;
    }

    private static double Coverage(double start, double end, double from, double to)
    {
        var length = to - from;
        if (length <= 0)
        {
            return 0;
        }

        return Math.Max(0, Math.Min(end, to) - Math.Max(start, from)) / length;
    }

    private static int Nearest(List<double> ascending, double value)
    {
        var best = 0;
        for (var i = 1; i < ascending.Count; i++)
        {
            if (Math.Abs(ascending[i] - value) < Math.Abs(ascending[best] - value))
            {
                best = i;
            }
        }

        return best;
    }

    private static int NearestDescending(List<double> descending, double value) => Nearest(descending, value);

    /// <summary>Index of the band [xs[j], xs[j+1]) that holds x.</summary>
    private static int Band(List<double> ascending, double x)
    {
        for (var j = 1; j < ascending.Count - 1; j++)
        {
            if (x < ascending[j])
            {
                return j - 1;
            }
        }

        return ascending.Count - 2;
    }

    private static int BandDescending(List<double> descending, double y)
    {
        for (var i = 1; i < descending.Count - 1; i++)
        {
            if (y > descending[i])
            {
                return i - 1;
            }
        }

        return descending.Count - 2;
    }
}
