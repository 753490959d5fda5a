using System.Diagnostics;
using System.IO;

namespace ReportParser.Cli.Tests;

/// <summary>The real executable: parse errors are exit code 2, not 1.</summary>
public sealed class ProgramTests
{
    /// <summary>Runs the tool as a user on an English system would (LANG=en_US.UTF-8), so texts are English unless --lang says otherwise.</summary>
    internal static (int Exit, string Out, string Err) Exec(params string[] args) => ExecIn("en_US.UTF-8", args);

    /// <summary>Runs the tool under the given POSIX locale (LANG; LC_ALL and LC_MESSAGES cleared), which .NET takes as the UI culture.</summary>
    internal static (int Exit, string Out, string Err) ExecIn(string locale, params string[] args)
    {
        var dll = Path.Combine(Path.GetDirectoryName(typeof(CheckCommand).Assembly.Location)!, "ReportParser.Cli.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.Environment["LANG"] = locale;
        start.Environment.Remove("LC_ALL");
        start.Environment.Remove("LC_MESSAGES");
        start.Environment.Remove("LANGUAGE");
        start.ArgumentList.Add(dll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output, error);
    }

    [Fact]
    public void An_unknown_option_is_a_usage_error()
    {
        Exec("check", "--no-such-option", "x.html").Exit.Should().Be(ExitCodes.UsageError);
    }

    [Fact]
    public void An_invalid_format_value_is_a_usage_error()
    {
        Exec("check", "--format", "yaml", "x.html").Exit.Should().Be(ExitCodes.UsageError);
    }

    [Fact]
    public void The_sample_folder_runs_end_to_end_with_findings()
    {
        var (exit, output, _) = Exec("check", Path.Combine(DocsTests.Root(), "fixtures", "samples"), "--lang", "en");

        exit.Should().Be(ExitCodes.Findings);
        output.Should().Contain("5 files, 5 checked, 0 unreadable, 0 not a report; 5 errors, 0 warnings");
    }
}
