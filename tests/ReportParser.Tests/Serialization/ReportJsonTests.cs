using System;
using System.Linq;
using ReportParser.Diagnostics;
using ReportParser.Fixtures;
using ReportParser.Model;
using ReportParser.Serialization;
using ReportParser.Tests.Infrastructure;

namespace ReportParser.Tests.Serialization;

public sealed class ReportJsonTests
{
    [Fact]
    public void A_result_read_back_from_JSON_serializes_to_the_same_JSON()
    {
        var spec = SampleReports.Balanced2021()
            .WithCell("T3.R1", "T3.C.natural_person", "14").WithCell("T3.R1", "T3.C.total", "17")
            .WithCell("T3.R3.3.5", "T3.C.research", "—")
            .WithHeading("S5", "五、存在的主要问题及整改措施");
        var result = Check.Html(HtmlReportWriter.Write(spec), "r.html");
        var json = ReportJson.Serialize(result);

        var back = ReportJson.Deserialize(json);

        ReportJson.Serialize(back).Should().Be(json);
        back.Report.Applications![ApplicationRow.NewlyReceived, ApplicantColumn.NaturalPerson].Number.Should().Be(14m);
        back.Report.Applications![ApplicationRow.NotDisclosedInternalAffairs, ApplicantColumn.ResearchInstitution].Kind.Should().Be(CellKind.Dash);
        back.Report.Section("S1")!.Text.Should().Contain("主动公开");
        back.Diagnostics.Select(d => d.Id).Should().Equal(result.Diagnostics.Select(d => d.Id));
        back.Diagnostics.First(d => d.Id == DiagnosticIds.ApplicationsDoNotBalance).Arguments.Should().Equal("自然人", 14m, 1m, 12m, 2m);
    }

    [Fact]
    public void An_unreadable_result_round_trips_too()
    {
        var result = Check.Bytes([], "empty.html");

        var back = ReportJson.Deserialize(ReportJson.Serialize(result));

        back.Status.Should().Be(ReportStatus.Unreadable);
        back.Diagnostics.Single().Id.Should().Be(DiagnosticIds.FileEmpty);
    }

    [Fact]
    public void Text_that_is_not_a_result_is_a_format_error()
    {
        var act = () => ReportJson.Deserialize("{\"files\": []}");

        act.Should().Throw<FormatException>();
    }
}
