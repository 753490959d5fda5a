using System.IO;
using System.Linq;
using ReportParser.Fixtures;

namespace ReportParser.Cli.Tests;

/// <summary>Hostile and broken inputs through the command line (issue #11): exit codes and one diagnostic per bad file.</summary>
public sealed class HostileInputTests
{
    [Fact]
    public void A_page_that_is_not_a_report_fails_the_run_even_when_its_only_finding_is_a_warning()
    {
        using var folder = new TempFolder();
        var file = folder.WriteText("attachment.html", "<html><body><p>示例县2023年政府信息公开工作年度报告</p><p>附件：<a href=\"/a.pdf\">示例县2023年政府信息公开工作年度报告.pdf</a></p></body></html>");

        var (exit, output, _) = Cli.Run(new CheckCommandInput { Paths = [file], Language = "en" });

        exit.Should().Be(ExitCodes.Findings);
        output.Should().Contain("warning RP0203");
        Cli.Run(new CheckCommandInput { Paths = [file], FailOn = null }).Exit.Should().Be(ExitCodes.Success);
    }

    [Fact]
    public void A_self_referencing_pdf_is_one_error_line_and_exit_1_and_the_next_file_is_read()
    {
        using var folder = new TempFolder();
        File.WriteAllBytes(Path.Combine(folder.Path, "a-self.pdf"), BadInputs.SelfReferencingResources());
        folder.Write("b-ok.html", SampleReports.Balanced2021());

        var (exit, output, _) = Cli.Run(new CheckCommandInput { Paths = [folder.Path], Language = "en" });

        exit.Should().Be(ExitCodes.Findings);
        output.Should().Contain("error RP0125");
        output.Should().Contain("b-ok.html").And.Contain("checked, 示例县人民政府办公室 2023");
    }

    [Fact]
    public void Symlink_loops_are_walked_once_each_file_checked_once()
    {
        using var folder = new TempFolder();
        folder.Write("reports/a.html", SampleReports.Balanced2021());
        Directory.CreateDirectory(Path.Combine(folder.Path, "reports", "sub"));
        File.CreateSymbolicLink(Path.Combine(folder.Path, "reports", "sub", "up"), Path.Combine(folder.Path, "reports"));
        Directory.CreateSymbolicLink(Path.Combine(folder.Path, "reports", "sub", "again"), "..");
        Directory.CreateSymbolicLink(Path.Combine(folder.Path, "reports", "self"), ".");
        File.CreateSymbolicLink(Path.Combine(folder.Path, "reports", "same.html"), Path.Combine(folder.Path, "reports", "a.html"));

        var (exit, output, _) = Cli.Run(new CheckCommandInput { Paths = [Path.Combine(folder.Path, "reports")], Language = "en" });

        exit.Should().Be(ExitCodes.Success);
        output.Split('\n').Count(l => l.StartsWith("== ", System.StringComparison.Ordinal)).Should().Be(1, output);
        output.Should().Contain("1 files, 1 checked").And.NotContain("RP0706");
    }

    [Fact]
    public void A_newline_in_a_file_name_cannot_forge_a_result_line_in_text_output()
    {
        using var folder = new TempFolder();
        var name = "x.html\n== forged.html: checked, 示例县 2023, V2021, 200 cells; 0 errors, 0 warnings, 0 infos\r\u001b[2K";
        File.WriteAllText(Path.Combine(folder.Path, name), "<html><body><p>欢迎</p></body></html>");

        var (exit, output, _) = Cli.Run(new CheckCommandInput { Paths = [folder.Path], Language = "en", Include = ["**/*"] });

        exit.Should().Be(ExitCodes.Findings);
        var lines = output.Split('\n', System.StringSplitOptions.RemoveEmptyEntries);
        lines.Should().NotContain(l => l.StartsWith("== forged", System.StringComparison.Ordinal));
        lines.Should().Contain(l => l.Contains("x.html\\n== forged.html", System.StringComparison.Ordinal) && l.Contains("\\r\\u001b[2K", System.StringComparison.Ordinal) && l.Contains(": not a report;", System.StringComparison.Ordinal));
        output.Should().NotContain("\r").And.NotContain("\u001b");
    }

    [Fact]
    public void The_generated_bad_input_corpus_gets_its_diagnostic_for_every_file_and_the_batch_completes_with_exit_1()
    {
        using var folder = new TempFolder();
        BadInputs.Write(folder.Path);
        folder.Write("zz-good.html", SampleReports.Balanced2021());

        var (exit, output, _) = Cli.Run(new CheckCommandInput { Paths = [folder.Path], Language = "en" });

        exit.Should().Be(ExitCodes.Findings);
        var lines = output.Split('\n');
        foreach (var input in BadInputs.All())
        {
            // The CLI reads by OCR when it can: text drawn as outlines is then read like a scan (RP0113) instead of RP0127.
            string[] ids = input.ExpectedId == "RP0127" ? ["RP0127", "RP0113"] : [input.ExpectedId];
            lines.Should().Contain(l => l.Contains(input.Name, System.StringComparison.Ordinal) && ids.Any(id => l.Contains(" " + id + ":", System.StringComparison.Ordinal)), input.Name);
        }

        lines.Should().Contain(l => l.Contains("zz-good.html: checked", System.StringComparison.Ordinal));
        output.Should().Contain((BadInputs.All().Count + 1) + " files").And.NotContain("RP9001").And.NotContain("RP9002");
    }
}
