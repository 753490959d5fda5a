using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ReportParser.Documents;
using ReportParser.Recognition;

namespace ReportParser.Tests.Recognition;

/// <summary>Grids rebuilt from PDFs without ruling lines: an empty cell before a label, a group label that does not reach over all its leaves.</summary>
public sealed class RebuiltGridRecognitionTests
{
    private static GridCell Cell(int row, int column, string text, int columnSpan = 1) =>
        new() { Row = row, Column = column, Text = text, ColumnSpan = columnSpan };

    [Fact]
    public void Table_two_row_label_after_an_empty_cell_is_still_the_label()
    {
        var cells = new List<GridCell>
        {
            Cell(0, 0, ""), Cell(0, 1, "信息内容"), Cell(0, 2, "本年制发件数"), Cell(0, 3, "本年废止件数"), Cell(0, 4, "现行有效件数"),
            Cell(1, 0, ""), Cell(1, 1, "规章"), Cell(1, 2, "1"), Cell(1, 3, "0"), Cell(1, 4, "11"),
        };
        var context = new RecognitionContext("t.pdf");

        var (table, _) = DisclosureTableRecognizer.Recognize([new TableView(new TableBlock(2, 5, cells, BlockProvenance.None), 0)], context);

        table.Cells.Where(c => c.RowId == "T2.R.regulation").Select(c => c.Text).Should().Equal("1", "0", "11");
    }

    [Fact]
    public void Table_four_leaf_without_its_group_label_above_is_placed_by_the_template_order_when_only_one_fits()
    {
        // 未经复议直接起诉 reaches over columns 6–9 only: the 结果维持 of column 5 has no group label above it.
        var cells = new List<GridCell>
        {
            Cell(0, 0, "行政复议", columnSpan: 5), Cell(0, 5, "行政诉讼", columnSpan: 10),
            Cell(1, 6, "未经复议直接起诉", columnSpan: 4), Cell(1, 10, "复议后起诉", columnSpan: 5),
        };
        string[] leaves = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"];
        for (var c = 0; c < 15; c++)
        {
            cells.Add(Cell(2, c, leaves[c % 5]));
            cells.Add(Cell(3, c, (c + 1).ToString(CultureInfo.InvariantCulture)));
        }

        for (var c = 0; c <= 5; c++)
        {
            cells.Add(Cell(1, c, ""));
        }

        var context = new RecognitionContext("t.pdf");
        var table = ReviewTableRecognizer.Recognize(new TableView(new TableBlock(4, 15, cells, BlockProvenance.None), 0), context);

        table.Cells.Single(c => c.ColumnId == "T4.C.lit_direct.upheld").Text.Should().Be("6");
        table.Cells.Single(c => c.ColumnId == "T4.C.lit_direct.total").Text.Should().Be("10");
        table.Cells.Single(c => c.ColumnId == "T4.C.review.total").Text.Should().Be("5");
        context.Diagnostics.Count.Should().Be(0);
    }
}
