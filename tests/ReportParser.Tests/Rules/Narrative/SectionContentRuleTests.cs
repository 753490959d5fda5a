using System.Linq;
using ReportParser.Diagnostics;
using ReportParser.Fixtures;
using ReportParser.Tests.Infrastructure;

namespace ReportParser.Tests.Rules.Narrative;

/// <summary>What the text sections must say (spec §1.2): the fee statement, the statistics period and years, the five aspects.</summary>
public sealed class SectionContentRuleTests
{
    [Fact]
    public void RP0611_is_an_error_when_section_six_of_a_2021_format_report_says_nothing_about_the_fee()
    {
        var result = Check.Spec(SampleReports.Balanced2021().WithText("S6", "无。"));

        var finding = result.Diagnostics.Should().ContainSingle().Subject;
        finding.Id.Should().Be(DiagnosticIds.FeeStatementMissing);
        finding.Severity.Should().Be(DiagnosticSeverity.Error);
        finding.Arguments.Should().Equal("六、其他需要报告的事项");
        finding.Rule.Should().Be("RULE.N.FEE");
    }

    [Theory]
    [InlineData("2023年，无收取信息处理费情况。")]
    [InlineData("全年收取政府信息公开信息处理费 0 元。")]
    [InlineData("本年度共收取信息处理费3940元。")]
    [InlineData("2023年度，县发展和改革局政府信息公开未发生收费情况。")]
    [InlineData("2023 年度本机关未收取信息公开处理费。")]
    public void RP0611_is_not_reported_for_the_fee_statements_real_reports_make(string statement)
    {
        Check.Spec(SampleReports.Balanced2021().WithText("S6", statement)).Diagnostics.Should().BeEmpty();
    }

    [Fact]
    public void RP0611_is_not_reported_for_the_2019_format_or_when_the_statement_stands_elsewhere()
    {
        Check.Spec(SampleReports.Balanced2019()).Diagnostics.Should().BeEmpty("a bare 无。 is fine under the 2019 trial format");
        Check.Spec(SampleReports.Balanced2019() with { Year = 2023 }).Diagnostics.Select(d => d.Id)
            .Should().Equal([DiagnosticIds.TemplateMismatch], "a 2023 report on the 2019 template is RP0405; its template asks for no fee statement");
        Check.Spec(SampleReports.Balanced2021().WithText("S6", "无。").WithParagraph("S1", "全年未收取信息处理费。"))
            .Diagnostics.Should().BeEmpty("the statement is there, if misplaced");
    }

    [Fact]
    public void RP0612_is_reported_when_no_statistics_period_is_stated()
    {
        var result = ReportChecker.Default.Check(RuleSpecs.WithPreamble(SampleReports.Balanced2021(), null));

        var finding = result.Diagnostics.Should().ContainSingle().Subject;
        finding.Id.Should().Be(DiagnosticIds.StatisticsPeriodMissing);
        finding.Severity.Should().Be(DiagnosticSeverity.Warning);
        finding.Arguments.Should().Equal(2023);
    }

    [Theory]
    [InlineData("本报告中所列数据的统计期限为2023年1月1日至12月31日。")]
    [InlineData("本报告统计数据从 2023 年 1 月 1 日到 12 月 31 日。")]
    [InlineData("报告中所列数据统计期限自 2023 年 1 月 1 日\n起至 2023 年 12 月 31 日止。")]
    [InlineData("本年度报告中所列数据统计期限为 2023\n年 1 月 1 日至 12 月 31 日。")]
    [InlineData("本报告数据时间为２０２３年１月１日至２０２３年１２月３１日。")]
    [InlineData("本报告所列数据统计期限为2023年度。")]
    [InlineData("本报告数据统计截至2023年12月31日。")]
    public void RP0612_and_RP0613_are_not_reported_for_the_statistics_sentences_real_reports_print(string sentence)
    {
        ReportChecker.Default.Check(RuleSpecs.WithPreamble(SampleReports.Balanced2021(), sentence)).Diagnostics.Should().BeEmpty();
    }

    [Fact]
    public void RP0613_is_reported_when_the_statistics_period_names_another_year()
    {
        var result = ReportChecker.Default.Check(RuleSpecs.WithPreamble(SampleReports.Balanced2021(), "本报告中所列数据的统计期限为2022年1月1日至2022年12月31日。"));

        var finding = result.Diagnostics.Should().ContainSingle().Subject;
        finding.Id.Should().Be(DiagnosticIds.ReportYearMismatch);
        finding.Arguments.Should().Equal("统计期限", "统计期限为2022年1月1日至2022年12月31日", 2022, 2023);
    }

    [Fact]
    public void RP0613_is_reported_for_an_overview_sentence_that_opens_with_last_year()
    {
        var result = Check.Spec(SampleReports.Balanced2021().WithParagraph("S1", "2022年，本机关持续深化政务公开工作。"));

        var finding = result.Diagnostics.Should().ContainSingle().Subject;
        finding.Id.Should().Be(DiagnosticIds.ReportYearMismatch);
        finding.Arguments.Should().Equal("一、总体情况", "2022年，本机关持续深化政务公开工作", 2022, 2023);
    }

