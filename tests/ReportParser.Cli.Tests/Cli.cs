using System.IO;
using System.Text;

namespace ReportParser.Cli.Tests;

/// <summary>Runs <c>check</c> in-process without a cache (unless the input names one) and captures its streams.</summary>
internal static class Cli
{
    public static (int Exit, string Out, string Err) Run(CheckCommandInput input)
    {
        var effective = input.CacheFolder is null ? input with { NoCache = true } : input;
        using var stdout = new MemoryStream();
        var stderr = new StringWriter();
        var exit = CheckCommand.Run(effective, stdout, stderr);
        return (exit, Encoding.UTF8.GetString(stdout.ToArray()), stderr.ToString());
    }
}
