using System.Linq;
using ReportParser.Diagnostics;
using ReportParser.Fixtures;
using ReportParser.Mapping;
using ReportParser.Model;
using ReportParser.Tests.Infrastructure;

namespace ReportParser.Tests.Mapping;

public sealed class NumberRangeTests
{
    [Fact]
    public void RP0307_cells_of_7_9e28_are_out_of_range_and_no_rule_crashes()
    {
        var result = Check.Bytes(BadInputs.HugeNumbers(), "huge.html");

        result.Status.Should().Be(ReportStatus.Checked);
        result.Ids().Should().NotContain(DiagnosticIds.RuleCrashed);
        var outOfRange = result.Diagnostics.Where(d => d.Id == DiagnosticIds.NumberOutOfRange).ToList();
        outOfRange.Select(d => d.Cells.Single()).Should().Equal("T3.R1|T3.C.natural_person", "T3.R1|T3.C.commercial");
        outOfRange[0].Arguments.Should().Equal(BadInputs.Decimal28, CellParser.MaxMagnitude);
        var cell = result.Report.Applications!.Cells.Single(c => c.Key == "T3.R1|T3.C.natural_person");
        cell.Raw.Should().Be(BadInputs.Decimal28);
        cell.Number.Should().BeNull();

        // The identities through 新收 are not assessed (no finding against the report); the rest still are.
        result.Ids().Should().NotContain([DiagnosticIds.RowTotalMismatch, DiagnosticIds.ApplicationsDoNotBalance]);
    }

    [Fact]
    public void RP0307_the_limit_is_inclusive_and_a_number_one_past_it_is_out_of_range()
    {
        CellParser.Parse("1000000000000000").Number.Should().Be(CellParser.MaxMagnitude);
        var past = CellParser.Parse("1000000000000001");
        past.Kind.Should().Be(CellKind.Text);
        past.OutOfRange.Should().BeTrue();
        CellParser.Parse("-1000000000000001").OutOfRange.Should().BeTrue();
        CellParser.Parse("99999999999999999999999999999999").OutOfRange.Should().BeTrue();
    }

    [Fact]
    public void RP0307_a_row_total_that_differs_beside_a_huge_cell_is_still_found_in_other_rows()
    {
        var spec = SampleReports.Balanced2021()
            .WithCell("T3.R1", "T3.C.natural_person", BadInputs.Decimal28)
            .WithCell("T4.R.count", "T4.C.review.total", "5");

        var result = Check.Spec(spec);

        result.Ids().Should().Contain(DiagnosticIds.ReviewTotalMismatch).And.Contain(DiagnosticIds.NumberOutOfRange).And.NotContain(DiagnosticIds.RuleCrashed);
    }
}
