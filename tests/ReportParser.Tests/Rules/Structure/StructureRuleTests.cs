using System.Collections.Immutable;
using System.Linq;
using ReportParser.Diagnostics;
using ReportParser.Fixtures;
using ReportParser.Model;
using ReportParser.Tests.Infrastructure;

namespace ReportParser.Tests.Rules.Structure;

public sealed class StructureRuleTests
{
    [Fact]
    public void RP0401_is_reported_for_each_missing_section()
    {
        var result = Check.Spec(SampleReports.Balanced2021().WithoutSection("S5"));

        var finding = result.Diagnostics.Should().ContainSingle().Subject;
        finding.Id.Should().Be(DiagnosticIds.SectionMissing);
        finding.Arguments.Should().Equal("五", "五、存在的主要问题及改进情况");
        finding.Rule.Should().Be("RULE.S.HEADINGS");
    }

    [Fact]
    public void RP0402_is_reported_when_a_section_carries_the_wrong_number()
    {
        // 上海市科委 2024 style: S5 missing, so 其他需要报告的事项 is numbered 五.
        var result = Check.Spec(SampleReports.Balanced2021().WithoutSection("S5").WithHeading("S6", "五、其他需要报告的事项"));

        result.Diagnostics.Select(d => d.Id).Should().BeEquivalentTo([DiagnosticIds.SectionMissing, DiagnosticIds.SectionMisnumbered]);
        result.Diagnostics.Single(d => d.Id == DiagnosticIds.SectionMisnumbered).Arguments.Should().Equal("五、其他需要报告的事项", "五", "六");
    }

    [Fact]
    public void RP0404_is_an_info_for_an_accepted_heading_variant()
    {
        var result = Check.Spec(SampleReports.Balanced2021().WithHeading("S5", "五、存在的主要问题及整改措施"));

        var finding = result.Diagnostics.Should().ContainSingle().Subject;
        finding.Id.Should().Be(DiagnosticIds.HeadingVariant);
        finding.Severity.Should().Be(DiagnosticSeverity.Info);
        finding.Arguments.Should().Equal("五、存在的主要问题及整改措施", "五、存在的主要问题及改进情况", "S5");
        result.Report.Section("S5")!.IsCanonical.Should().BeFalse();
    }

    [Theory]
    [InlineData("四、政府信息公开行政复议及行政诉讼情况", "S4")]
    [InlineData("五、存在的问题及改进措施", "S5")]
    [InlineData("五、政府信息公开工作存在的主要问题及改进情况", "S5")]
    [InlineData("四 、政府信息公开行政复议、行政诉讼情况", "S4")]
    public void Heading_variants_seen_in_real_reports_are_recognised(string heading, string id)
    {
        var result = Check.Spec(SampleReports.Balanced2021().WithHeading(id, heading));

        result.Report.Section(id)!.Title.Should().Be(heading);
        result.Diagnostics.Should().NotContain(d => d.Id == DiagnosticIds.SectionMissing);
    }

    [Fact]
    public void RP0403_is_reported_for_a_missing_table_and_the_rules_of_that_table_do_not_run()
    {
        var result = Check.Spec(SampleReports.Balanced2021().WithoutTable("T4"));

        var finding = result.Diagnostics.Should().ContainSingle().Subject;
        finding.Id.Should().Be(DiagnosticIds.TableMissing);
        finding.Arguments.Should().Equal("表四", "政府信息公开行政复议、行政诉讼情况");
        finding.Location.Table.Should().Be("T4");
        result.Report.ReviewLitigation.Should().BeNull();
    }

    [Fact]
    public void RP0405_is_reported_when_a_2021_report_uses_the_2019_disclosure_table()
    {
        var spec = SampleReports.Balanced2019() with { Year = 2022 };

        var result = Check.Spec(spec);

        var finding = result.Diagnostics.Should().ContainSingle(d => d.Id == DiagnosticIds.TemplateMismatch).Subject;
        finding.Arguments.Should().Equal(2022, "V2021", "V2019Trial");
        finding.Severity.Should().Be(DiagnosticSeverity.Error);
    }

