using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using ReportParser.CrossReport;
using ReportParser.Diagnostics;
using ReportParser.Fixtures;
using ReportParser.Model;
using ReportParser.Tests.Infrastructure;
using ReportParser.Tests.Rules;

namespace ReportParser.Tests.CrossReport;

/// <summary>
/// Checks across reports (spec §5.3, §5.4) on generated pairs: <see cref="SampleReports.Balanced2021"/> as the 2023
/// report (上年结转 1 0 0 0 0 0 1; 规章 0/0/3, 行政规范性文件 2/1/15) and a 2022 report written to fit it.
/// </summary>
public sealed class CrossReportCheckerTests
{
    private const string Agency = "示例县人民政府办公室";

    [Fact]
    public void A_correct_pair_is_one_series_with_no_finding()
    {
        var result = Cross(Report2022(), Report2023());

        result.Diagnostics.Should().BeEmpty();
        var series = result.Series.Should().ContainSingle().Subject;
        series.Agency.Should().Be(Agency);
        series.Reports.Select(r => r.Year).Should().Equal(2022, 2023);
        result.Ungrouped.Should().BeEmpty();
    }

    [Fact]
    public void A_generated_pair_with_a_carry_over_mismatch_and_copied_text_gives_RP0701_and_RP0704()
    {
        // 2022 carried 2 forward (自然人), 2023 says 1 was carried over; 2023's overview is 2022's with new numbers.
        var before = Report2022(carriedForward: [2, 0, 0, 0, 0, 0]);
        var now = Report2023().WithText("S1", [.. Overview2022.Select(p => p.Replace("1100", "1200").Replace("2022", "2023"))]);

        var result = Cross(before, now);

        var carry = result.Diagnostics.Where(d => d.Id == DiagnosticIds.CarryOverMismatch).ToList();
        carry.Select(d => d.Arguments.ToArray()).Should().BeEquivalentTo(new[]
        {
            new object[] { "自然人", 1m, 2022, "2022.html", 2m },
            new object[] { "总计", 1m, 2022, "2022.html", 2m },
        }, o => o.WithStrictOrdering());
        carry[0].Location.Source.Should().Be("2023.html");
        carry[0].Cells.Should().Equal("T3.R2|T3.C.natural_person");
        carry[0].Severity.Should().Be(DiagnosticSeverity.Warning);

        var copied = result.Diagnostics.Should().ContainSingle(d => d.Id == DiagnosticIds.TextReused).Subject;
        copied.Arguments.Should().Equal("一、总体情况", 2022, "2022.html", 100.0m);
        copied.Location.Source.Should().Be("2023.html");
        result.Diagnostics.Select(d => d.Id).Distinct().Should().BeEquivalentTo([DiagnosticIds.CarryOverMismatch, DiagnosticIds.TextReused]);
    }

    [Fact]
    public void RP0701_is_not_reported_for_years_that_are_not_consecutive()
    {
        var before = Report2022(carriedForward: [2, 0, 0, 0, 0, 0]) with { Year = 2021 };

        Cross(before, Report2023()).Diagnostics.Should().BeEmpty();
    }

    [Fact]
    public void RP0702_is_reported_when_documents_in_force_do_not_follow_from_last_year()
    {
        // 2022: 10 in force; 2023: + 2 issued − 1 repealed = 11, but 15 printed.
        var result = Cross(Report2022(normativeInForce: "10"), Report2023());

        var finding = result.Diagnostics.Should().ContainSingle().Subject;
        finding.Id.Should().Be(DiagnosticIds.StockFlowMismatch);
        finding.Arguments.Should().Equal("行政规范性文件", 10m, 2m, 1m, 11m, 15m, 4m, "2022.html");
        finding.Location.Row.Should().Be("T2.R.normative_doc");
        finding.Location.Column.Should().Be("T2.C.in_force");
    }

