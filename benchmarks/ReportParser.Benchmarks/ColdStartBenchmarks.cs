using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using BenchmarkDotNet.Attributes;

namespace ReportParser.Benchmarks;

/// <summary>
/// Checking one PDF report as a fresh process, from process start to exit (issue 17's cold start, target ≤ 0.4 s),
/// against the baseline of <c>pdftotext</c> extracting the same file's text. Runs the single-file ReadyToRun build
/// (<c>tools/publish.sh linux-x64</c> → artifacts/publish/linux-x64/reportparser) with and without worker isolation.
/// Each invocation is one whole process; no cache, no progress.
/// </summary>
public class ColdStartBenchmarks
{
    private string _pdf = string.Empty;
    private string _tool = string.Empty;

    public static IEnumerable<string> Files => ["fixtures/pdf/official_2021.libreoffice.pdf"];

    [ParamsSource(nameof(Files))]
    public string File { get; set; } = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        _pdf = BenchmarkFiles.PathOf(File);
        _tool = Path.Combine(BenchmarkFiles.Root, "artifacts", "publish", "linux-x64", "reportparser");
        if (!System.IO.File.Exists(_tool))
        {
            throw new InvalidOperationException("build the single-file tool first: tools/publish.sh linux-x64");
        }
    }

    [Benchmark(Baseline = true, Description = "pdftotext file -")]
    public int PdfToText() => Run("pdftotext", _pdf, "-");

    [Benchmark(Description = "reportparser check (worker isolation)")]
    public int CheckIsolated() => Run(_tool, "check", _pdf, "--no-cache", "--progress", "none");

    [Benchmark(Description = "reportparser check --isolation none")]
    public int CheckInProcess() => Run(_tool, "check", _pdf, "--no-cache", "--progress", "none", "--isolation", "none");

    private static int Run(string program, params string[] args)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode;
    }
}
