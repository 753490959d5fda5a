using System.Linq;
using ReportParser.Diagnostics;
using ReportParser.Fixtures;
using ReportParser.Tests.Infrastructure;

namespace ReportParser.Tests.Rules.Narrative;

/// <summary>
/// The text against the tables (spec §5.5). Balanced2021: 表三 新收 16 (自然人 13, 组织 3), 上年结转 1, （七）总计 15,
/// 结转 2; 予以公开 7, 部分公开 2, 不予公开 1, 无法提供 4, 不予处理 1, 其他处理 0; 表四 复议 2, 诉讼 2 + 0; 表二 规章 0,
/// 行政规范性文件 2 制发.
/// </summary>
public sealed class NarrativeRuleTests
{
    private const string Overview = "S1";

    [Fact]
    public void RP0601_is_reported_when_the_text_states_another_number_of_applications()
    {
        const string sentence = "（二）依申请公开。全年共收到政府信息公开申请18件，均按时答复";

        var result = Check.Spec(SampleReports.Balanced2021().WithParagraph(Overview, sentence + "。"));

        var finding = result.Diagnostics.Should().ContainSingle().Subject;
        finding.Id.Should().Be(DiagnosticIds.NarrativeReceivedMismatch);
        finding.Arguments.Should().Equal("全年共收到政府信息公开申请18件，均按时答复", 18m, "总计", 16m, 17m);
        finding.Severity.Should().Be(DiagnosticSeverity.Warning);
        finding.Rule.Should().Be("RULE.N.NEW_APPS");
        finding.Location.Row.Should().Be("T3.R1");
        finding.Location.Column.Should().Be("T3.C.total");
        finding.Cells.Should().Equal("T3.R1|T3.C.total", "T3.R2|T3.C.total");
    }

    [Theory]
    [InlineData("全年共收到政府信息公开申请十八件。", 18)]
    [InlineData("本年度新收政府信息公开申请１７件。", 17)]
    [InlineData("全年受理政府信息公开申请两件。", 2)]
    public void RP0601_reads_full_width_digits_and_chinese_numerals(string sentence, int stated)
    {
        var result = Check.Spec(SampleReports.Balanced2021().WithParagraph(Overview, sentence));

        result.Diagnostics.Should().ContainSingle().Which.Arguments[1].Should().Be((decimal)stated);
    }

    [Theory]
    [InlineData("全年共收到政府信息公开申请16件。")]
    [InlineData("全年共收到政府信息公开申请十六件。")]
    [InlineData("2022年全年共收到政府信息公开申请20件，本年有所减少。")]
    [InlineData("区政府办代表区政府受理政府信息公开申请95件，均已在法定期限内予以答复。")]
    [InlineData("各部门共受理政府信息公开申请300件。")]
    [InlineData("全市各级行政机关共受理政府信息公开申请3119件，其中市政府本级受理95件。")]
    [InlineData("全年受理网络问政182件。")]
    [InlineData("全年共受理政府信息公开申请近20件。")]
    [InlineData("上半年受理政府信息公开申请9件。")]
    [InlineData("全年未收到法人或其他组织提出的政府信息公开申请，收到申请16件。")]
    public void RP0601_is_not_reported_when_the_number_matches_or_the_sentence_is_not_about_this_quantity(string sentence)
    {
        Check.Spec(SampleReports.Balanced2021().WithParagraph(Overview, sentence)).Diagnostics.Should().BeEmpty();
    }

    [Fact]
    public void RP0601_is_not_reported_when_the_district_office_speaks_for_the_district_government()
    {
        // 洪泽区 2024: the text counts what the office handled on the government's behalf (17), 表三 the district (95).
        var spec = SampleReports.Balanced2021() with
        {
            Agency = "淮安市洪泽区人民政府",
            Cells = SampleReports.Balanced2021().Cells.SetItems(RuleSpecs.Applications(split: true, new()
            {
                ["T3.R1"] = [95, 0, 0, 0, 0, 0],
                ["T3.R3.1"] = [95, 0, 0, 0, 0, 0],
                ["T3.R3.7"] = [95, 0, 0, 0, 0, 0],
            })),
        };
        const string sentence = "（二）依申请公开情况。根据《条例》和上级部门关于依申请办理的规范要求，强化组织领导、规范办理流程。2024 年，区政府办代表区政府受理政府\n信息公开申请 17 件，均已在法定期限内予以答复。";

        var result = Check.Spec((spec with { Year = 2024 }).WithParagraph(Overview, sentence));

        result.Diagnostics.Where(d => d.Id.StartsWith("RP060", System.StringComparison.Ordinal)).Should().BeEmpty();
    }

