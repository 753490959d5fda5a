using System.Collections.Generic;
using ReportParser.Readers.Docx;

namespace ReportParser.Readers.Doc;

/// <summary>A table row as read from a <c>.doc</c>: its definition (from its row-end mark) and the paths of its cells.</summary>
internal sealed record DocTableRow(RowDefinition? Definition, IReadOnlyList<string> CellPaths);

/// <summary>A row laid out on the grid, with the source cells each grid cell takes its text from (a zero-width cell folds into its neighbour).</summary>
internal sealed record LaidOutRow(GridRow Row, IReadOnlyList<IReadOnlyList<int>> Sources);

/// <summary>
/// Lays the rows of a <c>.doc</c> table on one grid. Word 97–2003 stores no grid: each row lists its own cell
/// boundaries. The grid's column lines are the union of every row's boundaries (boundaries within
/// <see cref="Tolerance"/> twips are one line, as [MS-DOC] allows for vertical merges), each cell spans the grid
/// columns between its boundaries, and the columns' widths go to <see cref="DocxTableGrid"/>, which normalises the grid
/// exactly as it does for DOCX (sliver columns snapped), so a table reads the same from either format.
/// </summary>
internal static class DocTableLayout
{
    /// <summary>Boundaries this close (twips) are the same line.</summary>
    public const int Tolerance = 3;

    /// <summary>The rows on the grid and the grid's column widths (null when the rows do not all define their boundaries).</summary>
    public static (List<LaidOutRow> Rows, List<int>? Widths) Lay(IReadOnlyList<DocTableRow> rows)
    {
        var lines = GridLines(rows);
        return lines is null ? (ByIndex(rows), null) : (ByGeometry(rows, lines), Widths(lines));
    }

    /// <summary>The sorted column lines (each the first boundary of its cluster), or null when some row has no usable definition.</summary>
    private static List<int>? GridLines(IReadOnlyList<DocTableRow> rows)
    {
        var boundaries = new SortedSet<int>();
        foreach (var row in rows)
        {
            if (row.Definition is not { } definition || definition.Count < row.CellPaths.Count || row.CellPaths.Count == 0)
            {
                return null;
            }

            for (var i = 0; i <= row.CellPaths.Count; i++)
            {
                if (i > 0 && definition.Edge(i) < definition.Edge(i - 1))
                {
                    return null;
                }

                boundaries.Add(definition.Edge(i));
            }
        }

        var lines = new List<int>();
        foreach (var boundary in boundaries)
        {
            if (lines.Count == 0 || boundary - lines[lines.Count - 1] > Tolerance)
            {
                lines.Add(boundary);
            }
        }

        return lines;
    }

    private static List<LaidOutRow> ByGeometry(IReadOnlyList<DocTableRow> rows, List<int> lines)
    {
        var result = new List<LaidOutRow>(rows.Count);
        foreach (var row in rows)
        {
            var definition = row.Definition!;
            var cells = new List<GridSourceCell>();
            var sources = new List<List<int>>();
            var pending = new List<int>();
            for (var i = 0; i < row.CellPaths.Count; i++)
            {
                pending.Add(i);
                var span = Line(lines, definition.Edge(i + 1)) - Line(lines, definition.Edge(i));
                if (span <= 0)
                {
                    // A cell with no width (a collapsed merge): its text goes to the next cell with width, or the previous one.
                    continue;
                }

                cells.Add(new GridSourceCell(row.CellPaths[i], span, definition.Vertical(i), definition.Horizontal(i) == MergeKind.Continue ? MergeKind.Continue : MergeKind.None));
                sources.Add(pending);
                pending = [];
            }

            if (pending.Count > 0 && sources.Count > 0)
            {
                sources[sources.Count - 1].AddRange(pending);
            }

            var before = Line(lines, definition.Edge(0));
            var after = lines.Count - 1 - Line(lines, definition.Edge(row.CellPaths.Count));
            result.Add(new LaidOutRow(new GridRow(before, after, cells), sources));
        }

        return result;
    }

    /// <summary>Without boundaries, each cell is one grid column; the merge flags still apply by cell index.</summary>
    private static List<LaidOutRow> ByIndex(IReadOnlyList<DocTableRow> rows)
    {
        var result = new List<LaidOutRow>(rows.Count);
        foreach (var row in rows)
        {
            var cells = new List<GridSourceCell>();
            var sources = new List<IReadOnlyList<int>>();
            for (var i = 0; i < row.CellPaths.Count; i++)
            {
                var vertical = row.Definition?.Vertical(i) ?? MergeKind.None;
                var horizontal = row.Definition?.Horizontal(i) == MergeKind.Continue ? MergeKind.Continue : MergeKind.None;
                cells.Add(new GridSourceCell(row.CellPaths[i], 1, vertical, horizontal));
                sources.Add([i]);
            }

            result.Add(new LaidOutRow(new GridRow(0, 0, cells), sources));
        }

        return result;
    }

    private static List<int> Widths(List<int> lines)
    {
        var widths = new List<int>(lines.Count - 1);
        for (var i = 1; i < lines.Count; i++)
        {
            widths.Add(lines[i] - lines[i - 1]);
        }

        return widths;
    }

    /// <summary>The grid line a boundary lies on: the last line at or before it (lines are cluster starts).</summary>
    private static int Line(List<int> lines, int boundary)
    {
        int low = 0, high = lines.Count - 1;
        while (low < high)
        {
            var middle = (low + high + 1) >> 1;
            if (lines[middle] <= boundary)
            {
                low = middle;
            }
            else
            {
                high = middle - 1;
            }
        }

        return low;
    }
}
