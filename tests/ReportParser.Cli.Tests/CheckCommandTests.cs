using System.IO;
using System.Linq;
using System.Text.Json;
using ReportParser.Diagnostics;
using ReportParser.Fixtures;

namespace ReportParser.Cli.Tests;

public sealed class CheckCommandTests
{
    private static (int Exit, string Out, string Err) Run(CheckCommandInput input) => Cli.Run(input);

    [Fact]
    public void Exit_code_is_0_for_a_report_without_errors()
    {
        using var folder = new TempFolder();
        var file = folder.Write("ok.html", SampleReports.Balanced2021());

        var (exit, output, _) = Run(new CheckCommandInput { Paths = [file], Language = "en" });

        exit.Should().Be(ExitCodes.Success);
        output.Should().Contain("checked, 示例县人民政府办公室 2023, V2021, 200 cells; 0 errors");
    }

    [Fact]
    public void Exit_code_is_1_when_a_finding_reaches_fail_on()
    {
        using var folder = new TempFolder();
        var file = folder.Write("bad.html", SampleReports.Balanced2021().WithCell("T4.R.count", "T4.C.review.total", "5"));

        var (exit, output, _) = Run(new CheckCommandInput { Paths = [file], Language = "en" });

        exit.Should().Be(ExitCodes.Findings);
        output.Should().Contain("error RP0504");
    }

    [Fact]
    public void Fail_on_none_and_disable_make_findings_not_fail_the_run()
    {
        using var folder = new TempFolder();
        var file = folder.Write("bad.html", SampleReports.Balanced2021().WithCell("T4.R.count", "T4.C.review.total", "5"));

        Run(new CheckCommandInput { Paths = [file], FailOn = null }).Exit.Should().Be(ExitCodes.Success);
        var disabled = Run(new CheckCommandInput { Paths = [file], Disable = ["RP0504"] });
        disabled.Exit.Should().Be(ExitCodes.Success);
        disabled.Out.Should().NotContain("RP0504");
    }

    [Fact]
    public void Fail_on_warning_counts_warnings()
    {
        using var folder = new TempFolder();
        var stale = SampleReports.Balanced2021() with
        {
            OtherHandlingSplit = false,
            Cells = SampleReports.Disclosure2021().AddRange(SampleReports.Applications(split: false)).AddRange(SampleReports.Review()),
        };
        var file = folder.Write("stale.html", stale);

        Run(new CheckCommandInput { Paths = [file] }).Exit.Should().Be(ExitCodes.Success);
        Run(new CheckCommandInput { Paths = [file], FailOn = DiagnosticSeverity.Warning }).Exit.Should().Be(ExitCodes.Findings);
    }

    [Fact]
    public void Exit_code_is_2_for_a_path_that_does_not_exist()
    {
        var (exit, _, error) = Run(new CheckCommandInput { Paths = ["/no/such/report.html"] });

        exit.Should().Be(ExitCodes.UsageError);
        error.Should().Contain("no such file or folder: /no/such/report.html");
    }

    [Fact]
    public void Exit_code_is_2_for_an_unknown_diagnostic_id()
    {
        using var folder = new TempFolder();
        var file = folder.Write("ok.html", SampleReports.Balanced2021());

        Run(new CheckCommandInput { Paths = [file], Disable = ["RP9999"] }).Exit.Should().Be(ExitCodes.UsageError);
    }

    [Fact]
    public void An_unreadable_file_is_a_finding_not_a_crash()
    {
        using var folder = new TempFolder();
        var empty = folder.WriteText("empty.html", string.Empty);

        var (exit, output, _) = Run(new CheckCommandInput { Paths = [empty], Language = "en" });

        exit.Should().Be(ExitCodes.Findings);
        output.Should().Contain("error RP0101").And.Contain("unreadable");
    }

