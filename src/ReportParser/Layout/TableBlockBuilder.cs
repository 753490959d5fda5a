using System;
using System.Collections.Generic;
using System.Linq;
using ReportParser.Documents;

namespace ReportParser.Layout;

/// <summary>
/// Turns a finished <see cref="DraftTable"/> into a <see cref="TableBlock"/>: column indices from the cells' x
/// extents, label rows left open at the table's ends settled, and each cell's reading (doubtful below the page's
/// confidence threshold, clipped when the page edge cuts it) and provenance.
/// </summary>
internal static class TableBlockBuilder
{
    /// <summary>The finished grid. Returns null and the grid size when it would exceed <paramref name="maxPositions"/>.</summary>
    public static TableBlock? ToBlock(DraftTable table, int maxPositions, out long positions) =>
        ToBlock(table, maxPositions, out positions, out _);

    /// <summary>
    /// The finished grid, as <see cref="ToBlock(DraftTable, int, out long)"/>; label lines that followed the last
    /// numbers of a table not continued on the next page are not table text (a heading, a note) and come back in
    /// <paramref name="after"/>.
    /// </summary>
    public static TableBlock? ToBlock(DraftTable table, int maxPositions, out long positions, out string? after)
    {
        after = SettleLabelRows(table);
        var columns = table.ColumnLines;
        var columnCount = columns.Count - 1;
        positions = (long)table.RowCount * columnCount;
        if (positions > maxPositions || columnCount < 1)
        {
            return null;
        }

        var occupied = new bool[table.RowCount, columnCount];
        var cells = new List<GridCell>();
        foreach (var cell in table.Cells.OrderBy(c => c.Row).ThenBy(c => c.Left))
        {
            var (c0, c1) = ColumnsOf(columns, cell);
            var r1 = Math.Min(cell.Row + cell.RowSpan, table.RowCount);
            if (Occupy(occupied, cell.Row, r1, c0, c1))
            {
                cells.Add(ToGridCell(table, cell, c0, c1 - c0, r1 - cell.Row));
            }
        }

        return new TableBlock(table.RowCount, columnCount, cells, new BlockProvenance { Page = table.FirstPage, Method = table.Method });
    }

    /// <summary>
    /// Label lines after the last numbers of a table that ends here are not table text: they come back as text.
    /// Label lines before the first numbers of a table that starts here begin the row below.
    /// </summary>
    private static string? SettleLabelRows(DraftTable table)
    {
        string? after = null;
        if (table.TrailingLabelRow && table.RowCount >= 2)
        {
            var last = table.RowCount - 1;
            after = string.Join("\n", table.Cells.Where(c => c.Row == last && c.Text.Length > 0).OrderBy(c => c.Left).Select(c => c.Text));
            table.Cells.RemoveAll(c => c.Row == last);
            table.RowCount--;
            table.TrailingLabelRow = false;
        }

        if (table.LeadingLabelRow && table.RowCount >= 2)
        {
            TableStitcher.MergeRowInto(table, 0, table, 1, append: false);
            table.LeadingLabelRow = false;
        }

        return after;
    }

    private static (int C0, int C1) ColumnsOf(List<double> columns, DraftCell cell)
    {
        var columnCount = columns.Count - 1;
        var c0 = Nearest(columns, cell.Left);
        var c1 = Nearest(columns, cell.Right);
        if (c1 <= c0)
        {
            c1 = Math.Min(c0 + 1, columnCount);
            c0 = c1 - 1;
        }

        return (c0, c1);
    }

    /// <summary>Marks rows [r0, r1) × columns [c0, c1) taken; false (and nothing marked) when any of them already is.</summary>
    private static bool Occupy(bool[,] occupied, int r0, int r1, int c0, int c1)
    {
        for (var r = r0; r < r1; r++)
        {
            for (var c = c0; c < c1; c++)
            {
                if (occupied[r, c])
                {
                    return false;
                }
            }
        }

        for (var r = r0; r < r1; r++)
        {
            for (var c = c0; c < c1; c++)
            {
                occupied[r, c] = true;
            }
        }

        return true;
    }

    private static GridCell ToGridCell(DraftTable table, DraftCell cell, int column, int columnSpan, int rowSpan)
    {
        var reading = CellReading.Certain;
        string? note = null;
        if (cell.ClippedBy is not null)
        {
            reading = CellReading.Clipped;
            note = cell.ClippedBy;
        }
        else if (cell.Confidence is { } confidence && confidence < table.DoubtfulBelow)
        {
            reading = CellReading.Doubtful;
            note = FormattableString.Invariant($"recognised with confidence {confidence:0.00}, below {table.DoubtfulBelow:0.00}");
        }

        return new GridCell
        {
            Row = cell.Row,
            Column = column,
            RowSpan = rowSpan,
            ColumnSpan = columnSpan,
            Text = cell.Text,
            Provenance = new BlockProvenance { Page = cell.Page, Method = table.Method },
            Reading = reading,
            Confidence = cell.Confidence,
            ReadingNote = note,
        };
    }

    private static int Nearest(List<double> lines, double x)
    {
        var best = 0;
        for (var i = 1; i < lines.Count; i++)
        {
            if (Math.Abs(lines[i] - x) < Math.Abs(lines[best] - x))
            {
                best = i;
            }
        }

        return best;
    }
}
