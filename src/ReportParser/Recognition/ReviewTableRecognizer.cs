using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using ReportParser.Diagnostics;
using ReportParser.Documents;
using ReportParser.Spec;

namespace ReportParser.Recognition;

/// <summary>
/// Locates 表四's 15 value cells: each leaf header (结果维持 … 总计) is assigned to its block (行政复议, 未经复议直接起诉,
/// 复议后起诉) by the group headers above it; the values are in the first row below the header.
/// </summary>
internal static class ReviewTableRecognizer
{
    private static readonly StandardTable Review = StandardTable.Review;

    public static RecognizedTable Recognize(TableView view, RecognitionContext context)
    {
        var table = view.Table;
        var candidates = new Dictionary<string, List<(GridCell Cell, GridCell Last)>>(StringComparer.Ordinal);
        var orphans = new List<(int Result, GridCell Cell, GridCell Last)>();
        foreach (var cell in table.Cells)
        {
            var (core, last) = LeafLabel(view, cell);
            var result = StandardTables.ReviewResultLabels.IndexOf(core == "合计" ? "总计" : core);
            if (result < 0)
            {
                continue;
            }

            var block = BlockOf(view, cell);
            if (block is null)
            {
                orphans.Add((result, cell, last));
                continue;
            }

            var id = StandardTables.ReviewColumnId(block, StandardTables.ReviewResults[result]);
            if (!candidates.TryGetValue(id, out var list))
            {
                candidates[id] = list = [];
            }

            list.Add((cell, last));
        }

        // Within a block the five results stand left to right in the template's order: of several candidates the
        // leftmost that keeps that order is the one, and one out of order belongs to no block (a group label read
        // over the wrong columns must not move a value to another block).
        var leaves = new Dictionary<string, GridCell>(StringComparer.Ordinal);
        var headerBottom = 0;
        foreach (var block in StandardTables.ReviewBlocks)
        {
            var previous = -1;
            foreach (var result in StandardTables.ReviewResults)
            {
                var id = StandardTables.ReviewColumnId(block, result);
                if (!candidates.TryGetValue(id, out var list))
                {
                    continue;
                }

                var pick = list.Where(c => c.Cell.Column > previous).OrderBy(c => c.Cell.Column).ThenBy(c => c.Cell.Row).FirstOrDefault();
                if (pick.Cell is null)
                {
                    continue;
                }

                leaves[id] = pick.Cell;
                headerBottom = Math.Max(headerBottom, pick.Last.Row + pick.Last.RowSpan);
                previous = pick.Cell.Column;
            }
        }

        // A leaf whose group label was not found above it (a borderless table whose group label did not reach over
        // it) still belongs to a block when it stands exactly where that block's missing result must stand: after
        // the results found before it and before the ones found after it, and it is the only such leaf.
        var order = StandardTables.ReviewBlocks.SelectMany(b => StandardTables.ReviewResults.Select(r => StandardTables.ReviewColumnId(b, r))).ToList();
        for (var index = 0; index < order.Count; index++)
        {
            if (leaves.ContainsKey(order[index]))
            {
                continue;
            }

            var lower = order.Take(index).Where(leaves.ContainsKey).Select(id => leaves[id].Column).DefaultIfEmpty(-1).Max();
            var upper = order.Skip(index + 1).Where(leaves.ContainsKey).Select(id => leaves[id].Column).DefaultIfEmpty(int.MaxValue).Min();
            var result = index % StandardTables.ReviewResults.Length;
            var fits = orphans.Where(o => o.Result == result && o.Cell.Column > lower && o.Cell.Column < upper).ToList();
            if (fits.Count == 1 && lower >= 0 && upper < int.MaxValue)
            {
                leaves[order[index]] = fits[0].Cell;
                headerBottom = Math.Max(headerBottom, fits[0].Last.Row + fits[0].Last.RowSpan);
            }
        }

        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var pair in leaves)
        {
            columns[pair.Key] = pair.Value.Column;
        }

        var byPosition = false;
        if (columns.Count == 0 && table.ColumnCount >= StandardTables.ReviewColumns.Length && ClippedTables.Edges(table) is null)
        {
            byPosition = true;
            // No recognisable leaf headers: the last 15 columns of the last row, and say so.
            var offset = table.ColumnCount - StandardTables.ReviewColumns.Length;
            for (var i = 0; i < StandardTables.ReviewColumns.Length; i++)
            {
                columns[StandardTables.ReviewColumns[i].Id] = offset + i;
            }

            headerBottom = table.RowCount - 1;
            context.Diagnostics.Add(Descriptors.TableLayoutUnrecognized, context.Location(table.Provenance, Review.Id), Review.Name, StandardTables.ReviewColumns.Length);
        }

