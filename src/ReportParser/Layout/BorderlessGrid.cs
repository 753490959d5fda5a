using System.Collections.Generic;

namespace ReportParser.Layout;

/// <summary>
/// The grid of a table without ruling lines while its lines are placed: which cell covers each row and column, and
/// which rows are header rows. A cell is placed once per position; every position gets a cell in the end, so a blank
/// value is blank, not missing.
/// </summary>
internal sealed class BorderlessGrid
{
    private readonly DraftCell?[,] _cells;
    private readonly DraftTable _table;
    private readonly int _page;

    public BorderlessGrid(DraftTable table, BorderlessColumns columns, int page)
    {
        _table = table;
        _page = page;
        Columns = columns;
        _cells = new DraftCell?[table.RowCount, columns.Count];
        HeaderRow = new bool[table.RowCount];
    }

    public BorderlessColumns Columns { get; }

    public int RowCount => _table.RowCount;

    public int ColumnCount => Columns.Count;

    /// <summary>Rows that hold header text over the value columns.</summary>
    public bool[] HeaderRow { get; }

    public DraftCell? this[int row, int column] => _cells[row, column];

    /// <summary>The cell at <paramref name="row"/> from column <paramref name="c0"/> to <paramref name="c1"/>; the one already there when <paramref name="c0"/> is taken.</summary>
    public DraftCell Place(int row, int c0, int c1)
    {
        if (_cells[row, c0] is { } existing)
        {
            return existing;
        }

        var xs = Columns.Lines;
        var cell = new DraftCell { Row = row, Left = xs[c0], Right = xs[c1 + 1], Page = _page };
        for (var c = c0; c <= c1; c++)
        {
            _cells[row, c] = cell;
        }

        _table.Cells.Add(cell);
        return cell;
    }

    /// <summary>The columns the cell at (<paramref name="row"/>, <paramref name="column"/>) covers.</summary>
    public (int C0, int C1) SpanAt(int row, int column)
    {
        var cell = _cells[row, column];
        var c0 = column;
        while (c0 > 0 && ReferenceEquals(_cells[row, c0 - 1], cell))
        {
            c0--;
        }

        var c1 = column;
        while (c1 + 1 < ColumnCount && ReferenceEquals(_cells[row, c1 + 1], cell))
        {
            c1++;
        }

        return (c0, c1);
    }

    /// <summary>The columns of the nearest spanning cell above <paramref name="row"/> that covers <paramref name="column"/>, if any.</summary>
    public (int C0, int C1)? ParentSpan(int row, int column)
    {
        for (var r = row - 1; r >= 0; r--)
        {
            if (_cells[r, column] is null)
            {
                continue;
            }

            var (c0, c1) = SpanAt(r, column);
            return c1 > c0 ? (c0, c1) : null;
        }

        return null;
    }

    /// <summary>The distinct cells of row <paramref name="row"/> over the value columns, as column ranges, left to right.</summary>
    public List<(int C0, int C1)> ValueCells(int row)
    {
        var cells = new List<(int C0, int C1)>();
        for (var c = Columns.FirstValueColumn; c < ColumnCount; c++)
        {
            if (_cells[row, c] is { } cell && (cells.Count == 0 || !ReferenceEquals(_cells[row, cells[cells.Count - 1].C0], cell)))
            {
                var c1 = c;
                while (c1 + 1 < ColumnCount && ReferenceEquals(_cells[row, c1 + 1], cell))
                {
                    c1++;
                }

                cells.Add((c, c1));
            }
        }

        return cells;
    }

    /// <summary>True when row <paramref name="row"/> has a cell over any value column.</summary>
    public bool HasValueCell(int row)
    {
        for (var c = Columns.FirstValueColumn; c < ColumnCount; c++)
        {
            if (_cells[row, c] is not null)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Gives every position without a cell an empty one.</summary>
    public void FillEmpty()
    {
        for (var r = 0; r < RowCount; r++)
        {
            for (var c = 0; c < ColumnCount; c++)
            {
                if (_cells[r, c] is null)
                {
                    Place(r, c, c);
                }
            }
        }
    }
}