    [Fact]
    public void RP0602_notes_a_number_that_includes_the_carried_over_applications()
    {
        var result = Check.Spec(SampleReports.Balanced2021().WithParagraph(Overview, "全县全年共受理政府信息公开申请17件，其中自然人申请14件，法人或其他组织申请3件。"));

        var finding = result.Diagnostics.Should().ContainSingle().Subject;
        finding.Id.Should().Be(DiagnosticIds.NarrativeReceivedIncludesCarryOver);
        finding.Severity.Should().Be(DiagnosticSeverity.Info);
        finding.Arguments.Should().Equal("全县全年共受理政府信息公开申请17件，其中自然人申请14件，法人或其他组织申请3件", 17m, 16m, 1m);
    }

    [Fact]
    public void RP0602_is_not_reported_for_新收_where_only_the_first_reading_holds()
    {
        var result = Check.Spec(SampleReports.Balanced2021().WithParagraph(Overview, "本年新收政府信息公开申请17件。"));

        result.Diagnostics.Should().ContainSingle().Which.Id.Should().Be(DiagnosticIds.NarrativeReceivedMismatch);
        Check.Spec(SampleReports.Balanced2021().WithParagraph(Overview, "本年新收政府信息公开申请16件。")).Diagnostics.Should().BeEmpty();
    }

    [Fact]
    public void RP0601_checks_the_split_by_applicant_type()
    {
        var result = Check.Spec(SampleReports.Balanced2021().WithParagraph(Overview, "全年共收到政府信息公开申请16件，其中自然人申请12件，法人或其他组织申请4件。"));

        result.Diagnostics.Select(d => d.Arguments.Skip(1).ToArray()).Should().BeEquivalentTo(new[]
        {
            new object[] { 12m, "自然人", 13m, 14m },
            new object[] { 4m, "法人或其他组织", 3m, 3m },
        });
        result.Diagnostics.Should().OnlyContain(d => d.Id == DiagnosticIds.NarrativeReceivedMismatch);
    }

    [Fact]
    public void RP0603_is_reported_when_the_carried_over_number_differs()
    {
        var result = Check.Spec(SampleReports.Balanced2021().WithParagraph(Overview, "全年办结申请15件（含上年结转申请2件）。"));

        var finding = result.Diagnostics.Should().ContainSingle().Subject;
        finding.Id.Should().Be(DiagnosticIds.NarrativeCarriedOverMismatch);
        finding.Arguments.Should().Equal("全年办结申请15件（含上年结转申请2件）", 2m, 1m);
        finding.Location.Row.Should().Be("T3.R2");
    }

    [Fact]
    public void RP0603_and_RP0604_are_not_reported_when_the_numbers_match()
    {
        Check.Spec(SampleReports.Balanced2021().WithParagraph(Overview, "全年办结申请15件（含上年结转申请1件）。")).Diagnostics.Should().BeEmpty();
        Check.Spec(SampleReports.Balanced2021().WithParagraph(Overview, "全年共办理17件，答复15件。")).Diagnostics.Should().BeEmpty();
    }

    [Fact]
    public void RP0604_is_reported_when_the_completed_number_differs_from_the_outcome_total()
    {
        var result = Check.Spec(SampleReports.Balanced2021().WithParagraph(Overview, "全年共受理政府信息公开申请16件，答复14件。"));

        var finding = result.Diagnostics.Should().ContainSingle().Subject;
        finding.Id.Should().Be(DiagnosticIds.NarrativeCompletedMismatch);
        finding.Arguments.Should().Equal("全年共受理政府信息公开申请16件，答复14件", 14m, 15m);
        finding.Location.Row.Should().Be("T3.R3.7");
    }