    [Fact]
    public void Json_for_one_file_follows_the_contract()
    {
        using var folder = new TempFolder();
        var file = folder.Write("bad.html", SampleReports.Balanced2021().WithCell("T3.R1", "T3.C.natural_person", "14").WithCell("T3.R1", "T3.C.total", "17"));

        var (_, output, _) = Run(new CheckCommandInput { Paths = [file], Format = OutputFormat.Json });

        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        root.GetProperty("source").GetString().Should().Be(file);
        root.GetProperty("format").GetString().Should().Be("html");
        root.GetProperty("status").GetString().Should().Be("checked");
        root.GetProperty("template").GetString().Should().Be("V2021");
        root.GetProperty("year").GetInt32().Should().Be(2023);
        root.GetProperty("agency").GetString().Should().Be("示例县人民政府办公室");
        root.GetProperty("sections").EnumerateObject().Select(p => p.Name).Should().Equal("S1", "S2", "S3", "S4", "S5", "S6");
        root.GetProperty("sections").GetProperty("S1").GetProperty("title").GetString().Should().Be("一、总体情况");

        var cells = root.GetProperty("cells");
        cells.EnumerateObject().Should().HaveCount(200);
        var cell = cells.GetProperty("T3.R1|T3.C.natural_person");
        cell.GetProperty("raw").GetString().Should().Be("14");
        cell.GetProperty("value").GetDecimal().Should().Be(14m);
        cell.GetProperty("kind").GetString().Should().Be("number");
        cells.TryGetProperty("T3.R3.6|T3.C.total", out _).Should().BeFalse("the 2021 （六） group is derived, not printed");

        var diagnostics = root.GetProperty("diagnostics").EnumerateArray().ToList();
        diagnostics.Should().HaveCount(2);
        var first = diagnostics[0];
        first.GetProperty("id").GetString().Should().Be("RP0503");
        first.GetProperty("rule").GetString().Should().Be("RULE.T3.BALANCE");
        first.GetProperty("severity").GetString().Should().Be("error");
        first.GetProperty("message").GetString().Should().Contain("新收 14");
        first.GetProperty("location").GetProperty("table").GetString().Should().Be("T3");
        first.GetProperty("location").GetProperty("row").GetString().Should().Be("T3.R3.7");
        first.GetProperty("location").GetProperty("column").GetString().Should().Be("T3.C.natural_person");
        first.GetProperty("cells").EnumerateArray().Select(c => c.GetString()).Should().Equal(
            "T3.R1|T3.C.natural_person", "T3.R2|T3.C.natural_person", "T3.R3.7|T3.C.natural_person", "T3.R4|T3.C.natural_person");
        first.GetProperty("arguments").EnumerateArray().Select(a => a.ToString()).Should().Equal("自然人", "14", "1", "12", "2");
    }

    [Fact]
    public void Json_for_a_folder_is_a_batch_with_a_summary_in_a_stable_order()
    {
        using var folder = new TempFolder();
        folder.Write("b/second.html", SampleReports.Balanced2021().WithCell("T4.R.count", "T4.C.review.total", "5"));
        folder.Write("a/first.html", SampleReports.Balanced2021());
        folder.WriteText("notes.json", "{\"ignored\": \"not a document type\"}");

        var (exit, output, _) = Run(new CheckCommandInput { Paths = [folder.Path], Format = OutputFormat.Json });

        exit.Should().Be(ExitCodes.Findings);
        using var json = JsonDocument.Parse(output);
        var files = json.RootElement.GetProperty("files").EnumerateArray().Select(f => Path.GetFileName(f.GetProperty("source").GetString())).ToList();
        files.Should().Equal("first.html", "second.html");
        var summary = json.RootElement.GetProperty("summary");
        summary.GetProperty("files").GetInt32().Should().Be(2);
        summary.GetProperty("checked").GetInt32().Should().Be(2);
        summary.GetProperty("errors").GetInt32().Should().Be(1);
        summary.GetProperty("byId").GetProperty("RP0504").GetInt32().Should().Be(1);
    }

    [Fact]
    public void Output_option_writes_the_file()
    {
        using var folder = new TempFolder();
        var file = folder.Write("ok.html", SampleReports.Balanced2021());
        var target = Path.Combine(folder.Path, "out.json");

        var (exit, stdout, _) = Run(new CheckCommandInput { Paths = [file], Format = OutputFormat.Json, Output = target });

        exit.Should().Be(ExitCodes.Success);
        stdout.Should().BeEmpty();
        JsonDocument.Parse(File.ReadAllText(target)).RootElement.GetProperty("status").GetString().Should().Be("checked");
    }
}
