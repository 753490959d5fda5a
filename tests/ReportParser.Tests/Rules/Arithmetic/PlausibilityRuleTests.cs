using System.Linq;
using ReportParser.Diagnostics;
using ReportParser.Fixtures;
using ReportParser.Tests.Infrastructure;

namespace ReportParser.Tests.Rules.Arithmetic;

/// <summary>Implied and plausibility checks of 表二 and 表三 (spec §5.1 implied, §5.3): infos and warnings, never errors.</summary>
public sealed class PlausibilityRuleTests
{
    [Fact]
    public void RP0512_is_reported_when_more_is_carried_forward_than_was_received_and_carried_over_while_the_outcome_total_is_blank()
    {
        // （七）总计 left blank in 自然人 and 总计, so the balance cannot be assessed; 结转下年度 自然人 20 > 13 + 1.
        var spec = SampleReports.Balanced2021()
            .WithCell("T3.R3.7", "T3.C.natural_person", "")
            .WithCell("T3.R3.7", "T3.C.total", "")
            .WithCell("T3.R4", "T3.C.natural_person", "20")
            .WithCell("T3.R4", "T3.C.total", "20");

        var result = Check.Spec(spec);

        var findings = result.Diagnostics.Where(d => d.Id == DiagnosticIds.CarryForwardExceedsAvailable).ToList();
        findings.Select(f => f.Arguments.ToArray()).Should().BeEquivalentTo(new[]
        {
            new object[] { "自然人", 20m, 13m, 1m },
            new object[] { "总计", 20m, 16m, 1m },
        }, o => o.WithStrictOrdering());
        findings.Should().OnlyContain(f => f.Severity == DiagnosticSeverity.Info && f.Rule == "RULE.T3.CARRY_FORWARD_BOUND");
        findings[0].Cells.Should().Equal("T3.R1|T3.C.natural_person", "T3.R2|T3.C.natural_person", "T3.R4|T3.C.natural_person");
    }

    [Fact]
    public void RP0512_is_not_reported_when_the_balance_itself_can_be_assessed()
    {
        var spec = SampleReports.Balanced2021()
            .WithCell("T3.R4", "T3.C.natural_person", "20")
            .WithCell("T3.R4", "T3.C.total", "20");

        var result = Check.Spec(spec);

        result.Diagnostics.Should().Contain(d => d.Id == DiagnosticIds.ApplicationsDoNotBalance);
        result.Diagnostics.Should().NotContain(d => d.Id == DiagnosticIds.CarryForwardExceedsAvailable);
    }

    [Theory]
    [InlineData("3940元", 3940)]
    [InlineData("2500000", 2500000)]
    public void RP0513_notes_a_fee_that_looks_like_yuan(string raw, int amount)
    {
        var result = Check.Spec(SampleReports.Balanced2021().WithCell("T2.R.admin_fee", "T2.C.fee_amount", raw));

        var finding = result.Diagnostics.Should().ContainSingle(d => d.Id == DiagnosticIds.FeeAmountLooksLikeYuan).Subject;
        finding.Arguments.Should().Equal(raw, (decimal)amount);
        finding.Severity.Should().Be(DiagnosticSeverity.Info);
        finding.Location.Row.Should().Be("T2.R.admin_fee");
    }

    [Theory]
    [InlineData("12.5")]
    [InlineData("96171.6")]
    [InlineData("24252.311082")]
    public void RP0513_is_not_reported_for_amounts_in_the_range_real_reports_print(string raw)
    {
        Check.Spec(SampleReports.Balanced2021().WithCell("T2.R.admin_fee", "T2.C.fee_amount", raw))
            .Diagnostics.Should().BeEmpty();
    }

    [Fact]
    public void RP0514_is_reported_when_a_2019_item_count_would_fall_below_zero()
    {
        var result = Check.Spec(SampleReports.Balanced2019().WithCell("T2.R.license", "T2.C.change", "-50"));

        var finding = result.Diagnostics.Should().ContainSingle().Subject;
        finding.Id.Should().Be(DiagnosticIds.TrialItemCountNegative);
        finding.Arguments.Should().Equal("行政许可", 40m, -50m, -10m);
        finding.Severity.Should().Be(DiagnosticSeverity.Warning);
        finding.Cells.Should().Equal("T2.R.license|T2.C.prev_year_items", "T2.R.license|T2.C.change");
    }

    [Fact]
    public void RP0514_and_RP0515_are_not_reported_for_the_valid_2019_sample_or_a_2021_table()
    {
        Check.Spec(SampleReports.Balanced2019()).Diagnostics.Should().BeEmpty();
        Check.Spec(SampleReports.Balanced2021()).Diagnostics.Should().BeEmpty();
    }

    [Fact]
    public void RP0515_is_reported_when_more_documents_are_newly_published_than_published_in_total()
    {
        var result = Check.Spec(SampleReports.Balanced2019().WithCell("T2.R.normative_doc", "T2.C.new_published", "20"));

        var finding = result.Diagnostics.Should().ContainSingle().Subject;
        finding.Id.Should().Be(DiagnosticIds.TrialPublishedExceedsTotal);
        finding.Arguments.Should().Equal("规范性文件", 20m, 15m);
    }
}
