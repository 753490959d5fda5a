using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using ReportParser.Cli.Batch;
using ReportParser.Diagnostics;
using ReportParser.Model;
using Spectre.Console;

namespace ReportParser.Cli.Progress;

/// <summary>
/// Shows a batch's progress on standard error: a Spectre.Console bar (files done / total, rate, ETA, failures so far) on
/// an interactive terminal, one plain line per file when redirected or in CI, or nothing.
/// </summary>
internal static class BatchProgress
{
    public static ProgressMode Resolve(ProgressMode requested, bool errorRedirected)
    {
        if (requested != ProgressMode.Auto)
        {
            return requested;
        }

        var ci = !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI"));
        var dumb = Environment.GetEnvironmentVariable("TERM") == "dumb";
        return errorRedirected || ci || dumb ? ProgressMode.Plain : ProgressMode.Bar;
    }

    /// <summary>Runs <paramref name="run"/>, giving it the callback to call after each file (in order).</summary>
    public static async Task RunAsync(ProgressMode mode, TextWriter error, int total, bool chinese, Func<Action<FileOutcome>, Task> run)
    {
        var clock = Stopwatch.StartNew();
        var done = 0;
        var failures = 0;

        if (mode == ProgressMode.Bar)
        {
            var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
            await console.Progress()
                .AutoClear(false)
                .HideCompleted(false)
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
                .StartAsync(async context =>
                {
                    var task = context.AddTask(Describe(0, total, 0, 0, chinese), maxValue: Math.Max(total, 1));
                    await run(outcome =>
                    {
                        done++;
                        failures += IsFailure(outcome) ? 1 : 0;
                        task.Increment(1);
                        task.Description = Describe(done, total, done / Math.Max(clock.Elapsed.TotalSeconds, 0.001), failures, chinese);
                    }).ConfigureAwait(false);
                }).ConfigureAwait(false);
            return;
        }

        await run(outcome =>
        {
            done++;
            failures += IsFailure(outcome) ? 1 : 0;
            if (mode == ProgressMode.Plain)
            {
                var result = outcome.Result;
                var errors = result.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
                error.WriteLine(chinese
                    ? string.Create(CultureInfo.InvariantCulture, $"[{done}/{total}] {result.Source}：{Status(result.Status, true)}，{errors} 个错误{(outcome.FromCache ? "（取自缓存）" : string.Empty)}")
                    : string.Create(CultureInfo.InvariantCulture, $"[{done}/{total}] {result.Source}: {Status(result.Status, false)}, {errors} errors{(outcome.FromCache ? " (cached)" : string.Empty)}"));
            }
        }).ConfigureAwait(false);
    }

    private static bool IsFailure(FileOutcome outcome) => outcome.Result.Status != ReportStatus.Checked;

    private static string Describe(int done, int total, double rate, int failures, bool chinese) => chinese
        ? string.Create(CultureInfo.InvariantCulture, $"{done}/{total} · 每秒 {rate:0.0} 个 · [{(failures > 0 ? "red" : "green")}]无法读取或非报告 {failures} 个[/]")
        : string.Create(CultureInfo.InvariantCulture, $"{done}/{total} · {rate:0.0} files/s · [{(failures > 0 ? "red" : "green")}]{failures} unreadable/not a report[/]");

    private static string Status(ReportStatus status, bool chinese) => new Output.Words(chinese ? Output.Cultures.Chinese : Output.Cultures.English).Status(status);
}
