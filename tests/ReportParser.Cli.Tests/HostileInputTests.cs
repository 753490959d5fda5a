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
}
