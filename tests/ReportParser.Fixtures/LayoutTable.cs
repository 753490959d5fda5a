using System.Collections.Generic;
using System.Linq;

namespace ReportParser.Fixtures;

/// <summary>One cell of a table layout at its top-left grid position, with spans. <see cref="Key"/> is set for value cells.</summary>
public sealed record LayoutCell(int Row, int Column, string Text, int RowSpan = 1, int ColumnSpan = 1, string? Key = null);

/// <summary>A table as a grid of cells with spans: what the writers (HTML, DOCX, in-memory) render.</summary>
public sealed record LayoutTable(string TableId, int RowCount, int ColumnCount, IReadOnlyList<LayoutCell> Cells)
{
    /// <summary>The cells that start in a row, left to right.</summary>
    public IEnumerable<LayoutCell> RowCells(int row) => Cells.Where(c => c.Row == row).OrderBy(c => c.Column);
}
