using System.IO;
using System.Linq;
using ReportParser.Diagnostics;
using ReportParser.Documents;
using ReportParser.Fixtures;
using ReportParser.Model;
using ReportParser.Tests.Infrastructure;
using static ReportParser.Tests.Readers.Docx.W;

namespace ReportParser.Tests.Readers.Docx;

/// <summary>Whole reports through the DOCX reader: the official blank template from the corpus and the balanced sample written as Word.</summary>
public sealed class DocxReportTests
{
    private static string? BlankTemplate =>
        RepositoryPaths.Corpus is { } corpus && Path.Combine(corpus, "raw", "docx", "template_guoban_2021_30_blank.docx") is var path && File.Exists(path) ? path : null;

    [SkippableFact]
    public void The_blank_official_template_is_V2021_with_all_three_tables_and_every_value_cell_blank()
    {
        Skip.If(BlankTemplate is null, "../shared/corpus (with the blank 2021 template) is not present in this checkout");

        var result = ReportChecker.Default.Check(BlankTemplate!);

        result.Status.Should().Be(ReportStatus.Checked);
        result.Report.Format.Should().Be(SourceFormat.Docx);
        result.Report.Template.Should().Be(TemplateVersion.V2021);
        result.Report.Sections.Select(s => s.Id).Should().Equal("S1", "S2", "S3", "S4", "S5", "S6");
        result.Report.ActiveDisclosure!.Cells.Should().HaveCount(10).And.OnlyContain(c => c.Kind == CellKind.Blank && c.Raw == string.Empty);
        result.Report.Applications!.Cells.Should().HaveCount(175).And.OnlyContain(c => c.Kind == CellKind.Blank && c.Raw == string.Empty);
        result.Report.ReviewLitigation!.Cells.Should().HaveCount(15).And.OnlyContain(c => c.Kind == CellKind.Blank && c.Raw == string.Empty);

        // The blank-cell policy: three infos that say how many cells are blank, and no arithmetic finding at all.
        result.Diagnostics.Where(d => d.Id == DiagnosticIds.BlankCells).Select(d => (d.Location.Table, d.Arguments[1])).Should().Equal(
            ("T2", (object)10), ("T3", (object)175), ("T4", (object)15));
        result.Diagnostics.Should().NotContain(d => d.Descriptor.Category == DiagnosticCategory.Arithmetic);

        // The rest is true of an unfilled template: no year, and the placeholder text “（文字描述…）” states neither the
        // 信息处理费 position (RP0611) nor the five aspects of 总体情况 (RP0614).
        result.Diagnostics.Select(d => d.Id).Except([DiagnosticIds.BlankCells]).Should().Equal(
            DiagnosticIds.YearNotFound, DiagnosticIds.FeeStatementMissing, DiagnosticIds.OverviewAspectMissing);
    }

    [SkippableFact]
    public void The_blank_template_grids_carry_the_official_merges()
    {
        Skip.If(BlankTemplate is null, "../shared/corpus (with the blank 2021 template) is not present in this checkout");

        var tables = ReportChecker.Default.Read(BlankTemplate!).Blocks.OfType<TableBlock>().ToList();

        tables.Select(t => (t.RowCount, t.ColumnCount)).Should().Equal((14, 4), (28, 10), (4, 15));
        var applications = tables[1];
        applications.GetCell(0, 0)!.Should().Match<GridCell>(c => c.RowSpan == 3 && c.ColumnSpan == 3 && c.Text.StartsWith("（本列数据的勾稽关系为"));
        applications.GetCell(5, 0)!.Should().Match<GridCell>(c => c.Row == 5 && c.RowSpan == 22 && c.Text == "三、本年度办理结果");
        applications.GetCell(7, 1)!.Should().Match<GridCell>(c => c.Row == 7 && c.RowSpan == 8 && c.Text == "（三）不予公开");
        applications.GetCell(27, 0)!.Should().Match<GridCell>(c => c.ColumnSpan == 3 && c.Text == "四、结转下年度继续办理");
        applications.GetCell(1, 9)!.Should().Match<GridCell>(c => c.RowSpan == 2 && c.Text == "总计");
        tables[2].GetCell(1, 4)!.Should().Match<GridCell>(c => c.RowSpan == 2 && c.Text == "总计");
        tables[0].GetCell(6, 1)!.Should().Match<GridCell>(c => c.ColumnSpan == 3 && c.Text == string.Empty);

        // The template has 26 w:gridSpan; two sit on the vMerge continuation cells of 表三's corner, which join the cell above.
        tables.Sum(t => t.Cells.Count(c => c.ColumnSpan > 1)).Should().Be(24);
        tables.Sum(t => t.Cells.Count(c => c.RowSpan > 1)).Should().Be(13);
    }

