using System.Collections.Generic;
using System.Linq;
using ReportParser.Diagnostics;
using ReportParser.Fixtures;
using ReportParser.Model;

namespace ReportParser.Tests.Rules.Arithmetic;

/// <summary>The non-standard subtotal column and rows (spec §5.1 variants, §8.2): read apart from the standard cells, then checked.</summary>
public sealed class SubtotalRuleTests
{
    // Balanced2021: 表三 organisation columns per row — 新收 2 0 0 1 0 (3); （四）无法提供 sub-rows 1 0 0 1 0 / 0 / 0.
    private static readonly string[] CannotProvideSubtotal = ["2", "1", "0", "0", "1", "0", "4"];

    [Fact]
    public void A_subtotal_column_is_read_apart_and_leaves_every_standard_cell_as_it_was()
    {
        var plain = Check(SampleReports.Balanced2021());
        var result = ReportChecker.Default.Check(RuleSpecs.WithOrgSubtotalColumn(SampleReports.Balanced2021()));

        var table = result.Report.Applications!;
        table.Cells.Select(c => c.Key + "=" + c.Raw).Should().Equal(plain.Report.Applications!.Cells.Select(c => c.Key + "=" + c.Raw));
        table.NonStandardCells.Should().HaveCount(25);
        table.NonStandardCells.Single(c => c.RowId == "T3.R1").Number.Should().Be(3m);
        result.Diagnostics.Select(d => d.Id).Should().Equal(DiagnosticIds.NonStandardSubtotal);
    }

    [Fact]
    public void RP0409_notes_a_subtotal_column_and_a_subtotal_row()
    {
        var column = ReportChecker.Default.Check(RuleSpecs.WithOrgSubtotalColumn(SampleReports.Balanced2021(), header: "法人或其他组织小计"));
        var row = ReportChecker.Default.Check(RuleSpecs.WithGroupSubtotalRow(SampleReports.Balanced2021(), "（四）无法提供", CannotProvideSubtotal));

        column.Diagnostics.Should().ContainSingle().Which.Arguments.Should().Equal("T3.C.legal_or_other_subtotal", "法人或其他组织小计");
        var finding = row.Diagnostics.Should().ContainSingle().Subject;
        finding.Id.Should().Be(DiagnosticIds.NonStandardSubtotal);
        finding.Severity.Should().Be(DiagnosticSeverity.Info);
        finding.Arguments.Should().Equal("T3.R3.4.subtotal", "小计");
        finding.Location.Row.Should().Be("T3.R3.4.subtotal");
    }

    [Fact]
    public void RP0409_is_not_reported_for_the_official_form()
    {
        Check(SampleReports.Balanced2021()).Diagnostics.Should().NotContain(d => d.Id == DiagnosticIds.NonStandardSubtotal);
        Check(SampleReports.Balanced2019()).Diagnostics.Should().NotContain(d => d.Id == DiagnosticIds.NonStandardSubtotal);
    }

    [Fact]
    public void RP0509_is_reported_when_the_subtotal_column_differs_from_its_five_columns()
    {
        var result = ReportChecker.Default.Check(RuleSpecs.WithOrgSubtotalColumn(SampleReports.Balanced2021(), new Dictionary<string, string> { ["T3.R1"] = "4" }));

        var finding = result.Diagnostics.Where(d => d.Id == DiagnosticIds.OrgSubtotalMismatch).Should().ContainSingle().Subject;
        finding.Arguments.Should().Equal("本年新收", 3m, 4m);
        finding.Severity.Should().Be(DiagnosticSeverity.Error);
        finding.Rule.Should().Be("RULE.T3.ORG_SUBTOTAL");
        finding.Location.Column.Should().Be("T3.C.legal_or_other_subtotal");
        finding.Cells.Should().HaveCount(6).And.Contain("T3.R1|T3.C.legal_or_other_subtotal");
        result.Diagnostics.Should().NotContain(d => d.Id == DiagnosticIds.OrgSubtotalTotalMismatch);
    }

    [Fact]
    public void RP0510_checks_the_total_against_the_subtotal_when_the_five_columns_are_blank()
    {
        // 沭阳 style: the organisation columns left blank, only the subtotal filled; 新收 subtotal 4 makes 13 + 4 ≠ 16.
        var spec = BlankOrganisations(SampleReports.Balanced2021());
        var subtotals = new Dictionary<string, string> { ["T3.R1"] = "4", ["T3.R3.1"] = "1", ["T3.R3.4.1"] = "2", ["T3.R3.7"] = "3" };

        var result = ReportChecker.Default.Check(RuleSpecs.WithOrgSubtotalColumn(spec, subtotals));

        var finding = result.Diagnostics.Where(d => d.Id == DiagnosticIds.OrgSubtotalTotalMismatch).Should().ContainSingle().Subject;
        finding.Arguments.Should().Equal("本年新收", 13m, 4m, 17m, 16m);
        finding.Location.Column.Should().Be("T3.C.total");
        result.Diagnostics.Should().NotContain(d => d.Id == DiagnosticIds.OrgSubtotalMismatch || d.Id == DiagnosticIds.RowTotalMismatch);
    }

