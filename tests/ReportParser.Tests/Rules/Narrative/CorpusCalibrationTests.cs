using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using ReportParser.Documents;
using ReportParser.Model;
using ReportParser.Tests.Infrastructure;
using Xunit.Abstractions;

namespace ReportParser.Tests.Rules.Narrative;

/// <summary>
/// Calibration of the narrative patterns against the text conversions in ../shared/corpus/raw/md and raw/txt (read as
/// running text, not as inputs: their tables are broken) and the real HTML report: every number the text states that
/// the notes of the corpus verified is found, and the sentences that look alike but are about something else are not.
/// </summary>
public sealed class CorpusCalibrationTests
{
    private readonly ITestOutputHelper _output;

    public CorpusCalibrationTests(ITestOutputHelper output)
    {
        _output = output;
    }

    [SkippableFact]
    public void Shanghai_government_office_2025_states_applications_outcomes_and_percentages()
    {
        var facts = FactsOfTextFile("raw/md/shanghai_gov_office_2025.md", 2025, out var findings);

        findings.Should().BeEmpty("the fee statement, the statistics period and the five aspects are all there");

        facts.Should().Contain(["Received 1295 受理", "Completed 1191 办结", "CarriedOver 189 上年结转"]);
        facts.Should().Contain(["Outcome 208 予以公开及部分公开 17.46%", "Outcome 20 不予公开 1.68%", "Outcome 564 无法提供 47.36%", "Outcome 80 不予处理 6.72%", "Outcome 319 其他处理 26.78%"]);
        facts.Should().Contain(["Regulation 22 规章"]);
        facts.Should().NotContain(f => f.StartsWith("Review") || f.StartsWith("Litigation"), "未发生因依申请公开被行政复议纠错或行政诉讼败诉情形 is not a count of reviews");
    }

    [SkippableFact]
    public void Shanghai_science_commission_2024_states_the_whole_application_balance_and_its_review()
    {
        var facts = FactsOfTextFile("raw/md/shanghai_stcsm_2024.md", 2024, out var findings);

        findings.Should().BeEmpty("its own outline covers 主动公开, 信息管理 and 平台建设 in chapters of their own");

        facts.Should().Contain([
            "Received 34 收到", "CarriedOver 2 上年结转", "Outcome 9 同意公开", "Outcome 0 部分公开", "Outcome 2 不予公开",
            "Outcome 10 无法提供", "Outcome 0 不予处理", "Outcome 14 其他处理", "CarriedForward 1 结转下年度", "Review 1 行政复议", "Litigation 0 行政诉讼",
        ]);
    }

    [SkippableFact]
    public void Shuyang_county_2025_counts_received_with_the_carried_over_and_splits_it_by_applicant()
    {
        var facts = FactsOfTextFile("raw/txt/suqian_shuyang_county_2025.txt", 2025, out var findings);

        findings.Should().Equal(["RP0615 社会评议、责任追究"], "the overview reports 考核 but no 社会评议 or 责任追究 results (条例 art. 50 (四))");

        facts.Should().Contain(["Received 749 受理", "Received 741 自然人 NaturalPerson", "Received 8 法人或其他组织 Organisations", "Completed 718 办理", "CarriedForward 31 结转下年度"]);
        facts.Should().NotContain(f => f.Contains("74 "), "全县共办理相关案件 74 件 counts review and litigation cases, not applications");
    }

    [SkippableFact]
    public void Yinchuan_xixia_2023_says_no_application_was_received()
    {
        var facts = FactsOfTextFile("raw/md/yinchuan_xixia_kjj_2023.md", 2023, out var findings);

        findings.Should().BeEmpty();

        facts.Should().Contain("NoApplications 0 未收到政府信息公开申请");
        facts.Should().NotContain(f => f.StartsWith("Received"));
    }

    [SkippableFact]
    public void The_real_html_report_states_its_26_applications_and_nothing_else_is_read_as_a_count()
    {
        Skip.If(RepositoryPaths.Corpus is null, "../shared/corpus is not present");
        var result = ReportChecker.Default.Check(Path.Combine(RepositoryPaths.Corpus!, "raw/html/suqian_shuyang_fgj_2023.html"));

        var facts = Describe(result.Report.Narrative.Facts);

        facts.Should().Equal("Received 26 收到");
        string[] before = ["RP0302", "RP0404", "RP0408"];
        result.Diagnostics.Select(d => d.Id).Should().BeEquivalentTo(before, "the new rules raise nothing on this report: every number, the fee statement, the period and the aspects are right");
    }

    /// <summary>The narrative facts of a text file read as a report; <paramref name="findings"/> gets its RP06xx ids.</summary>
    private List<string> FactsOfTextFile(string relative, int year) => FactsOfTextFile(relative, year, out _);

    private List<string> FactsOfTextFile(string relative, int year, out List<string> findings)
    {
        Skip.If(RepositoryPaths.Corpus is null, "../shared/corpus is not present");
        var lines = File.ReadAllLines(Path.Combine(RepositoryPaths.Corpus!, relative))
            .Where(l => !l.TrimStart().StartsWith('|'))
            .Select(l => Regex.Replace(l, @"^\s*(?:#+|-)\s*", string.Empty))
            .Where(l => l.Trim().Length > 0);
        var document = new SourceDocument
        {
            Source = relative,
            Format = SourceFormat.Html,
            Title = year + "年政府信息公开工作年度报告",
            Blocks = [.. lines.Select(l => (Block)new ParagraphBlock(l, BlockProvenance.None))],
        };
        var result = ReportChecker.Default.Check(document);
        var facts = Describe(result.Report.Narrative.Facts);
        foreach (var section in result.Report.Sections)
        {
            _output.WriteLine($"section {section.Id} '{section.Title}' {section.Text.Length} chars: {section.Text.Substring(0, System.Math.Min(30, section.Text.Length))}");
        }

        findings = [];
        foreach (var d in result.Diagnostics.Where(d => d.Id.StartsWith("RP06", System.StringComparison.Ordinal)))
        {
            _output.WriteLine("finding: " + d);
            findings.Add(d.Id + " " + string.Join("|", d.Arguments));
        }

        foreach (var fact in facts)
        {
            _output.WriteLine(fact);
        }

        return facts;
    }

    private static List<string> Describe(ImmutableArray<NarrativeFact> facts) =>
        facts.Select(f => $"{f.Kind} {f.Value} {f.Label}"
            + (f.Scope != ApplicantScope.Total ? " " + f.Scope : string.Empty)
            + (f.Percent is { } p ? " " + p.ToString(System.Globalization.CultureInfo.InvariantCulture) + "%" : string.Empty)).ToList();
}