        ClippedTables.ReportAbsentColumns(context, table, Review, StandardTables.ReviewColumns.Where(s => !columns.ContainsKey(s.Id)).ToList());

        // The data row: the first row under the header where a value column has a cell of its own.
        var dataRow = -1;
        for (var r = headerBottom; r < table.RowCount && dataRow < 0; r++)
        {
            if (columns.Values.Any(c => table.GetCell(r, c) is { } cell && cell.Row == r))
            {
                dataRow = r;
            }
        }

        var cells = ImmutableArray.CreateBuilder<RecognizedCell>();
        if (dataRow < 0)
        {
            context.Diagnostics.Add(Descriptors.RowNotFound, context.Location(table.Provenance, Review.Id, StandardTables.ReviewRowId), Review.Name, StandardTables.ReviewRowLabel, StandardTables.ReviewRowId);
        }
        else
        {
            var seen = new HashSet<GridCell>();
            var unknownColumns = byPosition && !PositionalRead.Fits(view, dataRow, table.ColumnCount - StandardTables.ReviewColumns.Length, StandardTables.ReviewColumns.Length);
            foreach (var spec in StandardTables.ReviewColumns)
            {
                if (!columns.TryGetValue(spec.Id, out var column))
                {
                    continue;
                }

                var cell = table.GetCell(dataRow, column);
                var ok = cell is not null && cell.Row == dataRow && seen.Add(cell);
                var recognized = RecognizedCell.Of(StandardTables.ReviewRowId, spec.Id, ok ? cell : null, view);
                cells.Add(unknownColumns ? recognized.AsAmbiguous(PositionalRead.ColumnUnknown) : recognized);
            }
        }

        return new RecognizedTable(Review.Id, table.Provenance, cells.ToImmutable(), ImmutableDictionary<string, string>.Empty);
    }

    /// <summary>
    /// A leaf header's label: the cell's own text, or, when that is only the start of a label (结果 of 结果维持: a PDF
    /// row split by a page break), joined with the cells stacked directly below it in the same column.
    /// </summary>
    private static (string Core, GridCell Last) LeafLabel(TableView view, GridCell cell)
    {
        var core = view.Core(cell);
        var last = cell;
        while (core.Length > 0 && !StandardTables.ReviewResultLabels.Contains(core)
            && StandardTables.ReviewResultLabels.Any(l => l.StartsWith(core, StringComparison.Ordinal))
            && view.Table.GetCell(last.Row + last.RowSpan, cell.Column) is { } below
            && below.Column == cell.Column && below.ColumnSpan == cell.ColumnSpan && below.Row == last.Row + last.RowSpan)
        {
            var joined = core + view.Core(below);
            if (!StandardTables.ReviewResultLabels.Any(l => l.StartsWith(joined, StringComparison.Ordinal)))
            {
                break;
            }

            core = joined;
            last = below;
        }

        return (core, last);
    }

    /// <summary>
    /// The text of the nearest non-empty cell left of an empty one in the same row: a group header flattened into
    /// its first slot with empty slots after it (a text conversion: tab-separated lines) covers those slots. Grids
    /// with cell geometry or markup keep their spans, so this applies to text cells only.
    /// </summary>
    private static string NearestTextOnTheLeft(TableView view, GridCell empty)
    {
        for (var c = empty.Column - 1; c >= 0; c--)
        {
            if (view.Table.GetCell(empty.Row, c) is { } cell && view.Norm(cell).Length > 0)
            {
                return view.Norm(cell);
            }
        }

        return string.Empty;
    }

    /// <summary>The block of a leaf header, from the group headers printed above it in the same column.</summary>
    private static string? BlockOf(TableView view, GridCell leaf)
    {
        var above = new List<string>();
        for (var r = leaf.Row - 1; r >= 0; r--)
        {
            var cell = view.Table.GetCell(r, leaf.Column);
            if (cell is not null && !ReferenceEquals(cell, leaf))
            {
                above.Add(view.Norm(cell).Length > 0 || cell.Provenance.Method != ReadingMethod.Text ? view.Norm(cell) : NearestTextOnTheLeft(view, cell));
            }
        }

        return BlockOfTexts(above);
    }

    /// <summary>The block a heading (normalised) names: 复议后起诉, 未经复议直接起诉, 行政复议 — or null.</summary>
    public static string? BlockNamedBy(string text) => BlockOfTexts([text]);

    private static string? BlockOfTexts(List<string> above) =>
        above.Any(t => t.Contains("复议后起诉")) ? "lit_after_review"
            : above.Any(t => t.Contains("直接起诉") || t.Contains("未经复议")) ? "lit_direct"
            : above.Any(t => t.Contains("行政复议")) ? "review"
            : null;
}
