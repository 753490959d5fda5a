using System.IO;
using System.Text;

namespace ReportParser.Cli.Tests;

/// <summary>
/// Runs <c>check</c> in-process without a cache (unless the input names one) and captures its streams. Files are read
/// in the test process (<c>--isolation none</c>) unless <see cref="RunIsolated"/> is used: tests that start workers stay few.
/// </summary>
internal static class Cli
{
    public static (int Exit, string Out, string Err) Run(CheckCommandInput input) => Execute(input with { Isolation = IsolationMode.None });

    public static (int Exit, string Out, string Err) RunIsolated(CheckCommandInput input) => Execute(input with { Isolation = IsolationMode.Process });

    private static (int Exit, string Out, string Err) Execute(CheckCommandInput input)
    {
        var effective = input.CacheFolder is null ? input with { NoCache = true } : input;
        using var stdout = new MemoryStream();
        var stderr = new StringWriter();
        var exit = CheckCommand.Run(effective, stdout, stderr);
        return (exit, Encoding.UTF8.GetString(stdout.ToArray()), stderr.ToString());
    }
}
