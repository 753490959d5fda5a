using System;
using System.Collections.Immutable;
using System.Linq;
using ReportParser.Documents;

namespace ReportParser.Tests.Infrastructure;

/// <summary>Edits of an in-memory document's table grids: what a reader would give for a lost label or a doubtful digit.</summary>
public static class Grids
{
    /// <summary>The document with every grid cell that <paramref name="pick"/> selects replaced by <paramref name="change"/>'s result.</summary>
    public static SourceDocument Change(this SourceDocument document, Func<GridCell, bool> pick, Func<GridCell, GridCell> change) =>
        document.Change(_ => true, pick, change);

    /// <summary>As <see cref="Change(SourceDocument, Func{GridCell, bool}, Func{GridCell, GridCell})"/>, in the tables <paramref name="inTable"/> selects only.</summary>
    public static SourceDocument Change(this SourceDocument document, Func<TableBlock, bool> inTable, Func<GridCell, bool> pick, Func<GridCell, GridCell> change)
    {
        var blocks = document.Blocks.Select(block => block is TableBlock table && inTable(table) && table.Cells.Any(pick)
            ? new TableBlock(table.RowCount, table.ColumnCount, table.Cells.Select(c => pick(c) ? change(c) : c), table.Provenance)
            : block);
        return document with { Blocks = blocks.ToImmutableArray() };
    }

    /// <summary>The document with the label cell containing <paramref name="labelPart"/> relabelled (a label the recognizer cannot match).</summary>
    public static SourceDocument Relabel(this SourceDocument document, string labelPart, string text) =>
        document.Change(c => c.Text.Contains(labelPart, StringComparison.Ordinal), c => c with { Text = text });

    /// <summary>
    /// The document with one value cell changed: in the grid row whose label contains <paramref name="labelPart"/>, the
    /// cell <paramref name="fromEnd"/> positions from the right (0 = the last column, 总计 in 表三).
    /// </summary>
    public static SourceDocument ChangeValue(this SourceDocument document, string labelPart, int fromEnd, Func<GridCell, GridCell> change)
    {
        var table = document.Blocks.OfType<TableBlock>().First(t => t.Cells.Any(c => c.Text.Contains(labelPart, StringComparison.Ordinal)));
        var row = table.Cells.First(c => c.Text.Contains(labelPart, StringComparison.Ordinal)).Row;
        var cells = table.GetRow(row).Where(c => c.Row == row).Distinct().OrderBy(c => c.Column).ToList();
        var target = cells[cells.Count - 1 - fromEnd];
        return document.Change(c => ReferenceEquals(c, target), change);
    }
}