    [Fact]
    public void The_balanced_sample_written_as_Word_checks_clean_with_every_cell_as_printed()
    {
        var spec = SampleReports.Balanced2021();
        var docx = DocxBuilder.FromBody(Report(spec)).Build();

        var result = Check.Bytes(docx, "balanced_2021.docx");

        result.Diagnostics.Should().BeEmpty();
        result.Report.Template.Should().Be(TemplateVersion.V2021);
        result.Report.Year.Should().Be(2023);
        var printed = result.Report.Tables.SelectMany(t => t.Cells).Where(c => c.Kind != CellKind.Missing).ToDictionary(c => c.Key, c => c.Raw);
        printed.Should().Equal(spec.Cells);
        result.Report.Applications![ApplicationRow.NewlyReceived, ApplicantColumn.Total]!.Location.Path.Should().Be("body/tbl[2]/tr[4]/tc[8]");
    }

    [Fact]
    public void The_2019_sample_written_as_Word_checks_clean()
    {
        var spec = SampleReports.Balanced2019();

        var result = Check.Bytes(DocxBuilder.FromBody(Report(spec)).Build(), "balanced_2019.docx");

        result.Diagnostics.Should().BeEmpty();
        result.Report.ActiveDisclosure!.Version.Should().Be(TemplateVersion.V2019Trial);
    }

    [Fact]
    public void Section_headings_numbered_by_Word_are_recognised()
    {
        var spec = SampleReports.Balanced2021();
        var body = Report(spec);
        foreach (var heading in spec.Headings.Values)
        {
            // "一、总体情况" printed by a list: the paragraph holds only "总体情况".
            body = body.Replace(P(heading), Numbered(1, 0, heading.Substring(2)));
        }

        var result = Check.Bytes(new DocxBuilder { Numbering = DocxDocumentReaderTests.ChineseList, Body = body }.Build(), "numbered.docx");

        result.Report.Sections.Select(s => (s.Id, s.Title)).Should().Equal(spec.Headings.OrderBy(h => h.Key).Select(h => (h.Key, h.Value)));
        result.Diagnostics.Should().BeEmpty();
    }

    [Fact]
    public void Vertical_and_split_labels_typed_as_separate_paragraphs_still_check_clean()
    {
        var spec = SampleReports.Balanced2021();
        static LayoutTable Split(LayoutTable table) => table with
        {
            Cells = table.Cells.Select(c => c with
            {
                Text = c.Text switch
                {
                    "三、本年度办理结果" => string.Join("\n", c.Text.ToCharArray()),
                    "（三）不予公开" => "（三）不\n予公开",
                    "（四）无法提供" => "（四）无\n法提供",
                    "（六）其他处理" => "（六）其\n他处理",
                    _ => c.Text,
                },
            }).ToList(),
        };

        var docx = DocxBuilder.FromBody(Report(spec, Split)).Build();
        var read = DocxBuilder.Read(docx);
        var result = Check.Bytes(docx, "split_labels.docx");

        read.Blocks.OfType<TableBlock>().ElementAt(1).GetCell(5, 0)!.Text.Should().Be("三\n、\n本\n年\n度\n办\n理\n结\n果");
        result.Diagnostics.Should().BeEmpty();
        result.Report.Tables.SelectMany(t => t.Cells).Where(c => c.Kind != CellKind.Missing).ToDictionary(c => c.Key, c => c.Raw).Should().Equal(spec.Cells);
    }
}