    [Fact]
    public void RP0604_is_not_reported_for_cases_handled_that_are_not_applications()
    {
        Check.Spec(SampleReports.Balanced2021().WithParagraph(Overview, "依法做好相关行政复议、行政诉讼案件的应诉工作，全县共办理相关案件74件。"))
            .Diagnostics.Should().BeEmpty();
    }

    [Fact]
    public void RP0605_is_reported_when_the_carried_forward_number_differs()
    {
        var result = Check.Spec(SampleReports.Balanced2021().WithParagraph(Overview, "全年受理申请16件，答复15件，另有3件顺延到下年度答复。"));

        var finding = result.Diagnostics.Should().ContainSingle().Subject;
        finding.Id.Should().Be(DiagnosticIds.NarrativeCarriedForwardMismatch);
        finding.Arguments.Should().Equal("全年受理申请16件，答复15件，另有3件顺延到下年度答复", 3m, 2m);
    }

    [Theory]
    [InlineData("另有2件顺延到下年度答复。")]
    [InlineData("结转下一年2件。")]
    [InlineData("转下一年度办理答复的有2件。")]
    public void RP0605_is_not_reported_when_the_carried_forward_number_matches(string sentence)
    {
        Check.Spec(SampleReports.Balanced2021().WithParagraph(Overview, "全年受理申请16件，" + sentence)).Diagnostics.Should().BeEmpty();
    }

    [Fact]
    public void RP0606_is_reported_when_an_outcome_count_differs()
    {
        var result = Check.Spec(SampleReports.Balanced2021().WithParagraph(Overview, "所有申请中，予以公开8件，无法提供4件。"));

        var finding = result.Diagnostics.Should().ContainSingle().Subject;
        finding.Id.Should().Be(DiagnosticIds.NarrativeOutcomeMismatch);
        finding.Arguments.Should().Equal("所有申请中，予以公开8件，无法提供4件", "予以公开", 8m, 7m);
        finding.Location.Row.Should().Be("T3.R3.1");
    }

    [Fact]
    public void RP0606_sums_groups_and_joined_outcomes()
    {
        const string sentence = "全年办结申请15件，其中予以公开及部分公开9件，不予公开1件，因本机关不掌握等原因无法提供4件，属重复申请等不予处理1件，其他处理0件（含申请人主动撤回0件）。";

        Check.Spec(SampleReports.Balanced2021().WithParagraph(Overview, sentence)).Diagnostics.Should().BeEmpty();
    }

    [Fact]
    public void RP0607_is_reported_when_a_percentage_does_not_follow_from_the_table()
    {
        var result = Check.Spec(SampleReports.Balanced2021().WithParagraph(Overview, "全年办结申请15件，予以公开7件（50%）。"));

        var finding = result.Diagnostics.Should().ContainSingle().Subject;
        finding.Id.Should().Be(DiagnosticIds.NarrativePercentageMismatch);
        finding.Arguments.Should().Equal("全年办结申请15件，予以公开7件（50%）", "予以公开", 50m, 47m, 7m, 15m);
    }

    [Theory]
    [InlineData("46.67")]
    [InlineData("46.66")]
    [InlineData("47")]
    [InlineData("43.75")]
    public void RP0607_accepts_rounding_truncation_and_the_received_base(string percent)
    {
        Check.Spec(SampleReports.Balanced2021().WithParagraph(Overview, $"全年办结申请15件，予以公开7件（{percent}%）。")).Diagnostics.Should().BeEmpty();
    }

    [Fact]
    public void RP0608_is_an_error_when_the_text_says_no_application_came_in_but_the_table_has_some()
    {
        var result = Check.Spec(SampleReports.Balanced2021().WithParagraph(Overview, "2023年，本机关未收到政府信息公开申请。"));

        var finding = result.Diagnostics.Should().ContainSingle().Subject;
        finding.Id.Should().Be(DiagnosticIds.NarrativeNoApplicationsContradicted);
        finding.Severity.Should().Be(DiagnosticSeverity.Error);
        finding.Arguments.Should().Equal("2023年，本机关未收到政府信息公开申请", 16m);
    }

