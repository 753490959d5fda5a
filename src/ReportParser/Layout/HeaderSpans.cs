using System;
using System.Collections.Generic;
using System.Linq;

namespace ReportParser.Layout;

/// <summary>
/// Which columns the header labels and the numbers of a table without ruling lines span. A header label centred over
/// several columns spans them (each label of a line takes the columns around its centre, expanding in step with its
/// neighbours); a left-aligned one spans to the next label of its line; neither grows over a column that an
/// interleaved header line holds. A number spans the columns of the header cell above it when that header spans and
/// holds no other number of the line.
/// </summary>
internal static class HeaderSpans
{
    private enum Kind
    {
        /// <summary>No wider than its column: stays in it.</summary>
        Stays,

        /// <summary>Wider, starting at a column's left edge.</summary>
        LeftAligned,

        /// <summary>Wider, centred over the columns around it.</summary>
        Centred,
    }

    /// <summary>
    /// Column ranges of the header chunks of one line. A chunk no wider than its column stays in it. A wider one spans:
    /// left-aligned (it starts at a column's left edge), from that column to the next chunk of the line or the
    /// table's end; centred, over the columns around its centre, growing one column on each side per step in step
    /// with its neighbours while it stays centred. Neither grows over a column that an interleaved line holds.
    /// </summary>
    public static List<(int C0, int C1)> OfHeaderLine(List<(GlyphLine Chunk, int Column)> chunks, BorderlessColumns columns, HashSet<int> claimed, double em, List<(int C0, int C1)?> parents)
    {
        var (ranges, kinds) = InitialRanges(chunks, columns, em);
        GrowCentred(chunks, columns, claimed, parents, ranges, kinds);

        // Left-aligned spanning labels reach to the next label of the line.
        for (var k = 0; k < chunks.Count; k++)
        {
            if (kinds[k] != Kind.LeftAligned)
            {
                continue;
            }

            var limit = k + 1 < chunks.Count ? ranges[k + 1].C0 - 1 : columns.Count - 1;
            var c1 = ranges[k].C0;
            while (c1 + 1 <= limit && !claimed.Contains(c1 + 1))
            {
                c1++;
            }

            ranges[k] = (ranges[k].C0, c1);
        }

        return ranges;
    }

    private static (List<(int C0, int C1)> Ranges, List<Kind> Kinds) InitialRanges(List<(GlyphLine Chunk, int Column)> chunks, BorderlessColumns columns, double em)
    {
        var xs = columns.Lines;
        var firstColumn = columns.FirstValueColumn;
        var ranges = new List<(int C0, int C1)>();
        var kinds = new List<Kind>();
        foreach (var (chunk, column) in chunks)
        {
            var left = Math.Max(columns.At(chunk.Left + (LayoutTolerances.ColumnProbeEm * em)), firstColumn);
            var width = xs[column + 1] - xs[column];
            var wide = chunk.Width > LayoutTolerances.WideHeaderShare * width;
            var kind = !wide ? Kind.Stays : Math.Abs(chunk.Left - xs[left]) <= em ? Kind.LeftAligned : Kind.Centred;
            kinds.Add(kind);
            if (kind == Kind.Centred && column + 1 < columns.Count && xs[column + 1] - chunk.CenterX <= LayoutTolerances.OnBoundaryShare * width)
            {
                ranges.Add((column, column + 1)); // centred on a column boundary: an even number of columns
            }
            else if (kind == Kind.Centred && column > firstColumn && chunk.CenterX - xs[column] <= LayoutTolerances.OnBoundaryShare * width)
            {
                ranges.Add((column - 1, column));
            }
            else
            {
                ranges.Add(kind == Kind.LeftAligned ? (left, left) : (column, column));
            }
        }

        return (ranges, kinds);
    }

    /// <summary>
    /// Centred labels grow one column on each side per step, in step with their neighbours, while they stay centred on
    /// their text, inside the label above them that spans them, and clear of their neighbours and of interleaved
    /// lines. A label that cannot grow on both sides stops: left short, it is a label missing from its block, never a
    /// value read under the wrong header.
    /// </summary>
    private static void GrowCentred(List<(GlyphLine Chunk, int Column)> chunks, BorderlessColumns columns, HashSet<int> claimed, List<(int C0, int C1)?> parents, List<(int C0, int C1)> ranges, List<Kind> kinds)
    {
        var xs = columns.Lines;
        var firstColumn = columns.FirstValueColumn;
        var growing = kinds.Select(kind => kind == Kind.Centred).ToList();
        while (growing.Any(g => g))
        {
            for (var k = 0; k < chunks.Count; k++)
            {
                if (!growing[k])
                {
                    continue;
                }

                var (low, high) = parents[k] ?? (firstColumn, columns.Count - 1);
                var (c0, c1) = (ranges[k].C0 - 1, ranges[k].C1 + 1);
                var clear = c0 >= Math.Max(firstColumn, low) && c1 <= Math.Min(columns.Count - 1, high) && !claimed.Contains(c0) && !claimed.Contains(c1)
                    && (k == 0 || ranges[k - 1].C1 < c0) && (k == chunks.Count - 1 || ranges[k + 1].C0 > c1);
                if (clear && Math.Abs(((xs[c0] + xs[c1 + 1]) / 2) - chunks[k].Chunk.CenterX) <= LayoutTolerances.CentredShare * (xs[c1 + 1] - xs[c0]) / (c1 - c0 + 1))
                {
                    ranges[k] = (c0, c1);
                }
                else
                {
                    growing[k] = false;
                }
            }
        }
    }

    /// <summary>
    /// The columns of the numbers of a data line. When the nearest header row above has as many cells over the
    /// number columns as the line has numbers, each number takes its header's columns (表二's 本年处理决定数量 over
    /// three columns with 120 centred below it); otherwise a number takes the columns of the spanning header cell
    /// above it, if that cell holds no other number of the line.
    /// </summary>
    public static List<(int C0, int C1)> OfValues(List<(GlyphLine Chunk, int Column)> chunks, int row, BorderlessGrid grid)
    {
        if (FromHeaderRow(chunks, row, grid) is { } matched)
        {
            return matched;
        }

        var result = new List<(int C0, int C1)>();
        foreach (var (_, column) in chunks)
        {
            var span = (column, column);
            for (var r = row - 1; r >= 0; r--)
            {
                if (grid[r, column] is null)
                {
                    continue;
                }

                var (c0, c1) = grid.SpanAt(r, column);
                if (c1 > c0 && chunks.Count(other => other.Column >= c0 && other.Column <= c1) == 1)
                {
                    span = (c0, c1);
                }

                break;
            }

            result.Add(span);
        }

        return result;
    }

    /// <summary>The nearest header row's cells over the numbers, one per number, when their counts agree (and the header spans); else null.</summary>
    private static List<(int C0, int C1)>? FromHeaderRow(List<(GlyphLine Chunk, int Column)> chunks, int row, BorderlessGrid grid)
    {
        var valueColumns = grid.ColumnCount - grid.Columns.FirstValueColumn;
        for (var r = row - 1; r >= 0; r--)
        {
            if (!grid.HeaderRow[r])
            {
                if (grid.HasValueCell(r))
                {
                    return null; // a row of numbers comes first: no header of its own
                }

                continue;
            }

            var headers = grid.ValueCells(r);
            if (headers.Count == chunks.Count && headers.Count < valueColumns)
            {
                return chunks.Select((chunk, k) => (Math.Min(headers[k].C0, chunk.Column), Math.Max(headers[k].C1, chunk.Column))).ToList();
            }

            return null;
        }

        return null;
    }
}
