using System.Collections.Generic;
using System.Linq;
using ReportParser.Documents;
using ReportParser.Recognition;

namespace ReportParser.Tests.Recognition;

/// <summary>
/// Header labels broken over two stacked cells, as a PDF prints them when the page break cuts a header row in two
/// (商业 / 企业, 结果 / 维持): the grid is right, and the recognizer reads the label down its column.
/// </summary>
public sealed class SplitHeaderTests
{
    private static GridCell Cell(int row, int column, string text, int rowSpan = 1, int columnSpan = 1) =>
        new() { Row = row, Column = column, Text = text, RowSpan = rowSpan, ColumnSpan = columnSpan };

    [Fact]
    public void Table_four_leaf_labels_split_over_two_rows_are_read_as_one_label()
    {
        var cells = new List<GridCell>
        {
            Cell(0, 0, "行政复议", columnSpan: 5), Cell(0, 5, "行政诉讼", columnSpan: 10),
            Cell(1, 5, "未经复议直接起诉", columnSpan: 5), Cell(1, 10, "复议后起诉", columnSpan: 5),
        };
        string[] tops = ["结果", "结果", "其他", "尚未", "总计"];
        string[] bottoms = ["维持", "纠正", "结果", "审结", ""];
        for (var c = 0; c < 5; c++)
        {
            cells.Add(Cell(1, c, tops[c] + bottoms[c], rowSpan: 3));
            cells.Add(Cell(2, 5 + c, tops[c]));
            cells.Add(Cell(3, 5 + c, bottoms[c]));
            cells.Add(Cell(2, 10 + c, tops[c]));
            cells.Add(Cell(3, 10 + c, bottoms[c]));
        }

        for (var c = 0; c < 15; c++)
        {
            cells.Add(Cell(4, c, (c + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        var context = new RecognitionContext("t.pdf");
        var table = ReviewTableRecognizer.Recognize(new TableView(new TableBlock(5, 15, cells, BlockProvenance.None), 0), context);

        context.Diagnostics.Count.Should().Be(0);
        table.Cells.Should().HaveCount(15);
        table.Cells.Single(c => c.ColumnId == "T4.C.lit_direct.upheld").Text.Should().Be("6");
        table.Cells.Single(c => c.ColumnId == "T4.C.lit_direct.total").Text.Should().Be("10");
        table.Cells.Single(c => c.ColumnId == "T4.C.lit_after_review.pending").Text.Should().Be("14");
    }

    [Fact]
    public void Table_three_column_labels_split_over_two_rows_are_read_down_their_column()
    {
        var cells = new List<GridCell>
        {
            Cell(0, 0, "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", rowSpan: 4, columnSpan: 2),
            Cell(0, 2, "申请人情况", columnSpan: 7),
            Cell(1, 2, "自然人", rowSpan: 3), Cell(1, 3, "法人或其他组织", columnSpan: 5), Cell(1, 8, "总计", rowSpan: 3),
        };
        string[] tops = ["商业", "科研", "社会公", "法律服", "其"];
        string[] bottoms = ["企业", "机构", "益组织", "务机构", "他"];
        for (var c = 0; c < 5; c++)
        {
            cells.Add(Cell(2, 3 + c, tops[c]));
            cells.Add(Cell(3, 3 + c, bottoms[c]));
        }

        cells.Add(Cell(4, 0, "一、本年新收政府信息公开申请数量", columnSpan: 2));
        for (var c = 2; c < 9; c++)
        {
            cells.Add(Cell(4, c, (c * 10).ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        var context = new RecognitionContext("t.pdf");
        var (table, _) = new ApplicationTableRecognizer(context).Recognize([new TableView(new TableBlock(5, 9, cells, BlockProvenance.None), 0)]);

        context.Diagnostics.ToSortedArray().Where(d => d.Id == "RP0206" || d.Id == "RP0204").Should().BeEmpty();
        var received = table.Cells.Where(c => c.RowId == "T3.R1").ToDictionary(c => c.ColumnId, c => c.Text);
        received["T3.C.commercial"].Should().Be("30");
        received["T3.C.legal_service"].Should().Be("60");
        received["T3.C.other"].Should().Be("70");
        received["T3.C.total"].Should().Be("80");
    }
}
