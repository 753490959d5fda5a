using System.Linq;
using ReportParser.Diagnostics;
using ReportParser.Fixtures;
using ReportParser.Model;
using ReportParser.Tests.Infrastructure;

namespace ReportParser.Tests.Rules.Arithmetic;

public sealed class ArithmeticRuleTests
{
    [Fact]
    public void The_balanced_2021_sample_has_no_finding_at_all()
    {
        var result = Check.Spec(SampleReports.Balanced2021());

        result.Diagnostics.Should().BeEmpty();
        result.Report.Applications!.Cells.Should().HaveCount(25 * 7);
        result.Report.Template.Should().Be(TemplateVersion.V2021);
    }

    [Fact]
    public void The_balanced_2019_sample_has_no_finding_at_all()
    {
        var result = Check.Spec(SampleReports.Balanced2019());

        result.Diagnostics.Should().BeEmpty();
        result.Report.Applications!.Cells.Should().HaveCount(23 * 7);
        result.Report.ActiveDisclosure!.Version.Should().Be(TemplateVersion.V2019Trial);
    }

    [Fact]
    public void RP0501_is_reported_when_a_row_total_differs_from_its_applicant_columns()
    {
        // 予以公开: 6 + 1 = 7 printed as 8
        var result = Check.Spec(SampleReports.Balanced2021().WithCell("T3.R3.1", "T3.C.total", "8"));

        var finding = result.Diagnostics.Where(d => d.Id == DiagnosticIds.RowTotalMismatch).Should().ContainSingle().Subject;
        finding.Arguments.Should().Equal("予以公开", 7m, 8m);
        finding.Location.Row.Should().Be("T3.R3.1");
        finding.Location.Column.Should().Be("T3.C.total");
        finding.Rule.Should().Be("RULE.T3.ROW_TOTAL");
        finding.Cells.Should().Contain(["T3.R3.1|T3.C.natural_person", "T3.R3.1|T3.C.total"]).And.HaveCount(7);
    }

    [Fact]
    public void RP0502_is_reported_when_the_outcome_rows_do_not_add_up_to_the_outcome_total()
    {
        // 自然人 column: 6+2+1+2+1 = 12; raise 1.属于国家秘密 to 1 and its row total to match, so only RESULT_SUM breaks.
        var spec = SampleReports.Balanced2021()
            .WithCell("T3.R3.3.1", "T3.C.natural_person", "1")
            .WithCell("T3.R3.3.1", "T3.C.total", "1");

        var result = Check.Spec(spec);

        var findings = result.Diagnostics.Where(d => d.Id == DiagnosticIds.OutcomeSumMismatch).ToList();
        findings.Select(f => f.Arguments.ToArray()).Should().BeEquivalentTo(new[]
        {
            new object[] { "自然人", 13m, 12m },
            new object[] { "总计", 16m, 15m },
        }, o => o.WithStrictOrdering());
        result.Errors().Select(e => e.Id).Should().OnlyContain(id => id == DiagnosticIds.OutcomeSumMismatch);
    }

    [Fact]
    public void RP0502_counts_the_single_other_handling_row_in_the_2019_layout()
    {
        var spec = SampleReports.Balanced2019()
            .WithCell("T3.R3.6", "T3.C.natural_person", "1")
            .WithCell("T3.R3.6", "T3.C.total", "1");

        var result = Check.Spec(spec);

        result.Diagnostics.Where(d => d.Id == DiagnosticIds.OutcomeSumMismatch).Select(d => d.Arguments[0])
            .Should().Equal("自然人", "总计");
    }

    [Fact]
    public void RP0503_is_reported_when_received_plus_carried_over_differs_from_outcomes_plus_carried_forward()
    {
        // 新收 自然人 13 → 14 (row total adjusted, so only the balance breaks)
        var spec = SampleReports.Balanced2021()
            .WithCell("T3.R1", "T3.C.natural_person", "14")
            .WithCell("T3.R1", "T3.C.total", "17");

        var result = Check.Spec(spec);

        var findings = result.Diagnostics.Where(d => d.Id == DiagnosticIds.ApplicationsDoNotBalance).ToList();
        findings.Should().HaveCount(2);
        findings[0].Arguments.Should().Equal("自然人", 14m, 1m, 12m, 2m);
        findings[1].Arguments.Should().Equal("总计", 17m, 1m, 15m, 2m);
        findings[0].Cells.Should().Equal("T3.R1|T3.C.natural_person", "T3.R2|T3.C.natural_person", "T3.R3.7|T3.C.natural_person", "T3.R4|T3.C.natural_person");
        result.Errors().Should().HaveCount(2);
    }

    [Fact]
    public void RP0504_is_reported_when_a_review_block_total_differs_from_its_four_results()
    {
        var result = Check.Spec(SampleReports.Balanced2021().WithCell("T4.R.count", "T4.C.lit_direct.total", "3"));

        var finding = result.Diagnostics.Should().ContainSingle().Subject;
        finding.Id.Should().Be(DiagnosticIds.ReviewTotalMismatch);
        finding.Arguments.Should().Equal("未经复议直接起诉", 0m, 1m, 0m, 1m, 2m, 3m);
        finding.Location.Column.Should().Be("T4.C.lit_direct.total");
    }

    [Fact]
    public void RP0505_is_reported_for_a_negative_or_fractional_application_count()
    {
        var spec = SampleReports.Balanced2021()
            .WithCell("T3.R3.3.2", "T3.C.research", "-1")
            .WithCell("T3.R3.3.2", "T3.C.public_interest", "1");

        var result = Check.Spec(spec);

        result.Diagnostics.Where(d => d.Id == DiagnosticIds.ApplicationCountInvalid).Select(d => d.Arguments[0]).Should().Equal("-1");

        var fractional = Check.Spec(SampleReports.Balanced2021().WithCell("T3.R2", "T3.C.other", "0.5").WithCell("T3.R2", "T3.C.total", "1.5"));
        fractional.Diagnostics.Where(d => d.Id == DiagnosticIds.ApplicationCountInvalid).Select(d => d.Arguments[0]).Should().Equal("0.5", "1.5");
    }