    [Fact]
    public void RP0613_is_reported_when_the_problems_section_looks_back_further_than_last_year()
    {
        var result = Check.Spec(SampleReports.Balanced2021().WithParagraph("S5", "针对2021年工作中存在的问题，本机关采取了以下措施。"));

        result.Diagnostics.Should().ContainSingle().Which.Arguments.Should().Equal("五、存在的主要问题及改进情况", "针对2021年工作中存在的问题，本机关采取了以下措施", 2021, 2023);
    }

    [Theory]
    [InlineData("S5", "针对2022年工作中存在的问题，本机关采取了以下措施。")]
    [InlineData("S5", "2024年，我们将进一步丰富解读形式。")]
    [InlineData("S1", "完成2022年度部门决算公开，全年信息发布量较2022年增长10%。")]
    [InlineData("S6", "示例县人民政府办公室\n2024年1月17日")]
    public void RP0613_is_not_reported_for_years_mentioned_in_passing(string section, string paragraph)
    {
        Check.Spec(SampleReports.Balanced2021().WithParagraph(section, paragraph)).Diagnostics.Should().BeEmpty();
    }

    [Fact]
    public void RP0614_is_reported_for_the_aspects_the_overview_does_not_cover()
    {
        var result = Check.Spec(SampleReports.Balanced2021().WithText("S1", "本机关认真贯彻落实《条例》，依申请公开工作规范有序。"));

        var finding = result.Diagnostics.Should().ContainSingle().Subject;
        finding.Id.Should().Be(DiagnosticIds.OverviewAspectMissing);
        finding.Arguments.Should().Equal("主动公开、政府信息管理、政府信息公开平台建设、监督保障");
        finding.Severity.Should().Be(DiagnosticSeverity.Warning);
    }

    [Fact]
    public void RP0614_is_not_reported_when_the_aspects_are_covered_in_other_words_or_in_chapters_of_their_own()
    {
        var synonyms = SampleReports.Balanced2021().WithText(
            "S1",
            "（一）主动公开情况。全年发布信息249条。（二）依申请公开情况。按时答复。（三）完善公开制度规范，落实公开属性审查。（四）加强网站建设。（五）及时回应关切，自觉接受监督。");
        var ownOutline = SampleReports.Balanced2021()
            .WithText("S1", "本机关认真贯彻落实《条例》。")
            .WithText("S2", "三、主动公开工作情况。全年主动公开信息393件。", "五、政府信息管理。及时开展保密审查。", "六、政府信息公开平台建设。网站全年发布信息。")
            .WithText("S3", "全年依申请公开工作规范，接受社会监督。");

        Check.Spec(synonyms).Diagnostics.Should().BeEmpty();
        Check.Spec(ownOutline).Diagnostics.Should().BeEmpty();
        Check.Spec(SampleReports.Balanced2019().WithText("S1", "本机关认真贯彻落实《条例》。")).Diagnostics.Should().BeEmpty("the five aspects are a 2021-format requirement");
    }

    [Fact]
    public void RP0615_is_reported_when_a_peoples_government_does_not_state_review_results()
    {
        // The default overview mentions 考核 and 责任追究, not 社会评议.
        var result = Check.Spec(SampleReports.Balanced2021() with { Agency = "示例县人民政府" });

        var finding = result.Diagnostics.Should().ContainSingle().Subject;
        finding.Id.Should().Be(DiagnosticIds.GovernmentAccountabilityMissing);
        finding.Arguments.Should().Equal("社会评议");
    }

    [Fact]
    public void RP0615_is_not_reported_for_a_department_or_a_government_that_states_all_three()
    {
        Check.Spec(SampleReports.Balanced2021() with { Agency = "示例县发展和改革局" }).Diagnostics.Should().BeEmpty();
        Check.Spec(SampleReports.Balanced2021() with { Agency = "示例县人民政府办公室" }).Diagnostics.Should().BeEmpty();
        Check.Spec((SampleReports.Balanced2021() with { Agency = "示例县人民政府" }).WithParagraph("S1", "组织开展政务公开社会评议，结果良好。"))
            .Diagnostics.Should().BeEmpty();
    }

    [Fact]
    public void Section_content_ids_honour_severity_overrides_and_switch_off()
    {
        var spec = SampleReports.Balanced2021().WithText("S6", "无。");

        Check.Spec(spec, ReportCheckerOptions.Default.WithDisabled(DiagnosticIds.FeeStatementMissing)).Diagnostics.Should().BeEmpty();
        Check.Spec(spec, ReportCheckerOptions.Default.WithSeverity(DiagnosticIds.FeeStatementMissing, DiagnosticSeverity.Warning))
            .Diagnostics.Should().ContainSingle().Which.Severity.Should().Be(DiagnosticSeverity.Warning);
    }
}
