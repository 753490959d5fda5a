using System;
using System.Linq;
using System.Text.Json;
using ReportParser.Diagnostics;
using ReportParser.Documents;
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
    public void Cells_carry_their_reading_state_provenance_and_confidence_and_read_back()
    {
        var document = SourceDocumentWriter.Write(SampleReports.Balanced2021())
            .ChangeValue("予以公开", 0, c => c with
            {
                Reading = CellReading.Doubtful,
                Confidence = 0.42,
                ReadingNote = "7 or 1",
                Provenance = c.Provenance with { Method = ReadingMethod.Ocr, Line = 12, Character = 3 },
            })
            .Relabel("内部事务", "5.（无法识别）");
        var result = ReportChecker.Default.Check(document);

        var json = ReportJson.Serialize(result);

        using (var parsed = JsonDocument.Parse(json))
        {
            var cells = parsed.RootElement.GetProperty("cells");
            var doubtful = cells.GetProperty("T3.R3.1|T3.C.total");
            doubtful.GetProperty("state").GetString().Should().Be("doubtful");
            doubtful.GetProperty("provenance").GetString().Should().Be("ocr");
            doubtful.GetProperty("confidence").GetDouble().Should().Be(0.42);
            doubtful.GetProperty("readingNote").GetString().Should().Be("7 or 1");
            doubtful.GetProperty("line").GetInt32().Should().Be(12);
            doubtful.GetProperty("character").GetInt32().Should().Be(3);
            cells.GetProperty("T3.R1|T3.C.total").GetProperty("state").GetString().Should().Be("read");
            cells.GetProperty("T3.R1|T3.C.total").TryGetProperty("confidence", out _).Should().BeFalse();
            cells.TryGetProperty("T3.R3.3.5|T3.C.total", out _).Should().BeFalse("a cell the reader did not find is named by RP0304, not invented in cells");
            parsed.RootElement.GetProperty("diagnostics").EnumerateArray().Select(d => d.GetProperty("id").GetString())
                .Should().Contain([DiagnosticIds.CellsNotFound, DiagnosticIds.CellsReadUncertainly]);
        }

        var back = ReportJson.Deserialize(json);

        ReportJson.Serialize(back).Should().Be(json);
        var cell = back.Report.Applications![ApplicationRow.Disclosed, ApplicantColumn.Total];
        cell.State.Should().Be(CellState.Doubtful);
        cell.Confidence.Should().Be(0.42);
        cell.Method.Should().Be(ReadingMethod.Ocr);
        cell.ReadingNote.Should().Be("7 or 1");
        cell.Location.Line.Should().Be(12);
        cell.Location.Character.Should().Be(3);
        back.Report.Applications![ApplicationRow.NotDisclosedInternalAffairs, ApplicantColumn.Total].State.Should().Be(CellState.NotFound);
        back.Report.Applications![ApplicationRow.NewlyReceived, ApplicantColumn.Total].State.Should().Be(CellState.Read);
    }

    [Fact]
    public void A_result_written_before_cells_had_states_reads_back_with_states_from_the_cell_kinds()
    {
        var json = ReportJson.Serialize(Check.Spec(SampleReports.Balanced2021().WithCell("T3.R4", "T3.C.other", "/")));
        var old = System.Text.RegularExpressions.Regex.Replace(json, @",\s*""state"": ""[a-z-]+""", string.Empty);
        old.Should().NotContain("\"state\"");

        var back = ReportJson.Deserialize(old);

        back.Report.Applications![ApplicationRow.CarriedForward, ApplicantColumn.Other].State.Should().Be(CellState.Blank);
        back.Report.Applications![ApplicationRow.CarriedForward, ApplicantColumn.Total].State.Should().Be(CellState.Read);
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