    [Fact]
    public void RP0506_is_reported_for_a_negative_review_count()
    {
        var result = Check.Spec(SampleReports.Balanced2021()
            .WithCell("T4.R.count", "T4.C.lit_after_review.other", "-1")
            .WithCell("T4.R.count", "T4.C.lit_after_review.pending", "1"));

        result.Diagnostics.Should().ContainSingle().Which.Arguments.Should().Equal("-1");
        result.Diagnostics[0].Id.Should().Be(DiagnosticIds.ReviewCountInvalid);
    }

    [Fact]
    public void RP0507_is_reported_for_a_negative_disclosure_count_but_not_for_a_2019_change()
    {
        var result = Check.Spec(SampleReports.Balanced2021().WithCell("T2.R.penalty", "T2.C.decisions", "-3"));
        result.Diagnostics.Should().ContainSingle().Which.Id.Should().Be(DiagnosticIds.DisclosureValueInvalid);
        result.Diagnostics[0].Arguments.Should().Equal("-3");

        // 本年增/减 is signed by design.
        Check.Spec(SampleReports.Balanced2019()).Diagnostics.Should().NotContain(d => d.Id == DiagnosticIds.DisclosureValueInvalid);
    }

    [Fact]
    public void RP0507_accepts_a_decimal_fee_but_not_a_decimal_count()
    {
        var fee = Check.Spec(SampleReports.Balanced2021().WithCell("T2.R.admin_fee", "T2.C.fee_amount", "24252.311082"));
        fee.Diagnostics.Should().BeEmpty();

        var count = Check.Spec(SampleReports.Balanced2021().WithCell("T2.R.license", "T2.C.decisions", "1.5"));
        count.Diagnostics.Should().ContainSingle().Which.Arguments.Should().Equal("1.5");
    }

    [Fact]
    public void RP0508_is_reported_when_a_total_is_blank_while_its_parts_are_not_zero_and_no_mismatch_is_claimed()
    {
        var result = Check.Spec(SampleReports.Balanced2021().WithCell("T3.R3.1", "T3.C.total", ""));

        var finding = result.Diagnostics.Where(d => d.Id == DiagnosticIds.TotalLeftBlank).Should().ContainSingle().Subject;
        finding.Arguments.Should().Equal("T3.R3.1|T3.C.total", 7m);
        finding.Rule.Should().Be("RULE.T3.ROW_TOTAL");
        result.Errors().Should().BeEmpty("a blank total is not evidence of a wrong number");
        result.Diagnostics.Should().Contain(d => d.Id == DiagnosticIds.BlankCells);
    }

    [Fact]
    public void Blank_cells_are_not_assessable_by_default_and_count_as_zero_under_the_policy()
    {
        // 商业企业 blank in 新收 (was 2): with blanks as 0, the row total (16) and the balance break.
        var spec = SampleReports.Balanced2021().WithCell("T3.R1", "T3.C.commercial", "");

        var byDefault = Check.Spec(spec);
        byDefault.Errors().Should().BeEmpty();
        byDefault.Diagnostics.Should().ContainSingle(d => d.Id == DiagnosticIds.BlankCells)
            .Which.Cells.Should().Equal("T3.R1|T3.C.commercial");

        var asZero = Check.Spec(spec, ReportCheckerOptions.Default with { BlankCells = BlankCellPolicy.TreatAsZero });
        asZero.Diagnostics.Select(d => d.Id).Should().Contain([DiagnosticIds.RowTotalMismatch, DiagnosticIds.ApplicationsDoNotBalance]);
        asZero.Diagnostics.Should().NotContain(d => d.Id == DiagnosticIds.BlankCells);
        asZero.Diagnostics.Single(d => d.Id == DiagnosticIds.RowTotalMismatch).Arguments.Should().Equal("本年新收", 14m, 16m);
    }

    [Fact]
    public void Dash_and_slash_cells_are_unstated_like_blanks()
    {
        var result = Check.Spec(SampleReports.Balanced2021()
            .WithCell("T3.R3.3.5", "T3.C.research", "—")
            .WithCell("T3.R3.3.6", "T3.C.research", "/"));

        result.Errors().Should().BeEmpty();
        result.Report.Applications![ApplicationRow.NotDisclosedInternalAffairs, ApplicantColumn.ResearchInstitution].Kind.Should().Be(CellKind.Dash);
        result.Report.Applications![ApplicationRow.NotDisclosedProcessInformation, ApplicantColumn.ResearchInstitution].Kind.Should().Be(CellKind.Slash);
        result.Diagnostics.Single(d => d.Id == DiagnosticIds.BlankCells).Arguments.Should().Equal("表三", 2);
    }

    [Fact]
    public void Severity_overrides_change_or_switch_off_a_diagnostic()
    {
        var spec = SampleReports.Balanced2021().WithCell("T4.R.count", "T4.C.lit_direct.total", "3");

        var off = Check.Spec(spec, ReportCheckerOptions.Default.WithDisabled(DiagnosticIds.ReviewTotalMismatch));
        off.Diagnostics.Should().BeEmpty();

        var warning = Check.Spec(spec, ReportCheckerOptions.Default.WithSeverity(DiagnosticIds.ReviewTotalMismatch, DiagnosticSeverity.Warning));
        warning.Diagnostics.Should().ContainSingle().Which.Severity.Should().Be(DiagnosticSeverity.Warning);
    }
}
