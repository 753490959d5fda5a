using System.Linq;
using ReportParser.Diagnostics;
using ReportParser.Documents;
using ReportParser.Model;
using ReportParser.Tests.Infrastructure;

namespace ReportParser.Tests.EndToEnd;

/// <summary>
/// Layouts a page break makes in a printed table (issue 12): a row split across two pages — its values and the first
/// lines of its label at the foot of one page, the rest of the label at the top of the next in a row of empty cells —
/// and a section heading near the top of a page that holds only a few indented lines of running text. The PDFs are
/// LibreOffice's renderings of our own DOCX fixtures (fixtures/make-pdfs.sh).
/// </summary>
public sealed class PageBreakLayoutTests
{
    private static readonly string[] Columns =
        ["T3.C.natural_person", "T3.C.commercial", "T3.C.research", "T3.C.public_interest", "T3.C.legal_service", "T3.C.other", "T3.C.total"];

    [Theory]
    [InlineData("pdf/row_split.libreoffice.pdf", "T3.R3.5.4", "4.无正当理由大量反复申请")]
    [InlineData("pdf/row_split_late.libreoffice.pdf", "T3.R3.6.2", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请")]
    public void A_row_split_by_a_page_break_reads_its_seven_printed_zeros(string path, string rowId, string label)
    {
        var result = CheckedDocuments.Fixture(path);

        var table = result.Report.Tables.Single(t => t.Cells.Any(c => c.RowId == rowId));
        var cells = Columns.Select(c => table.Find(rowId, c)).ToList();
        cells.Select(c => c?.Raw).Should().Equal("0", "0", "0", "0", "0", "0", "0");
        cells.Should().OnlyContain(c => c!.State == CellState.Read && c.Number == 0m);
        cells[0]!.Location.Page.Should().Be(2, "the values sit at the foot of page 2, the rest of the label on page 3");
        result.Report.Applications!.RowLabels[rowId].Should().Be(label);
        result.Diagnostics.Should().NotContain(d => d.Id == DiagnosticIds.RowNotFound || d.Id == DiagnosticIds.CellsNotFound);
        result.Errors().Should().BeEmpty();
    }

    [Fact]
    public void RP0502_is_found_in_a_row_split_by_a_page_break()
    {
        // 4.无正当理由大量反复申请 prints 1 | 0 | 0 | 0 | 0 | 0 | 1 at the foot of page 2, 量反复申请 on page 3: the outcomes
        // add up to one more than （七）总计 in 自然人 (13 ≠ 12) and 总计 (16 ≠ 15).
        var result = CheckedDocuments.Fixture("pdf/defect_row_split_result_sum.libreoffice.pdf");

        result.Report.Applications!.Find("T3.R3.5.4", "T3.C.natural_person")!.Raw.Should().Be("1");
        result.Report.Applications.Find("T3.R3.5.4", "T3.C.commercial")!.Raw.Should().Be("0");
        var findings = result.Errors().ToList();
        findings.Select(f => f.Id).Should().Equal(DiagnosticIds.OutcomeSumMismatch, DiagnosticIds.OutcomeSumMismatch);
        findings.Select(f => f.Arguments.ToArray()).Should().BeEquivalentTo(
            new[] { new object[] { "自然人", 13m, 12m }, new object[] { "总计", 16m, 15m } },
            o => o.WithStrictOrdering());
        findings.Should().OnlyContain(f => f.Cells.Contains("T3.R3.5.4|" + f.Location.Column));
    }

    [Fact]
    public void RP0401_is_not_reported_for_a_heading_below_a_few_indented_lines_at_the_top_of_a_page()
    {
        // Page 3 of row_split.libreoffice.pdf begins with three one-line paragraphs (indented, all the running text the
        // page has above 表三), then 三、收到和处理政府信息公开申请情况: the page alone does not show its margins, so the
        // heading was read as the next line of those paragraphs and section 三 went missing.
        var path = "pdf/row_split.libreoffice.pdf";
        var document = ReportChecker.Default.Read(System.IO.File.OpenRead(RepositoryPaths.Fixture(path)), SourceFormat.Pdf, path);

        var page2 = document.Blocks.OfType<ParagraphBlock>().Where(p => p.Provenance.Page == 2).Select(p => p.Text).ToList();
        page2.Should().Equal(
            Fixtures.ReportLayout.Padding, Fixtures.ReportLayout.Padding, Fixtures.ReportLayout.Padding, "三、收到和处理政府信息公开申请情况");
        var result = CheckedDocuments.Fixture(path);
        result.Diagnostics.Should().NotContain(d => d.Id == DiagnosticIds.SectionMissing);
        result.Report.Section("S3")!.Title.Should().Be("三、收到和处理政府信息公开申请情况");
    }

    [Theory]
    [InlineData("pdf/very_narrow_page_break.libreoffice.pdf", "S3", "三、收到和处理政府信息公开申请情况")]
    [InlineData("pdf/very_narrow_page_break.chromium.pdf", "S6", "六、其他需要报告的事项")]
    public void RP0401_is_not_reported_for_a_heading_the_page_layout_hides(string path, string sectionId, string heading)
    {
        // LibreOffice: the page with 三's heading holds six one-line paragraphs, each indented, and no line at the margin.
        // Chromium (no first-line indents): the page before 六 ends with a line that fills it and ends a sentence (。).
        var document = ReportChecker.Default.Read(System.IO.File.OpenRead(RepositoryPaths.Fixture(path)), SourceFormat.Pdf, path);

        document.Blocks.OfType<ParagraphBlock>().Select(p => p.Text).Should().Contain(heading);
        var result = CheckedDocuments.Fixture(path);
        result.Diagnostics.Should().NotContain(d => d.Id == DiagnosticIds.SectionMissing);
        result.Report.Section(sectionId)!.Title.Should().Be(heading);
        result.Errors().Should().BeEmpty();
    }

    [Fact]
    public void A_row_split_inside_two_group_labels_is_joined_column_by_column()
    {
        // LibreOffice breaks the page inside the first row of （三）: 三、本年度办 | （三 | 1.属于国 and the eight 0s at the foot of
        // page 2, 理结果 | ）不予公开 | 家秘密 in a row of empty cells at the top of page 3. Neither part names a row alone.
        var result = CheckedDocuments.Fixture("pdf/very_narrow_group_split.libreoffice.pdf");

        var applications = result.Report.Applications!;
        Columns.Select(c => applications.Find("T3.R3.3.1", c)!.Raw).Should().Equal("0", "0", "0", "0", "0", "0", "0");
        applications.RowLabels["T3.R3.3.1"].Should().Be("1.属于国家秘密");
        applications.Find("T3.R3.3.2", "T3.C.natural_person")!.Location.Page.Should().Be(3);
        result.Diagnostics.Should().NotContain(d => d.Id == DiagnosticIds.RowNotFound || d.Id == DiagnosticIds.CellsNotFound);
        result.Errors().Should().BeEmpty();
    }

    [Fact]
    public void A_header_split_by_the_page_break_in_a_browser_print_keeps_its_columns()
    {
        // Chromium breaks the page inside 表三's header: 申请人情况 / 自然人 | 法人或其他组织 | 总计 on page 1 with no bottom rule
        // under 自然人 and 总计, the corner note's last line below the frame, 商业企业 … 其他 on page 2. Before, the two halves
        // were two tables and 自然人 and 总计 (50 cells) were lost.
        var path = "pdf/very_narrow_header_split.chromium.pdf";
        var document = ReportChecker.Default.Read(System.IO.File.OpenRead(RepositoryPaths.Fixture(path)), SourceFormat.Pdf, path);

        document.Blocks.OfType<ParagraphBlock>().Select(p => p.Text).Should().NotContain(t => t.Contains("第三项加第四项之和"));
        var result = CheckedDocuments.Fixture(path);
        var applications = result.Report.Applications!;
        applications.Find("T3.R1", "T3.C.natural_person")!.Raw.Should().Be("13");
        applications.Find("T3.R1", "T3.C.total")!.Raw.Should().Be("16");
        applications.Find("T3.R4", "T3.C.total")!.Raw.Should().Be("2");
        result.Diagnostics.Should().NotContain(d => d.Id == DiagnosticIds.ColumnNotFound || d.Id == DiagnosticIds.CellsNotFound);
        result.Errors().Should().BeEmpty();
    }
}
