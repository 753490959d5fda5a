using System.Collections.Generic;
using System.Linq;

namespace ReportParser.Fixtures;

/// <summary>
/// One cell of a table layout at its top-left grid position, with spans. <see cref="Key"/> is set for value cells.
/// <see cref="Vertical"/> marks a label printed vertically.
/// </summary>
public sealed record LayoutCell(int Row, int Column, string Text, int RowSpan = 1, int ColumnSpan = 1, string? Key = null, bool Vertical = false);

/// <summary>A table as a grid of cells with spans: what the writers (HTML, DOCX, in-memory) render.</summary>
public sealed record LayoutTable(string TableId, int RowCount, int ColumnCount, IReadOnlyList<LayoutCell> Cells)
{
    /// <summary>Relative column widths (template twips) for writers that fix column widths; null lets the writer decide.</summary>
    public IReadOnlyList<int>? ColumnWidths { get; init; }

    /// <summary>The cells that start in a row, left to right.</summary>
    public IEnumerable<LayoutCell> RowCells(int row) => Cells.Where(c => c.Row == row).OrderBy(c => c.Column);

    /// <summary>
    /// Splits the table before grid row <paramref name="row"/> (a page break): a cell merged across the cut keeps its
    /// text in the first part and continues as an empty merged cell in the second, as a table broken by a page does.
    /// </summary>
    public (LayoutTable First, LayoutTable Second) SplitBefore(int row)
    {
        var first = new List<LayoutCell>();
        var second = new List<LayoutCell>();
        foreach (var cell in Cells)
        {
            if (cell.Row + cell.RowSpan <= row)
            {
                first.Add(cell);
            }
            else if (cell.Row >= row)
            {
                second.Add(cell with { Row = cell.Row - row });
            }
            else
            {
                first.Add(cell with { RowSpan = row - cell.Row });
                second.Add(cell with { Row = 0, RowSpan = cell.Row + cell.RowSpan - row, Text = string.Empty, Key = null, Vertical = false });
            }
        }

        return (this with { RowCount = row, Cells = first }, this with { RowCount = RowCount - row, Cells = second });
    }
}