    [Fact]
    public void RP0703_is_reported_instead_of_RP0702_when_more_is_repealed_than_existed()
    {
        var now = Report2023().WithCell("T2.R.normative_doc", "T2.C.repealed", "5").WithCell("T2.R.normative_doc", "T2.C.in_force", "0");

        var result = Cross(Report2022(normativeInForce: "2"), now);

        var finding = result.Diagnostics.Should().ContainSingle().Subject;
        finding.Id.Should().Be(DiagnosticIds.RepealedExceedsStock);
        finding.Arguments.Should().Equal("行政规范性文件", 5m, 2m, 2m, "2022.html");
    }

    [Fact]
    public void RP0702_and_RP0703_are_not_reported_across_the_template_change()
    {
        var before = SampleReports.Balanced2019() with { Agency = Agency, Year = 2020 };
        var now = Report2023() with { Year = 2021 };

        Cross(before, now).Diagnostics.Should().NotContain(d => d.Id == DiagnosticIds.StockFlowMismatch || d.Id == DiagnosticIds.RepealedExceedsStock);
    }

    [Fact]
    public void RP0704_is_not_reported_for_text_rewritten_in_the_same_style_or_for_short_sections()
    {
        var now = Report2023().WithText("S5", "无。");
        var before = Report2022().WithText("S5", "无。");

        Cross(before, now).Diagnostics.Should().BeEmpty();
    }

    [Fact]
    public void RP0704_threshold_is_an_option()
    {
        // Half of 2023's overview repeats 2022's.
        var now = Report2023().WithText("S1", [.. Overview2022.Take(3), .. Overview2023.Skip(3)]);
        var before = Report2022();

        Cross(before, now).Diagnostics.Should().BeEmpty();
        var lowered = new CrossReportChecker(ReportCheckerOptions.Default with { TextReuseThreshold = 0.4 })
            .Check([Check.Spec(before).Report, Check.Spec(now).Report]);
        lowered.Diagnostics.Should().ContainSingle().Which.Id.Should().Be(DiagnosticIds.TextReused);
    }

    [Fact]
    public void RP0705_is_reported_for_tables_identical_to_last_year()
    {
        var before = Report2023() with { Year = 2022, SectionText = Report2022().SectionText };

        var result = Cross(before, Report2023());

        var repeated = result.Diagnostics.Where(d => d.Id == DiagnosticIds.TablesRepeated).ToList();
        repeated.Select(d => d.Arguments.ToArray()).Should().BeEquivalentTo(new[]
        {
            new object[] { "表二", 10, 2022, "2022.html" },
            new object[] { "表三", 175, 2022, "2022.html" },
        }, o => o.WithStrictOrdering());
        repeated[0].Location.Table.Should().Be("T2");
    }

    [Fact]
    public void RP0705_is_not_reported_for_tables_that_are_all_zero_both_years()
    {
        var before = Report2022().WithoutApplications();
        var now = Report2023().WithoutApplications();

        Cross(before, now).Diagnostics.Should().NotContain(d => d.Id == DiagnosticIds.TablesRepeated);
    }

    [Fact]
    public void RP0706_notes_two_reports_of_one_agency_for_one_year()
    {
        var first = Spec(Report2023(), "a.html");
        var second = Spec(Report2023(), "b.html");

        var result = CrossReportChecker.Default.Check([first, second]);

        result.Diagnostics.Select(d => (d.Id, d.Location.Source, string.Join("|", d.Arguments))).Should().Equal(
            (DiagnosticIds.SameAgencyYearTwice, "a.html", Agency + "|2023|b.html"),
            (DiagnosticIds.SameAgencyYearTwice, "b.html", Agency + "|2023|a.html"));
        result.Diagnostics.Should().OnlyContain(d => d.Severity == DiagnosticSeverity.Info);
    }

    [Fact]
    public void RP0706_is_not_reported_for_one_report_per_year()
    {
        Cross(Report2022(), Report2023()).Diagnostics.Should().NotContain(d => d.Id == DiagnosticIds.SameAgencyYearTwice);
    }

