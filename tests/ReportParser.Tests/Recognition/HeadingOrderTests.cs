using System.Collections.Immutable;
using System.Linq;
using ReportParser.Diagnostics;
using ReportParser.Documents;
using ReportParser.Fixtures;
using ReportParser.Model;
using ReportParser.Tests.Infrastructure;

namespace ReportParser.Tests.Recognition;

/// <summary>
/// Issue 12 item 5: a 2019 表二 whose header spans disagree with its data rows (上海 2019, HTML): under
/// <c>上一年项目数量 | 本年增/减 (colspan 2) | 处理决定数量</c> the rows print <c>v (colspan 2) | v | v</c>. A person reads three
/// values for three headings; the grid position alone put two headings on the first value and dropped 本年增/减.
/// </summary>
public sealed class HeadingOrderTests
{
    private static ReportSpec Disagreeing() =>
        SampleReports.Balanced2019() with { Variations = Variations.None with { DisclosureSpansDisagree = true } };

    private static CellValue Cell(CheckResult result, string key) =>
        result.Report.Tables.SelectMany(t => t.Cells).Single(c => c.Key == key);

    [Fact]
    public void Values_under_headings_whose_spans_disagree_are_matched_in_order_when_the_counts_agree()
    {
        var result = Check.Spec(Disagreeing());

        Cell(result, "T2.R.license|T2.C.prev_year_items").Raw.Should().Be("40");
        Cell(result, "T2.R.license|T2.C.change").Raw.Should().Be("-2");
        Cell(result, "T2.R.license|T2.C.decisions").Raw.Should().Be("120");
        Cell(result, "T2.R.other_admin_service|T2.C.change").Raw.Should().Be("+1");
        Cell(result, "T2.R.penalty|T2.C.decisions").Raw.Should().Be("35");
        Cell(result, "T2.R.coercion|T2.C.prev_year_items").Raw.Should().Be("5");
        result.Report.ActiveDisclosure!.Cells.Should().OnlyContain(c => c.State == CellState.Read);

        // One RP0207 per row read in order (the four rows of 第二十条第（五）/（六）项), nothing else.
        result.Diagnostics.Where(d => d.Id == DiagnosticIds.ValuesReadInRowOrder).Select(d => d.Location.Row)
            .Should().Equal("T2.R.license", "T2.R.other_admin_service", "T2.R.penalty", "T2.R.coercion");
        result.Diagnostics.Where(d => d.Id != DiagnosticIds.ValuesReadInRowOrder).Should().BeEmpty();
    }

    [Fact]
    public void RP0215_when_the_spans_disagree_and_the_counts_differ_and_no_value_is_guessed()
    {
        // 行政许可 loses its 本年增/减 cell: two value cells (40 over two columns, 120) under three headings.
        var document = SourceDocumentWriter.Write(Disagreeing());
        var table = document.Blocks.OfType<TableBlock>().First(t => t.Cells.Any(c => c.Text == "行政许可"));
        var row = table.Cells.Single(c => c.Text == "行政许可").Row;
        var trimmed = new TableBlock(table.RowCount, table.ColumnCount, table.Cells.Where(c => !(c.Row == row && c.Text == "-2")), table.Provenance);
        document = document with { Blocks = document.Blocks.Select(b => ReferenceEquals(b, table) ? trimmed : b).ToImmutableArray() };

        var result = ReportChecker.Default.Check(document);

        var misaligned = result.Diagnostics.Should().ContainSingle(d => d.Id == DiagnosticIds.RowCellsMisaligned).Subject;
        misaligned.Arguments.Should().Equal("表二", "行政许可", 2, 3);
        misaligned.Location.Row.Should().Be("T2.R.license");
        misaligned.Severity.Should().Be(DiagnosticSeverity.Warning);

        // Position alone would read 40 as 上一年项目数量: it is reported, not read; the other rows still match in order.
        Cell(result, "T2.R.license|T2.C.prev_year_items").State.Should().Be(CellState.Ambiguous);
        Cell(result, "T2.R.license|T2.C.prev_year_items").Raw.Should().Be("40");
        Cell(result, "T2.R.license|T2.C.decisions").State.Should().Be(CellState.Ambiguous);
        Cell(result, "T2.R.license|T2.C.change").State.Should().Be(CellState.NotFound);
        Cell(result, "T2.R.other_admin_service|T2.C.change").State.Should().Be(CellState.Read);
        Cell(result, "T2.R.other_admin_service|T2.C.change").Raw.Should().Be("+1");
        result.Ids().Should().Contain(DiagnosticIds.CellsReadUncertainly).And.Contain(DiagnosticIds.CellsNotFound);
        result.Errors().Should().BeEmpty();
    }

    [Fact]
    public void Rows_whose_cells_line_up_with_the_headings_are_read_by_position_without_a_note()
    {
        var result = Check.Spec(SampleReports.Balanced2019());

        result.Report.ActiveDisclosure!.Cells.Should().OnlyContain(c => c.State == CellState.Read);
        result.Ids().Should().NotContain(DiagnosticIds.ValuesReadInRowOrder).And.NotContain(DiagnosticIds.RowCellsMisaligned);
    }
}
