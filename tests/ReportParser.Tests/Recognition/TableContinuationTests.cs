using System.Linq;
using ReportParser.Diagnostics;
using ReportParser.Fixtures;
using ReportParser.Tests.Infrastructure;

namespace ReportParser.Tests.Recognition;

public sealed class TableContinuationTests
{
    [Fact]
    public void A_per_department_table_after_table_three_is_not_read_as_its_continuation()
    {
        var spec = SampleReports.Balanced2021() with { Variations = new Variations { ExtraDepartmentTable = true } };

        var result = Check.Html(HtmlReportWriter.Write(spec));

        result.Ids().Should().NotContain(DiagnosticIds.TableLayoutUnrecognized);
        result.Ids().Should().Contain(DiagnosticIds.DuplicateTable);
        result.Report.Applications!.Cells.Where(c => c.Kind == Model.CellKind.Number).Should().HaveCount(175);
        result.Errors().Should().BeEmpty();
    }

    [Fact]
    public void Table_three_split_by_a_page_break_is_joined_into_one_table()
    {
        var spec = SampleReports.Balanced2021() with { Variations = new Variations { SplitApplicationsAfterRow = "T3.R3.4.1" } };

        var result = Check.Html(HtmlReportWriter.Write(spec));

        result.Diagnostics.Should().BeEmpty();
        result.Report.Applications!.Cells.Should().OnlyContain(c => c.Kind == Model.CellKind.Number);
        result.Report.Applications!.Find("T3.R4", "T3.C.total")!.Raw.Should().Be("2");
    }
}
