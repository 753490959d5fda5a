using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace ReportParser.Documents;

/// <summary>
/// A table as a grid with row and column spans resolved. Every grid position is covered by at most one
/// <see cref="GridCell"/>; positions no cell covers (ragged rows) are holes.
/// </summary>
public sealed class TableBlock : Block
{
    /// <summary>The largest grid (rows × columns) a table may have.</summary>
    public const int MaxGridPositions = 1_000_000;

    private readonly int[] _lookup;

    /// <summary>Creates a table grid.</summary>
    /// <param name="rowCount">Number of grid rows.</param>
    /// <param name="columnCount">Number of grid columns.</param>
    /// <param name="cells">The cells, each at its top-left position with its spans.</param>
    /// <param name="provenance">Where the table came from.</param>
    /// <exception cref="ArgumentException">A cell lies outside the grid or overlaps another cell.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The grid is larger than <see cref="MaxGridPositions"/>.</exception>
    public TableBlock(int rowCount, int columnCount, IEnumerable<GridCell> cells, BlockProvenance provenance)
        : base(provenance)
    {
        Guard.NotNull(cells, nameof(cells));
        if (rowCount < 0 || columnCount < 0 || (long)rowCount * columnCount > MaxGridPositions)
        {
            throw new ArgumentOutOfRangeException(nameof(rowCount), "The grid must have a non-negative size of at most " + MaxGridPositions + " positions.");
        }

        RowCount = rowCount;
        ColumnCount = columnCount;
        Cells = cells.OrderBy(c => c.Row).ThenBy(c => c.Column).ToImmutableArray();
        _lookup = new int[rowCount * columnCount];
        for (var i = 0; i < _lookup.Length; i++)
        {
            _lookup[i] = -1;
        }

        for (var index = 0; index < Cells.Length; index++)
        {
            var cell = Cells[index];
            if (cell.RowSpan < 1 || cell.ColumnSpan < 1 || cell.Row < 0 || cell.Column < 0
                || cell.Row + cell.RowSpan > rowCount || cell.Column + cell.ColumnSpan > columnCount)
            {
                throw new ArgumentException($"Cell at ({cell.Row},{cell.Column}) with span {cell.RowSpan}x{cell.ColumnSpan} lies outside the {rowCount}x{columnCount} grid.", nameof(cells));
            }

            for (var r = cell.Row; r < cell.Row + cell.RowSpan; r++)
            {
                for (var c = cell.Column; c < cell.Column + cell.ColumnSpan; c++)
                {
                    ref var slot = ref _lookup[(r * columnCount) + c];
                    if (slot != -1)
                    {
                        throw new ArgumentException($"Cells overlap at grid position ({r},{c}).", nameof(cells));
                    }

                    slot = index;
                }
            }
        }
    }

    /// <summary>Number of grid rows.</summary>
    public int RowCount { get; }

    /// <summary>Number of grid columns.</summary>
    public int ColumnCount { get; }

    /// <summary>The cells in row-major order of their top-left corners.</summary>
    public ImmutableArray<GridCell> Cells { get; }

    /// <summary>The cell covering grid position (<paramref name="row"/>, <paramref name="column"/>), or null for a hole or a position outside the grid.</summary>
    /// <param name="row">0-based grid row.</param>
    /// <param name="column">0-based grid column.</param>
    public GridCell? GetCell(int row, int column)
    {
        if (row < 0 || column < 0 || row >= RowCount || column >= ColumnCount)
        {
            return null;
        }

        var index = _lookup[(row * ColumnCount) + column];
        return index < 0 ? null : Cells[index];
    }

    /// <summary>The distinct cells that start in or cover grid row <paramref name="row"/>, left to right.</summary>
    /// <param name="row">0-based grid row.</param>
    public IReadOnlyList<GridCell> GetRow(int row)
    {
        var result = new List<GridCell>();
        GridCell? previous = null;
        for (var c = 0; c < ColumnCount; c++)
        {
            var cell = GetCell(row, c);
            if (cell is not null && !ReferenceEquals(cell, previous))
            {
                result.Add(cell);
                previous = cell;
            }
        }

        return result;
    }
}