    [Fact]
    public void RP0510_is_not_reported_when_the_subtotal_makes_up_the_total()
    {
        var spec = BlankOrganisations(SampleReports.Balanced2021());
        var subtotals = new Dictionary<string, string> { ["T3.R1"] = "3", ["T3.R3.1"] = "1", ["T3.R3.4.1"] = "2", ["T3.R3.7"] = "3" };

        var result = ReportChecker.Default.Check(RuleSpecs.WithOrgSubtotalColumn(spec, subtotals));

        result.Diagnostics.Should().NotContain(d => d.Severity == DiagnosticSeverity.Error);
    }

    [Fact]
    public void RP0511_is_reported_when_a_subtotal_row_differs_from_its_sub_rows()
    {
        string[] wrong = ["2", "1", "0", "0", "1", "0", "5"];

        var result = ReportChecker.Default.Check(RuleSpecs.WithGroupSubtotalRow(SampleReports.Balanced2021(), "（四）无法提供", wrong));

        var finding = result.Diagnostics.Where(d => d.Id == DiagnosticIds.GroupSubtotalMismatch).Should().ContainSingle().Subject;
        finding.Arguments.Should().Equal("无法提供", "总计", 4m, 5m);
        finding.Location.Row.Should().Be("T3.R3.4.subtotal");
        finding.Cells.Should().Equal("T3.R3.4.1|T3.C.total", "T3.R3.4.2|T3.C.total", "T3.R3.4.3|T3.C.total", "T3.R3.4.subtotal|T3.C.total");
        result.Diagnostics.Should().NotContain(d => d.Id == DiagnosticIds.RowTotalMismatch || d.Id == DiagnosticIds.OutcomeSumMismatch, "the subtotal row takes no part in the standard identities");
    }

    [Fact]
    public void RP0511_is_not_reported_for_a_correct_subtotal_row_and_a_leading_合计_row_is_not_read_as_the_outcome_total()
    {
        string[] notDisclosed = ["1", "0", "0", "0", "0", "0", "1"];

        var last = ReportChecker.Default.Check(RuleSpecs.WithGroupSubtotalRow(SampleReports.Balanced2021(), "（四）无法提供", CannotProvideSubtotal));
        var leading = ReportChecker.Default.Check(RuleSpecs.WithGroupSubtotalRow(SampleReports.Balanced2021(), "（三）不予公开", notDisclosed, first: true, label: "合计"));

        last.Diagnostics.Select(d => d.Id).Should().Equal(DiagnosticIds.NonStandardSubtotal);
        leading.Diagnostics.Select(d => d.Id).Should().Equal(DiagnosticIds.NonStandardSubtotal);
        leading.Report.Applications![ApplicationRow.OutcomeTotal, ApplicantColumn.Total].Raw.Should().Be("15");
        leading.Report.Applications!.NonStandardCells.Where(c => c.RowId == "T3.R3.3.subtotal").Select(c => c.Raw).Should().Equal(notDisclosed);
    }

    [Fact]
    public void RP0511_covers_the_other_handling_group_in_the_2021_layout()
    {
        string[] wrong = ["0", "0", "0", "0", "0", "0", "1"];

        var result = ReportChecker.Default.Check(RuleSpecs.WithGroupSubtotalRow(SampleReports.Balanced2021(), "（六）其他处理", wrong));

        result.Diagnostics.Where(d => d.Id == DiagnosticIds.GroupSubtotalMismatch).Select(d => d.Arguments.ToArray())
            .Should().BeEquivalentTo(new[] { new object[] { "其他处理", "总计", 0m, 1m } });
        result.Report.Applications!.OtherHandlingIsSplit.Should().BeTrue();
    }

    private static ReportSpec BlankOrganisations(ReportSpec spec)
    {
        foreach (var key in spec.Cells.Keys.Where(k => k.StartsWith("T3.", System.StringComparison.Ordinal)).ToList())
        {
            var column = key.Split('|')[1];
            if (column is not ("T3.C.natural_person" or "T3.C.total"))
            {
                spec = spec.WithCell(key, string.Empty);
            }
        }

        return spec;
    }

    private static CheckResult Check(ReportSpec spec) => Infrastructure.Check.Spec(spec);
}
