using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using ReportParser.Diagnostics;
using ReportParser.Fixtures;
using ReportParser.Isolation;

namespace ReportParser.Cli.Tests;

/// <summary>
/// The batch under process isolation: a file that kills, hangs or bloats its reader (the worker's test hooks, see
/// <see cref="WorkerHost.TestHooksVariable"/>) costs one worker and gets its reading diagnostic; every other file is
/// checked and written in order. One batch starts all the workers this class needs.
/// </summary>
public sealed class IsolationTests
{
    [Fact]
    public void A_reader_that_crashes_hangs_or_bloats_fails_only_its_own_file()
    {
        Environment.SetEnvironmentVariable(WorkerHost.TestHooksVariable, "1");
        using var folder = new TempFolder();
        folder.Write("a-good.html", SampleReports.Balanced2021());
        folder.WriteText("b-rp-hook-stackoverflow.html", "<html></html>");
        folder.Write("c-good.html", SampleReports.Balanced2021().WithCell("T4.R.count", "T4.C.review.total", "9"));
        folder.WriteText("d-rp-hook-hang.html", "<html></html>");
        folder.WriteText("e-rp-hook-allocate.html", "<html></html>");
        folder.Write("f-good.html", SampleReports.Balanced2021());

        var (exit, output, _) = Cli.RunIsolated(new CheckCommandInput
        {
            Paths = [folder.Path], Format = OutputFormat.Json, Jobs = 3, Timeout = TimeSpan.FromSeconds(5), MemoryLimitMegabytes = 192,
        });

        exit.Should().Be(ExitCodes.Findings);
        var files = JsonDocument.Parse(output).RootElement.GetProperty("files").EnumerateArray().ToList();
        files.Select(f => Path.GetFileName(f.GetProperty("source").GetString())).Should().Equal(
            "a-good.html", "b-rp-hook-stackoverflow.html", "c-good.html", "d-rp-hook-hang.html", "e-rp-hook-allocate.html", "f-good.html");
        static string[] Ids(JsonElement file) => file.GetProperty("diagnostics").EnumerateArray().Select(d => d.GetProperty("id").GetString()!).ToArray();
        Ids(files[0]).Should().BeEmpty();
        Ids(files[2]).Should().Equal(DiagnosticIds.ReviewTotalMismatch);
        Ids(files[5]).Should().BeEmpty();
        Ids(files[1]).Should().Equal(DiagnosticIds.WorkerCrashed);
        Ids(files[3]).Should().Equal(DiagnosticIds.CheckTimedOut);
        Ids(files[4]).Should().Equal(DiagnosticIds.MemoryLimitExceeded);
        files[1].GetProperty("status").GetString().Should().Be("unreadable");
        files[1].GetProperty("diagnostics")[0].GetProperty("arguments")[0].GetString().Should().StartWith("exit code 134");
        files[3].GetProperty("diagnostics")[0].GetProperty("arguments")[0].GetString().Should().Be("5");
        files[4].GetProperty("diagnostics")[0].GetProperty("arguments")[0].GetString().Should().Be("192");
    }

    [Fact]
    public void Prestarted_workers_serve_the_first_files_and_are_never_more_than_the_pool_holds()
    {
        using var folder = new TempFolder();
        var good = folder.Write("good.html", SampleReports.Balanced2021());
        var faulty = folder.Write("faulty.html", SampleReports.Balanced2021().WithCell("T4.R.count", "T4.C.review.total", "9"));
        using var pool = new WorkerPool(new WorkerPoolOptions
        {
            Launch = WorkerLaunch.Self(typeof(CheckCommand).Assembly),
            Checker = ReportCheckerOptions.Default,
            Workers = 2,
        });

        pool.Prestart(5);
        pool.Prestart(2);
        var results = new[] { pool.CheckFileAsync(good), pool.CheckFileAsync(faulty) }.Select(t => t.GetAwaiter().GetResult()).ToList();

        pool.Started.Should().Be(2, "five asked for, two allowed, and the two documents took the prestarted ones");
        results[0].Result.Diagnostics.Should().BeEmpty();
        results[1].Result.Diagnostics.Select(d => d.Id).Should().Equal(DiagnosticIds.ReviewTotalMismatch);
    }
}
