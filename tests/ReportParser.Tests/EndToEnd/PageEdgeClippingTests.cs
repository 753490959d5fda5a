using System.Linq;
using ReportParser.Diagnostics;
using ReportParser.Documents;
using ReportParser.Fixtures;
using ReportParser.Model;
using ReportParser.Tests.Infrastructure;

namespace ReportParser.Tests.EndToEnd;

/// <summary>
/// A table wider than the page (issue 12): LibreOffice prints 表三 of docx/wide_applications_table.docx (aligned left,
/// 1100-twip value columns) cut at the right page edge — 其他 and 总计 are not on the page. The reader says the table is
/// cut (RP0135) and marks the cells at the cut as clipped; recognition names the columns absent (RP0216) and reads
/// every column that is on the page; nothing is assigned to a column by guess.
/// </summary>
public sealed class PageEdgeClippingTests
{
    private const string Clipped = "pdf/wide_table_clipped.libreoffice.pdf";

    [Fact]
    public void RP0135_is_reported_when_a_table_runs_past_the_right_page_edge()
    {
        var document = ReportChecker.Default.Read(System.IO.File.OpenRead(RepositoryPaths.Fixture(Clipped)), SourceFormat.Pdf, Clipped);

        var finding = document.Diagnostics.Should().ContainSingle(d => d.Id == DiagnosticIds.TableCutByPageEdge).Subject;
        finding.Arguments.Should().Equal(1, "right");
        finding.GetMessage(System.Globalization.CultureInfo.GetCultureInfo("zh-CN")).Should().StartWith("第 1 页的表格超出页面边缘（右侧），被截断");
        finding.Location.Page.Should().Be(1);
        var table = document.Blocks.OfType<TableBlock>().Single(t => t.RowCount > 20);
        var lastColumn = Enumerable.Range(0, table.RowCount).Select(r => table.GetCell(r, table.ColumnCount - 1)).OfType<GridCell>().ToList();
        lastColumn.Should().NotBeEmpty().And.OnlyContain(c => c.Reading == CellReading.Clipped && c.ReadingNote == "cut by the right page edge");
        table.GetCell(0, 0)!.Reading.Should().Be(CellReading.Certain, "the left edge is on the page");
    }

    [Fact]
    public void RP0216_names_the_columns_cut_off_and_the_columns_on_the_page_are_read()
    {
        var result = CheckedDocuments.Fixture(Clipped);

        var finding = result.Diagnostics.Should().ContainSingle(d => d.Id == DiagnosticIds.TableClippedColumnsAbsent).Subject;
        finding.Arguments.Should().Equal("表三", "right", "其他、总计");
        finding.Severity.Should().Be(DiagnosticSeverity.Warning);
        result.Diagnostics.Should().NotContain(d => d.Id == DiagnosticIds.ColumnNotFound || d.Id == DiagnosticIds.TableLayoutUnrecognized);
        var applications = result.Report.Applications!;
        applications.Find("T3.R1", "T3.C.natural_person")!.Raw.Should().Be("13");
        applications.Find("T3.R1", "T3.C.legal_service")!.Raw.Should().Be("1");
        applications.Find("T3.R3.7", "T3.C.natural_person")!.Raw.Should().Be("12");
        applications.Cells.Where(c => c.State == CellState.Read).Should().HaveCount(25 * 5)
            .And.NotContain(c => c.ColumnId == "T3.C.other" || c.ColumnId == "T3.C.total");
        applications.Cells.Where(c => c.ColumnId == "T3.C.other" || c.ColumnId == "T3.C.total").Should().OnlyContain(c => c.State == CellState.NotFound);
        result.Diagnostics.Single(d => d.Id == DiagnosticIds.CellsNotFound).Cells.Should().HaveCount(50)
            .And.OnlyContain(c => c.EndsWith("|T3.C.other") || c.EndsWith("|T3.C.total"));
        result.Errors().Should().BeEmpty();
    }

    [Fact]
    public void No_other_pdf_fixture_is_read_as_cut_by_the_page_edge()
    {
        var pdfs = FixtureCatalog.All.Where(f => f.Format == "pdf" && !f.Path.Contains("wide_table_clipped")).Select(f => f.Path).ToList();

        pdfs.Should().HaveCountGreaterThan(25);
        pdfs.Where(p => CheckedDocuments.Fixture(p).Diagnostics.Any(d => d.Id is DiagnosticIds.TableCutByPageEdge or DiagnosticIds.TableClippedColumnsAbsent))
            .Should().BeEmpty();
    }

    [Fact]
    public void RP0216_for_a_table_cut_at_both_edges_and_the_rows_whose_labels_are_cut_are_not_placed()
    {
        // Centred and far wider than the page: the left label columns (一、…, 二、…, （一）, （二）, （七）, 四、…) and 其他/总计
        // are off the page. Sub-rows whose labels are on the page (1.属于国家秘密 …) are read; the rest is reported.
        var result = CheckedDocuments.Fixture("pdf/wide_table_clipped_both.libreoffice.pdf");

        var finding = result.Diagnostics.Should().ContainSingle(d => d.Id == DiagnosticIds.TableClippedColumnsAbsent).Subject;
        finding.Arguments.Should().Equal("表三", "left, right", "其他、总计");
        finding.GetMessage(System.Globalization.CultureInfo.GetCultureInfo("zh-CN")).Should().StartWith("表三 被页面边缘截断（左右两侧），列 其他、总计 不在页面上");
        var applications = result.Report.Applications!;
        applications.Find("T3.R3.3.4", "T3.C.natural_person")!.Raw.Should().Be("1");
        applications.Cells.Where(c => c.State == CellState.Read).Should().HaveCount(19 * 5);
        applications.Find("T3.R1", "T3.C.natural_person")!.State.Should().Be(CellState.NotFound);
        result.Errors().Should().BeEmpty();
    }
}
