using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using ReportParser.Documents;
using ReportParser.Spec;

namespace ReportParser.Recognition;

/// <summary>
/// 表四 printed as one small table per block — a converter's <c>### 行政复议</c>, <c>### 行政诉讼（未经复议直接起诉）</c>,
/// <c>### 行政诉讼（复议后起诉）</c>, each heading over a table of the five results — set side by side into one grid
/// whose first row is the headings, so <see cref="ReviewTableRecognizer"/> assigns each result to the block its heading
/// names, as it does under a printed group header. Only when every part is a run of consecutive tables, each directly
/// under a heading that names one block and none printing a block label of its own, the blocks distinct and the parts
/// of equal height.
/// </summary>
internal static class ReviewBlockTables
{
    public static (TableView Joined, List<TableView> Parts)? Join(IReadOnlyList<TableView> tables, TableView first, ImmutableArray<Block> blocks)
    {
        var start = -1;
        for (var i = 0; i < tables.Count; i++)
        {
            if (ReferenceEquals(tables[i], first))
            {
                start = i;
            }
        }

        var parts = new List<(TableView View, ParagraphBlock Heading)>();
        var seen = new HashSet<string>(System.StringComparer.Ordinal);
        for (var i = start; i >= 0 && i < tables.Count && parts.Count < StandardTables.ReviewBlocks.Length; i++)
        {
            var view = tables[i];
            var adjacent = parts.Count == 0 || view.BlockIndex == parts[parts.Count - 1].View.BlockIndex + 2;
            if (!adjacent || Heading(view, blocks) is not { } heading || !seen.Add(heading.Block) || NamesABlock(view)
                || (parts.Count > 0 && view.Table.RowCount != parts[0].View.Table.RowCount))
            {
                break;
            }

            parts.Add((view, heading.Paragraph));
        }

        return parts.Count < 2 ? null : (new TableView(SideBySide(parts), first.BlockIndex), parts.Select(p => p.View).ToList());
    }

    private static (string Block, ParagraphBlock Paragraph)? Heading(TableView view, ImmutableArray<Block> blocks) =>
        view.BlockIndex > 0 && blocks[view.BlockIndex - 1] is ParagraphBlock paragraph && !paragraph.Text.Contains('\n')
            && ReviewTableRecognizer.BlockNamedBy(LabelText.ForMatching(paragraph.Text)) is { } block
            ? (block, paragraph)
            : null;

    /// <summary>True when the table prints a block label itself (then its own header decides).</summary>
    private static bool NamesABlock(TableView view) =>
        view.Table.Cells.Any(c => ReviewTableRecognizer.BlockNamedBy(view.Norm(c)) is not null);

    private static TableBlock SideBySide(List<(TableView View, ParagraphBlock Heading)> parts)
    {
        var cells = new List<GridCell>();
        var offset = 0;
        foreach (var (view, heading) in parts)
        {
            var width = view.Table.ColumnCount;
            cells.Add(new GridCell { Row = 0, Column = offset, ColumnSpan = width, Text = heading.Text, Provenance = heading.Provenance });
            cells.AddRange(view.Table.Cells.Select(c => c with { Row = c.Row + 1, Column = c.Column + offset }));
            offset += width;
        }

        return new TableBlock(parts[0].View.Table.RowCount + 1, offset, cells, parts[0].View.Table.Provenance);
    }
}
