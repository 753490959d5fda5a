using System;
using System.Collections.Generic;
using System.Linq;

namespace ReportParser.Layout;

/// <summary>
/// Joins a table continued on the next page into one grid. Two parts are one table when nothing but page furniture lies between them (the first is
/// the last thing on its page, the second the first thing on the next), their outer edges line up within
/// <see cref="LayoutTolerances.EdgeTolerance"/>, and the inner column lines of one are a subset of the other's (a continued 表二 may
/// lose its four-column block; an unrelated table has its own lines). The header is not required to repeat.
/// </summary>
internal static class TableStitcher
{
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
                && upper.ValueLines.Zip(lower.ValueLines, (a, b) => Math.Abs(a - b)).All(d => d <= LayoutTolerances.ValueLineTolerance);
        }

        if (Math.Abs(upper.LastBox.Left - lower.FirstBox.Left) > LayoutTolerances.EdgeTolerance || Math.Abs(upper.LastBox.Right - lower.FirstBox.Right) > LayoutTolerances.EdgeTolerance)
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
                var above = seamUpper.FirstOrDefault(u => Math.Abs(u.Left - cell.Left) <= LayoutTolerances.EdgeTolerance && Math.Abs(u.Right - cell.Right) <= LayoutTolerances.EdgeTolerance);
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
        upper.Clipping = upper.Clipping is null ? lower.Clipping : lower.Clipping is null || lower.Clipping == upper.Clipping ? upper.Clipping : PageEdgeClipping.Left + "," + PageEdgeClipping.Right;
        upper.LastPage = lower.LastPage;
        upper.LastBox = lower.LastBox;
        foreach (var x in lower.ColumnLines)
        {
            if (!upper.ColumnLines.Any(u => Math.Abs(u - x) <= LayoutTolerances.EdgeTolerance))
            {
                upper.ColumnLines.Add(x);
            }
        }

        upper.ColumnLines.Sort();
    }

    /// <summary>Moves the text of row <paramref name="row"/> of <paramref name="from"/> in front of the cells of row <paramref name="targetRow"/> of <paramref name="to"/> (by x position) and removes it.</summary>
    internal static void MergeRowInto(DraftTable from, int row, DraftTable to, int targetRow, bool append)
    {
        foreach (var cell in from.Cells.Where(c => c.Row == row && c.Text.Length > 0))
        {
            var centre = (cell.Left + cell.Right) / 2;
            var target = to.Cells.FirstOrDefault(c => c.Row <= targetRow && c.Row + c.RowSpan > targetRow && c.Left <= centre && c.Right >= centre);
            target?.Absorb(cell, append);
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

    private static List<double> Inner(List<double> lines) => lines.Skip(1).Take(Math.Max(lines.Count - 2, 0)).ToList();

    private static bool IsSubset(List<double> small, List<double> large) =>
        small.All(x => large.Any(y => Math.Abs(x - y) <= LayoutTolerances.EdgeTolerance));
}