    [Fact]
    public void RP0405_is_not_reported_when_the_template_fits_the_year()
    {
        Check.Spec(SampleReports.Balanced2019()).Diagnostics.Should().NotContain(d => d.Id == DiagnosticIds.TemplateMismatch);
        Check.Spec(SampleReports.Balanced2021()).Diagnostics.Should().NotContain(d => d.Id == DiagnosticIds.TemplateMismatch);
    }

    [Fact]
    public void RP0406_is_a_warning_for_a_2021_report_with_the_single_other_handling_row()
    {
        // 洪泽区 2023/2024: 2021 表二, but （六）其他处理 as one row.
        var spec = SampleReports.Balanced2021() with
        {
            OtherHandlingSplit = false,
            Cells = SampleReports.Disclosure2021().AddRange(SampleReports.Applications(split: false)).AddRange(SampleReports.Review()),
        };

        var result = Check.Spec(spec);

        var finding = result.Diagnostics.Should().ContainSingle().Subject;
        finding.Id.Should().Be(DiagnosticIds.StaleOtherHandlingRow);
        finding.Severity.Should().Be(DiagnosticSeverity.Warning);
        finding.Location.Row.Should().Be("T3.R3.6");
        result.Report.Applications!.OtherHandlingIsSplit.Should().BeFalse();
        result.Report.Template.Should().Be(TemplateVersion.V2021);
    }

    [Fact]
    public void RP0406_is_not_reported_for_the_2019_template()
    {
        Check.Spec(SampleReports.Balanced2019()).Diagnostics.Should().NotContain(d => d.Id == DiagnosticIds.StaleOtherHandlingRow);
    }

    [Fact]
    public void RP0407_is_reported_instead_of_RP0403_when_the_section_holds_an_image_where_the_table_should_be()
    {
        const string html = """
            <html><body><h1>某局2023年政府信息公开工作年度报告</h1>
            <p>一、总体情况</p><p>本局认真贯彻落实《条例》。</p>
            <p>二、主动公开政府信息情况</p><p><img src="t2.png" width="600" height="400"></p>
            <p>三、收到和处理政府信息公开申请情况</p><p><img src="t3.png"></p>
            <p>四、政府信息公开行政复议、行政诉讼情况</p><p><img src="t4.jpg"></p>
            <p>五、存在的主要问题及改进情况</p><p>问题。</p><p>六、其他需要报告的事项</p><p>未收取信息处理费。</p>
            </body></html>
            """;

        var result = Check.Html(html);

        result.Diagnostics.Where(d => d.Id == DiagnosticIds.TableIsImage).Select(d => d.Arguments[0]).Should().Equal("表二", "表三", "表四");
        result.Diagnostics.Should().NotContain(d => d.Id == DiagnosticIds.TableMissing);
    }

    [Fact]
    public void RP0408_notes_the_old_normative_document_label_in_a_2021_disclosure_table()
    {
        var spec = SampleReports.Balanced2021();
        var document = SourceDocumentWriter.Write(spec);
        var relabelled = document with
        {
            Blocks = document.Blocks.Select(b => b is ReportParser.Documents.TableBlock t && t.Cells.Any(c => c.Text == "行政规范性文件")
                ? new ReportParser.Documents.TableBlock(t.RowCount, t.ColumnCount, t.Cells.Select(c => c.Text == "行政规范性文件" ? c with { Text = "规范性文件" } : c), t.Provenance)
                : b).ToImmutableArray(),
        };

        var result = ReportChecker.Default.Check(relabelled);

        var finding = result.Diagnostics.Should().ContainSingle().Subject;
        finding.Id.Should().Be(DiagnosticIds.StaleDisclosureLabel);
        finding.Arguments.Should().Equal("规范性文件", "行政规范性文件");
        result.Report.ActiveDisclosure![DisclosureRow.NormativeDocument, DisclosureColumn.InForce].Number.Should().Be(15m);
    }
}
