using System;
using System.Collections.Generic;
using System.Linq;
using ReportParser.Documents;

namespace ReportParser.Readers.Pdf;

/// <summary>
/// Joins a table continued on the next page into one grid, and turns a finished <see cref="DraftTable"/> into a
/// <see cref="TableBlock"/>. Two parts are one table when nothing but page furniture lies between them (the first is
/// the last thing on its page, the second the first thing on the next), their outer edges line up within
/// <see cref="EdgeTolerance"/>, and the inner column lines of one are a subset of the other's (a continued 表二 may
/// lose its four-column block; an unrelated table has its own lines). The header is not required to repeat.
/// </summary>
internal static class TableStitcher
{
    /// <summary>Outer edges and column lines of two parts match within this many points.</summary>
    public const double EdgeTolerance = 3.0;

    public static bool CanJoin(DraftTable upper, DraftTable lower)
    {
        if (lower.FirstPage != upper.LastPage + 1 || upper.Ruled != lower.Ruled)
        {
            return false;
        }

        if (!upper.Ruled)
        {
            // Tables found by text alignment continue when their number columns do.
            return upper.ValueLines.Count == lower.ValueLines.Count && upper.ValueLines.Count > 0
                && upper.ValueLines.Zip(lower.ValueLines, (a, b) => Math.Abs(a - b)).All(d => d <= EdgeTolerance * 2);
        }

        if (Math.Abs(upper.LastBox.Left - lower.FirstBox.Left) > EdgeTolerance || Math.Abs(upper.LastBox.Right - lower.FirstBox.Right) > EdgeTolerance)
        {
            return false;
        }

        var a = Inner(upper.ColumnLines);
        var b = Inner(lower.ColumnLines);
        return IsSubset(a, b) || IsSubset(b, a);
    }

    /// <summary>Appends <paramref name="lower"/>'s rows to <paramref name="upper"/>.</summary>
    public static void Join(DraftTable upper, DraftTable lower)
    {
        // A row left empty by the page break (a row split with nothing in its second half) is no row.
        DropEmptyEdgeRow(upper, last: true);
        DropEmptyEdgeRow(lower, last: false);
        if (upper.TrailingLabelRow && !lower.LeadingLabelRow)
        {
            // Label lines at the foot of the page begin the row whose numbers open the next page.
            MergeRowInto(upper, upper.RowCount - 1, lower, 0, append: false);
        }
        else if (lower.LeadingLabelRow && upper.RowCount > 0)
        {
            // Label lines at the top of the page (and any at the foot of the previous one) finish the row whose
            // numbers closed the previous page.
            if (upper.TrailingLabelRow && upper.RowCount >= 2)
            {
                MergeRowInto(upper, upper.RowCount - 1, upper, upper.RowCount - 2, append: true);
            }

            MergeRowInto(lower, 0, upper, upper.RowCount - 1, append: true);
        }

        upper.TrailingLabelRow = false;
        lower.LeadingLabelRow = false;

        var offset = upper.RowCount;
        var seamUpper = upper.Cells.Where(c => c.Row + c.RowSpan == upper.RowCount).ToList();
        foreach (var cell in lower.Cells)
        {
            // A merged label cell cut by the page break (its text stayed on the first page) continues the cell above.
            if (cell.Row == 0 && cell.Text.Length == 0)
            {
                var above = seamUpper.FirstOrDefault(u => Math.Abs(u.Left - cell.Left) <= EdgeTolerance && Math.Abs(u.Right - cell.Right) <= EdgeTolerance);
                if (above is not null && above.Text.Length > 0 && (above.RowSpan > 1 || cell.RowSpan > 1))
                {
                    above.RowSpan += cell.RowSpan;
                    continue;
                }
            }

            cell.Row += offset;
            upper.Cells.Add(cell);
        }

        upper.RowCount += lower.RowCount;
        upper.TrailingLabelRow = lower.TrailingLabelRow;
        upper.LastPage = lower.LastPage;
        upper.LastBox = lower.LastBox;
        foreach (var x in lower.ColumnLines)
        {
            if (!upper.ColumnLines.Any(u => Math.Abs(u - x) <= EdgeTolerance))
            {
                upper.ColumnLines.Add(x);
            }
        }

        upper.ColumnLines.Sort();
    }