    [Theory]
    [InlineData("2023年，本机关未收到政府信息公开申请。", true)]
    [InlineData("全年未收到法人或其他组织提出的申请。", false)]
    [InlineData("全年未收到以信函方式提出的申请。", false)]
    [InlineData("全年未收到因政府信息公开引起的行政复议申请。", false)]
    public void RP0608_is_not_reported_when_the_table_is_empty_or_the_sentence_is_limited(string sentence, bool emptyTable)
    {
        var spec = emptyTable ? SampleReports.Balanced2021().WithoutApplications() : SampleReports.Balanced2021();

        Check.Spec(spec.WithParagraph(Overview, sentence)).Diagnostics.Should().BeEmpty();
    }

    [Fact]
    public void RP0609_is_reported_when_the_text_states_another_number_of_reviews_or_none()
    {
        var number = Check.Spec(SampleReports.Balanced2021().WithParagraph(Overview, "全年因政府信息公开工作被申请行政复议3件。"));
        var none = Check.Spec(SampleReports.Balanced2021().WithParagraph(Overview, "本年度未发生因政府信息公开工作被提起行政诉讼的情况。"));

        var finding = number.Diagnostics.Should().ContainSingle().Subject;
        finding.Id.Should().Be(DiagnosticIds.NarrativeReviewLitigationMismatch);
        finding.Arguments.Should().Equal("全年因政府信息公开工作被申请行政复议3件", "行政复议", 3m, 2m);
        finding.Location.Column.Should().Be("T4.C.review.total");
        none.Diagnostics.Should().ContainSingle().Which.Arguments.Should().Equal("本年度未发生因政府信息公开工作被提起行政诉讼的情况", "行政诉讼", 0m, 2m);
    }

    [Theory]
    [InlineData("全年政府信息公开行政复议2件，行政诉讼2件。")]
    [InlineData("全年未发生因依申请公开被行政复议纠错或行政诉讼败诉情形。")]
    [InlineData("全年共办理行政复议案件500件。")]
    public void RP0609_is_not_reported_when_the_numbers_match_or_the_sentence_counts_something_else(string sentence)
    {
        Check.Spec(SampleReports.Balanced2021().WithParagraph(Overview, sentence)).Diagnostics.Should().BeEmpty();
    }

    [Fact]
    public void RP0610_notes_a_document_count_that_differs_from_the_issued_count()
    {
        var result = Check.Spec(SampleReports.Balanced2021().WithParagraph(Overview, "全年制发行政规范性文件3件。"));

        var finding = result.Diagnostics.Should().ContainSingle().Subject;
        finding.Id.Should().Be(DiagnosticIds.NarrativeDisclosureCountMismatch);
        finding.Severity.Should().Be(DiagnosticSeverity.Info);
        finding.Arguments.Should().Equal("全年制发行政规范性文件3件", "行政规范性文件", 3m, 2m);
        finding.Location.Row.Should().Be("T2.R.normative_doc");
    }

    [Theory]
    [InlineData("全年制发行政规范性文件2件。")]
    [InlineData("全年清理行政规范性文件30件。")]
    [InlineData("对3件主动公开政策性文件进行意见征集。")]
    public void RP0610_is_not_reported_when_the_count_matches_or_counts_something_else(string sentence)
    {
        Check.Spec(SampleReports.Balanced2021().WithParagraph(Overview, sentence)).Diagnostics.Should().BeEmpty();
    }

    [Fact]
    public void Narrative_ids_honour_severity_overrides_and_switch_off()
    {
        var spec = SampleReports.Balanced2021().WithParagraph(Overview, "全年共收到政府信息公开申请18件。");

        Check.Spec(spec, ReportCheckerOptions.Default.WithDisabled(DiagnosticIds.NarrativeReceivedMismatch)).Diagnostics.Should().BeEmpty();
        Check.Spec(spec, ReportCheckerOptions.Default.WithSeverity(DiagnosticIds.NarrativeReceivedMismatch, DiagnosticSeverity.Error))
            .Diagnostics.Should().ContainSingle().Which.Severity.Should().Be(DiagnosticSeverity.Error);
    }
}
