using System;
using System.Collections.Generic;
using System.Linq;

namespace ReportParser.Layout;

/// <summary>
/// A browser printing a table row that continues on the next page draws the frame of its first part without a bottom
/// rule under the cells that go on, and the last text lines of such a cell (<c>第三项加第四项之和）</c> of 表三's corner
/// note) can fall below the last rule drawn. Those lines are the tail of the open row: when the table's bottom is open
/// and lines follow it at once, each inside one cell of its last row, they are given to those cells — so the table
/// stays the last thing on its page and is joined with its continuation (<see cref="TableStitcher"/>) — instead of
/// being read as a paragraph between two halves of the table.
/// </summary>
internal static class OpenRowTail
{
    /// <summary>True when horizontal rules at the bottom edge of <paramref name="box"/> cover less than <see cref="LayoutTolerances.ClosedBottomShare"/> of its width.</summary>
    public static bool IsOpenAtBottom(List<RulingSegment> component, Box box)
    {
        var covered = component
            .Where(s => s.Horizontal && Math.Abs(s.Position - box.Bottom) <= LayoutTolerances.EdgeTolerance)
            .Sum(s => Math.Max(0, Math.Min(s.End, box.Right) - Math.Max(s.Start, box.Left)));
        return box.Width > 0 && covered < LayoutTolerances.ClosedBottomShare * box.Width;
    }

    /// <summary>Moves the lines that continue an open table's last row into its cells, and removes them from <paramref name="lines"/>.</summary>
    public static void Absorb(List<DraftTable> tables, List<GlyphLine> lines)
    {
        foreach (var table in tables.Where(t => t.OpenBottom && t.Ruled))
        {
            var box = table.FirstBox;
            var lastRow = table.Cells.Where(c => c.Row + c.RowSpan == table.RowCount).ToList();
            var below = lines.Where(l => (l.Top + l.Bottom) / 2 < box.Bottom).OrderByDescending(l => l.Top).ToList();
            var taken = new List<(GlyphLine Line, DraftCell Cell)>();
            var edge = box.Bottom;
            foreach (var line in below)
            {
                var cell = lastRow.FirstOrDefault(c => c.Left <= line.Left + LayoutTolerances.EdgeTolerance && c.Right >= line.Right - LayoutTolerances.EdgeTolerance);
                if (cell is null || edge - line.Top > LayoutTolerances.OpenRowTailGapEm * line.Size)
                {
                    break;
                }

                taken.Add((line, cell));
                edge = line.Bottom;
            }

            if (taken.Count == 0 || taken.Count < below.Count)
            {
                continue; // text goes on below the table: not the foot of the page
            }

            foreach (var (line, cell) in taken)
            {
                cell.Glyphs.AddRange(line.Glyphs);
                cell.Seal();
                lines.Remove(line);
            }
        }
    }
}