    /// <summary>Moves the text of row <paramref name="row"/> of <paramref name="from"/> in front of the cells of row <paramref name="targetRow"/> of <paramref name="to"/> (by x position) and removes it.</summary>
    private static void MergeRowInto(DraftTable from, int row, DraftTable to, int targetRow, bool append)
    {
        foreach (var cell in from.Cells.Where(c => c.Row == row && c.Text.Length > 0))
        {
            var centre = (cell.Left + cell.Right) / 2;
            var target = to.Cells.FirstOrDefault(c => c.Row <= targetRow && c.Row + c.RowSpan > targetRow && c.Left <= centre && c.Right >= centre);
            if (target is not null)
            {
                target.Text = target.Text.Length == 0 ? cell.Text : append ? target.Text + "\n" + cell.Text : cell.Text + "\n" + target.Text;
            }
        }

        from.Cells.RemoveAll(c => c.Row == row);
        foreach (var cell in from.Cells.Where(c => c.Row > row))
        {
            cell.Row--;
        }

        from.RowCount--;
    }

    private static void DropEmptyEdgeRow(DraftTable table, bool last)
    {
        var row = last ? table.RowCount - 1 : 0;
        if (table.RowCount < 2 || table.Cells.Any(c => c.Row <= row && c.Row + c.RowSpan > row && (c.RowSpan > 1 || c.Text.Length > 0)))
        {
            return;
        }

        table.Cells.RemoveAll(c => c.Row == row);
        if (!last)
        {
            foreach (var cell in table.Cells)
            {
                cell.Row--;
            }
        }

        table.RowCount--;
    }

    /// <summary>
    /// The finished grid: column indices from the cells' x extents. Returns null and the grid size when it would
    /// exceed <paramref name="maxPositions"/>.
    /// </summary>
    public static TableBlock? ToBlock(DraftTable table, int maxPositions, out long positions) =>
        ToBlock(table, maxPositions, out positions, out _);

    /// <summary>
    /// The finished grid, as <see cref="ToBlock(DraftTable, int, out long)"/>; label lines that followed the last
    /// numbers of a table not continued on the next page are not table text (a heading, a note) and come back in
    /// <paramref name="after"/>.
    /// </summary>
    public static TableBlock? ToBlock(DraftTable table, int maxPositions, out long positions, out string? after)
    {
        after = null;
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
            // The table starts here: label lines before its first numbers begin the row below.
            MergeRowInto(table, 0, table, 1, append: false);
            table.LeadingLabelRow = false;
        }

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
            var c0 = Nearest(columns, cell.Left);
            var c1 = Nearest(columns, cell.Right);
            if (c1 <= c0)
            {
                c1 = Math.Min(c0 + 1, columnCount);
                c0 = c1 - 1;
            }

            var r1 = Math.Min(cell.Row + cell.RowSpan, table.RowCount);
            var free = true;
            for (var r = cell.Row; r < r1 && free; r++)
            {
                for (var c = c0; c < c1 && free; c++)
                {
                    free = !occupied[r, c];
                }
            }

            if (!free)
            {
                continue;
            }

            for (var r = cell.Row; r < r1; r++)
            {
                for (var c = c0; c < c1; c++)
                {
                    occupied[r, c] = true;
                }
            }

            cells.Add(OcrLayout.Mark(table, cell, new GridCell
            {
                Row = cell.Row,
                Column = c0,
                RowSpan = r1 - cell.Row,
                ColumnSpan = c1 - c0,
                Text = cell.Text,
                Provenance = new BlockProvenance { Page = cell.Page },
            }));
        }

        return new TableBlock(table.RowCount, columnCount, cells, new BlockProvenance { Page = table.FirstPage, Method = table.Ocr ? ReadingMethod.Ocr : null });
    }

    private static List<double> Inner(List<double> lines) => lines.Skip(1).Take(Math.Max(lines.Count - 2, 0)).ToList();

    private static bool IsSubset(List<double> small, List<double> large) =>
        small.All(x => large.Any(y => Math.Abs(x - y) <= EdgeTolerance));

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