    [Fact]
    public void Cross_report_ids_honour_severity_overrides_and_switch_off()
    {
        var before = Report2022(carriedForward: [2, 0, 0, 0, 0, 0]);
        var off = ReportCheckerOptions.Default.WithDisabled(DiagnosticIds.CarryOverMismatch);
        var error = ReportCheckerOptions.Default.WithSeverity(DiagnosticIds.CarryOverMismatch, DiagnosticSeverity.Error);

        new CrossReportChecker(off).Check([Check.Spec(before).Report, Check.Spec(Report2023()).Report]).Diagnostics.Should().BeEmpty();
        new CrossReportChecker(error).Check([Check.Spec(before).Report, Check.Spec(Report2023()).Report])
            .Diagnostics.Should().OnlyContain(d => d.Severity == DiagnosticSeverity.Error).And.HaveCount(2);
    }

    [Theory]
    [InlineData("洪泽区人民政府", "淮安市洪泽区人民政府")]
    [InlineData("沭阳县发改局", "沭阳县发展和改革局")]
    [InlineData("淮安市人民政府（市政府办公室编制）", "淮安市人民政府")]
    [InlineData("淮安市政府", "淮安市人民政府")]
    [InlineData("示例县人民政府办公室", "示例县人民政府")]
    public void Names_of_one_agency_form_one_series(string earlier, string later)
    {
        var result = Cross(Report2022() with { Agency = earlier }, Report2023() with { Agency = later });

        result.Series.Should().ContainSingle().Which.Names.Should().BeEquivalentTo([earlier, later]);
        result.Diagnostics.Should().BeEmpty();
    }

    [Fact]
    public void A_government_office_with_a_report_of_its_own_in_the_same_year_stays_apart_from_its_government()
    {
        var reports = new[]
        {
            Spec(Report2022() with { Agency = "示例县人民政府" }, "gov-2022.html"),
            Spec(Report2023() with { Agency = "示例县人民政府" }, "gov-2023.html"),
            Spec(Report2023() with { Agency = "示例县人民政府办公室" }, "office-2023.html"),
        };

        var result = CrossReportChecker.Default.Check(reports);

        result.Series.Select(s => s.Agency).Should().Equal("示例县人民政府", "示例县人民政府办公室");
    }

    [Fact]
    public void A_short_name_that_fits_two_agencies_is_merged_into_neither()
    {
        var groups = AgencyNames.Group(new Dictionary<string, HashSet<int>>
        {
            ["南京市鼓楼区人民政府"] = [2023],
            ["福州市鼓楼区人民政府"] = [2023],
            ["鼓楼区人民政府"] = [2022],
        });

        groups.Values.Distinct().Should().HaveCount(3);
    }

    [Fact]
    public void GroupSeries_groups_agency_and_year_pairs_the_way_Check_groups_reports()
    {
        (string? Agency, int? Year)[] reports =
        [
            ("示例县人民政府", 2022),
            ("沭阳县发改局", 2022),
            ("示例县人民政府", 2023),
            ("示例县人民政府办公室", 2023),
            (null, 2023),
            ("沭阳县发展和改革局", 2023),
            ("孤立的局", 2023),
        ];

        var groups = CrossReportChecker.GroupSeries(reports);

        // The office reports in 2023 beside its government, so it stays apart (and alone, so it is no series).
        groups.Select(g => g.ToArray()).Should().BeEquivalentTo(new[] { new[] { 0, 2 }, new[] { 1, 5 } });
    }

    [Fact]
    public void Reports_without_agency_or_year_are_listed_apart()
    {
        var anonymous = Check.Spec(Report2023() with { Title = "政府信息公开工作年度报告" }).Report;

        var result = CrossReportChecker.Default.Check([anonymous]);

        result.Series.Should().BeEmpty();
        result.Ungrouped.Should().ContainSingle();
    }

    private static readonly string[] Overview2022 =
    [
        "2022年，本机关深入贯彻《条例》，紧紧围绕全县中心工作推进政务公开，主动回应社会关切，依法保障群众知情权。",
        "（一）主动公开。全年主动公开政府信息1100余条，围绕重点领域及时发布政策文件和解读材料。",
        "（二）依申请公开。严格执行登记、审核、答复流程，所有申请均在法定期限内答复。",
        "（三）政府信息管理。建立公开属性源头认定和发布前保密审查机制，定期清理过时信息。",
        "（四）政府信息公开平台建设。完成政府网站集约化改造，政务新媒体统一纳入监管。",
        "（五）监督保障。将政务公开纳入年度考核，开展业务培训两次，全年未发生责任追究情况。",
    ];

