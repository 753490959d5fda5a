using System.Collections.Generic;
using System.Linq;
using ReportParser.Documents;

namespace ReportParser.Recognition;

/// <summary>A table with each cell's matching form (<see cref="TextNormalizer.ForMatching"/>) computed once.</summary>
internal sealed class TableView
{
    private readonly Dictionary<GridCell, string> _normalized = new(CellIdentity.Instance);

    public TableView(TableBlock table, int blockIndex)
    {
        Table = table;
        BlockIndex = blockIndex;
        foreach (var cell in table.Cells)
        {
            _normalized[cell] = TextNormalizer.ForMatching(cell.Text);
        }

        AllText = string.Concat(table.Cells.Select(c => _normalized[c]));
    }

    public TableBlock Table { get; }

    public int BlockIndex { get; }

    /// <summary>All cell texts, normalised and concatenated (for classification).</summary>
    public string AllText { get; }

    public string Norm(GridCell cell) => _normalized.TryGetValue(cell, out var text) ? text : TextNormalizer.ForMatching(cell.Text);

    /// <summary>The normalised label with its list marker removed (<c>（一）予以公开</c> → <c>予以公开</c>).</summary>
    public string Core(GridCell cell) => TextNormalizer.StripOrdinal(Norm(cell));

    /// <summary>The cell's own provenance, or the table's when the cell has no location of its own (keeping the cell's reading method).</summary>
    public BlockProvenance ProvenanceOf(GridCell cell)
    {
        var own = cell.Provenance;
        if (own.Page is not null || own.Path is not null || own.Line is not null)
        {
            return own.Method is null && Table.Provenance.Method is { } method ? own with { Method = method } : own;
        }

        return own.Method is { } cellMethod ? Table.Provenance with { Method = cellMethod } : Table.Provenance;
    }

    private sealed class CellIdentity : IEqualityComparer<GridCell>
    {
        public static readonly CellIdentity Instance = new();

        public bool Equals(GridCell? x, GridCell? y) => ReferenceEquals(x, y);

        public int GetHashCode(GridCell obj) => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj);
    }
}