    private static readonly string[] Overview2023 =
    [
        "今年以来，我们把政务公开作为建设法治政府的重要抓手，在提高公开质量、拓宽公开渠道上持续用力。",
        "（一）主动公开。围绕稳就业、惠民生等群众关心的事项，新增专题栏目三个，配套图解和视频解读。",
        "（二）依申请公开。推行办前沟通，邀请申请人说明具体需求，疑难申请会同法律顾问集体研判。",
        "（三）政府信息管理。修订信息发布审核办法，实行科室初审、办公室复审、分管领导终审三级把关。",
        "（四）政府信息公开平台建设。上线政策文件库，按主题、发文机关、时间提供多维检索服务。",
        "（五）监督保障。邀请人大代表、群众代表评议公开工作，评议结果纳入考核，对迟报漏报通报问责。",
    ];

    private static ReportSpec Report2023() =>
        (SampleReports.Balanced2021() with { Agency = Agency }).WithText("S1", Overview2023)
            .WithText("S5", "存在的主要问题：部分科室对主动公开的时效性重视不够，基层公开专区利用率不高。改进情况：建立信息报送月通报制度，推动专区进社区、进村居，安排专人值守答疑。");

    private static ReportSpec Report2022(int[]? carriedForward = null, string normativeInForce = "14")
    {
        var rows = new Dictionary<string, int[]>
        {
            ["T3.R1"] = [10, 1, 0, 0, 0, 0],
            ["T3.R3.1"] = [6, 1, 0, 0, 0, 0],
            ["T3.R3.4.1"] = [3, 0, 0, 0, 0, 0],
            ["T3.R3.7"] = [9, 1, 0, 0, 0, 0],
            ["T3.R4"] = carriedForward ?? [1, 0, 0, 0, 0, 0],
        };
        if (carriedForward is not null)
        {
            // Keep 2022 balanced: what is carried forward came in.
            rows["T3.R1"] = [rows["T3.R1"][0] + carriedForward[0] - 1, 1, 0, 0, 0, 0];
        }

        var cells = new Dictionary<string, string>
        {
            ["T2.R.regulation|T2.C.issued"] = "0",
            ["T2.R.regulation|T2.C.repealed"] = "0",
            ["T2.R.regulation|T2.C.in_force"] = "3",
            ["T2.R.normative_doc|T2.C.issued"] = "1",
            ["T2.R.normative_doc|T2.C.repealed"] = "0",
            ["T2.R.normative_doc|T2.C.in_force"] = normativeInForce,
            ["T2.R.license|T2.C.decisions"] = "98",
            ["T2.R.penalty|T2.C.decisions"] = "30",
            ["T2.R.coercion|T2.C.decisions"] = "2",
            ["T2.R.admin_fee|T2.C.fee_amount"] = "11.2",
        }.ToImmutableDictionary()
            .AddRange(RuleSpecs.Applications(split: true, rows))
            .AddRange(SampleReports.Review());
        return new ReportSpec { Version = TemplateVersion.V2021, Year = 2022, Agency = Agency, Cells = cells }
            .WithText("S1", Overview2022)
            .WithText("S5", "主要问题是政策解读形式单一、信息发布不够及时。下一步将丰富图表、视频等解读方式，压实各科室信息报送责任。")
            .WithText("S6", "2022年，本机关未收取信息处理费。");
    }

    private static CrossReportResult Cross(ReportSpec before, ReportSpec now) =>
        CrossReportChecker.Default.Check([Spec(before, "2022.html"), Spec(now, "2023.html")]);

    private static CheckResult Spec(ReportSpec spec, string source) => ReportChecker.Default.Check(SourceDocumentWriter.Write(spec, source));
}
