using System;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ReportParser.Cli.Batch;
using ReportParser.Cli.Output;
using ReportParser.Cli.Progress;
using ReportParser.Diagnostics;
using ReportParser.Isolation;
using ReportParser.Ocr;

namespace ReportParser.Cli;

/// <summary>
/// <c>reportparser check</c>: checks files and folders in parallel, writes the results in file order in the chosen
/// format, shows progress on standard error, and keeps a cache so unchanged files are not checked again.
/// </summary>
internal static class CheckCommand
{
    public static int Run(CheckCommandInput input, Stream stdout, TextWriter stderr) =>
        RunAsync(input, stdout, stderr, errorRedirected: true).GetAwaiter().GetResult();

    /// <summary>
    /// Runs the check. Cancelling <paramref name="cancellationToken"/> (Ctrl+C) stops taking new files, lets the files
    /// being read in this process finish (workers are stopped), and leaves no trace: the output goes to a hidden temporary file next to <c>--output</c> that only
    /// replaces it when the run completes, and every temporary file and folder of the run is removed.
    /// </summary>
    public static async Task<int> RunAsync(CheckCommandInput input, Stream stdout, TextWriter stderr, bool errorRedirected, CancellationToken cancellationToken = default)
    {
        if (Validate(input, stderr) is { } usage)
        {
            return usage;
        }

        // Without --no-cache results persist between runs; with it they live in a folder of this run only, which the
        // cross-year checks still need to reload each agency's reports.
        var zh = Cultures.For(input.Language) == Cultures.Chinese;
        var cacheFolder = input.NoCache ? null : input.CacheFolder ?? ResultCache.DefaultFolder;
        var collected = FileCollector.Collect(input.Paths, input.Include, input.Exclude, cacheFolder, input.Output);
        foreach (var path in collected.Missing)
        {
            stderr.WriteLine($"reportparser: no such file or folder: {path}");
        }

        if (collected.Missing.Count > 0)
        {
            return ExitCodes.UsageError;
        }

        if (collected.Files.Count == 0)
        {
            stderr.WriteLine("reportparser: no files to check under the given paths (check --include/--exclude)");
            return ExitCodes.UsageError;
        }

        var options = (ReportCheckerOptions.Default with
        {
            SeverityOverrides = input.Disable.ToImmutableDictionary(id => id.ToUpperInvariant(), _ => (DiagnosticSeverity?)null),
            BlankCells = input.BlankAsZero ? BlankCellPolicy.TreatAsZero : BlankCellPolicy.NotAssessable,
            TimeLimit = input.Timeout,
        }).WithOcr(); // scans and tables published as pictures are read by OCR (ReportParser.Ocr), one thread per file
        string? runFolder = null;
        if (cacheFolder is null)
        {
            // Folders of earlier --no-cache runs that were killed before they could delete theirs.
            RunFolders.RemoveStale(Path.GetTempPath());
            runFolder = RunFolders.New(Path.GetTempPath());
        }

        var cache = new ResultCache(cacheFolder ?? runFolder!, options);
        var checker = new ReportChecker(options);
        using var pool = input.Isolation == IsolationMode.Process ? new WorkerPool(new WorkerPoolOptions
        {
            Launch = WorkerLaunch.Self(typeof(CheckCommand).Assembly),
            Checker = options,
            Workers = input.Jobs,
            MemoryLimitBytes = input.MemoryLimitMegabytes * 1024L * 1024,
        }) : null;
        // Workers start now, while the output and the progress display are set up, not when the first file needs one.
        pool?.Prestart(Math.Min(input.Jobs, collected.Files.Count));
        var runner = new BatchRunner(checker, cache, input.Jobs, pool);

        Stream? file = null;
        IResultWriter? writer = null;
        string? partial = null;
        var completed = false;
        try
        {
            if (input.Output is { } output)
            {
                try
                {
                    partial = PartialPath(output);
                    file = new FileStream(partial, FileMode.CreateNew, FileAccess.Write, FileShare.Read);
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    stderr.WriteLine($"reportparser: cannot write {output}: {ex.Message}");
                    return ExitCodes.UsageError;
                }
            }

            var single = collected.Files.Count == 1 && input.Paths.Count == 1 && File.Exists(input.Paths[0]);
            writer = CreateWriter(input, file ?? stdout, single);
            var summary = new RunSummary();
            var cross = new CrossReportChecks(options);
            var failed = false;
            var clock = Stopwatch.StartNew();
            var mode = BatchProgress.Resolve(input.Progress, errorRedirected);

            await BatchProgress.RunAsync(mode, stderr, collected.Files.Count, zh, onFile => runner.RunAsync(collected.Files, outcome =>
            {
                writer.WriteFile(outcome);
                summary.Add(outcome);
                cross.Observe(outcome);
                // A file that could not be checked (unreadable, not a report) is never a pass, whatever its findings' severities.
                failed |= input.FailOn is { } threshold && (outcome.Result.HasAtLeast(threshold) || outcome.Result.Status != ReportParser.Model.ReportStatus.Checked);
                onFile(outcome);
            }, cancellationToken)).ConfigureAwait(false);

            cancellationToken.ThrowIfCancellationRequested();
            cross.Run(path => runner.CheckOne(new BatchFile(-1, path)).Result, findings =>
            {
                writer.WriteCrossReport(findings);
                summary.AddCrossReport(findings);
                failed |= input.FailOn is { } level && findings.Any(d => d.Severity >= level);
            });
            foreach (var (agency, year, count) in cross.Capped)
            {
                stderr.WriteLine(zh
                    ? string.Create(CultureInfo.InvariantCulture, $"reportparser：{agency} 的 {year} 年度报告有 {count} 份，跨年度检查只比较了按路径排序的前 {CrossReportChecks.MaxReportsPerAgencyYear} 份")
                    : string.Create(CultureInfo.InvariantCulture, $"reportparser: {agency} has {count} reports for {year}; the cross-year checks compared the first {CrossReportChecks.MaxReportsPerAgencyYear} (by path)"));
            }

            cancellationToken.ThrowIfCancellationRequested();
            summary.Elapsed = clock.Elapsed;
            writer.Complete(summary);
            writer.Dispose();
            writer = null;
            if (file is not null)
            {
                file.Dispose();
                file = null;
                File.Move(partial!, input.Output!, overwrite: true);
            }

            completed = true;

            if (mode != ProgressMode.None || input.Output is not null)
            {
                stderr.WriteLine(zh
                    ? string.Create(CultureInfo.InvariantCulture, $"reportparser：共 {summary.Files} 个文件（已检查 {summary.Checked} 个，无法读取 {summary.Unreadable} 个，不是年度报告 {summary.NotAReport} 个，取自缓存 {summary.FromCache} 个），用时 {summary.Elapsed.TotalSeconds:0.0} 秒，每秒 {summary.FilesPerSecond:0.0} 个；{summary.Errors} 个错误，{summary.Warnings} 个警告{(input.Output is null ? string.Empty : "；结果已写入 " + input.Output)}")
                    : string.Create(CultureInfo.InvariantCulture, $"reportparser: {summary.Files} files ({summary.Checked} checked, {summary.Unreadable} unreadable, {summary.NotAReport} not a report, {summary.FromCache} from cache) in {summary.Elapsed.TotalSeconds:0.0} s, {summary.FilesPerSecond:0.0} files/s; {summary.Errors} errors, {summary.Warnings} warnings{(input.Output is null ? string.Empty : "; written to " + input.Output)}"));
            }

            return failed ? ExitCodes.Findings : ExitCodes.Success;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            stderr.WriteLine("reportparser: stopped; " + (input.Output is null ? "the output is incomplete" : input.Output + " was not written"));
            return ExitCodes.Cancelled;
        }
        finally
        {
            writer?.Dispose();
            file?.Dispose();
            if (!completed && partial is not null)
            {
                TryDeleteFile(partial);
            }

            if (runFolder is not null)
            {
                TryDelete(runFolder);
            }
        }
    }

    /// <summary>A hidden file next to <paramref name="output"/> (the folder walk skips hidden files) that becomes it on success.</summary>
    private static string PartialPath(string output)
    {
        var full = Path.GetFullPath(output);
        return Path.Combine(Path.GetDirectoryName(full)!, "." + Path.GetFileName(full) + "." + Guid.NewGuid().ToString("N")[..8] + ".partial");
    }

    private static void TryDeleteFile(string file)
    {
        try
        {
            File.Delete(file);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
        }
    }

    private static void TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
        }
    }

    private static int? Validate(CheckCommandInput input, TextWriter stderr)
    {
        foreach (var id in input.Disable)
        {
            if (DiagnosticCatalog.Find(id) is null)
            {
                stderr.WriteLine($"reportparser: unknown diagnostic id in --disable: {id}");
                return ExitCodes.UsageError;
            }
        }

        if (input.Jobs < 1)
        {
            stderr.WriteLine("reportparser: --jobs must be at least 1");
            return ExitCodes.UsageError;
        }

        if (input.MemoryLimitMegabytes < 0 || (input.MemoryLimitMegabytes is > 0 and < 64))
        {
            stderr.WriteLine("reportparser: --memory-limit must be 0 (no limit) or at least 64 (MiB)");
            return ExitCodes.UsageError;
        }

        if (input.Output is { } output && (Directory.Exists(output) || output.EndsWith('/') || output.EndsWith(Path.DirectorySeparatorChar)))
        {
            stderr.WriteLine($"reportparser: --output {output} is a folder; give a file name, e.g. --output {Path.Combine(output, "results." + input.Format.ToString().ToLowerInvariant())}");
            return ExitCodes.UsageError;
        }

        if (input.Timeout is { } limit && limit < TimeSpan.Zero)
        {
            stderr.WriteLine("reportparser: --timeout must be 0 (no limit) or a number of seconds above 0");
            return ExitCodes.UsageError;
        }

        if (input.Format == OutputFormat.Xlsx && input.Output is null)
        {
            stderr.WriteLine("reportparser: --format xlsx needs --output FILE.xlsx");
            return ExitCodes.UsageError;
        }

        return null;
    }

    private static IResultWriter CreateWriter(CheckCommandInput input, Stream output, bool single)
    {
        var culture = Cultures.For(input.Language);
        return input.Format switch
        {
            OutputFormat.Json => JsonResultWriter.Document(output, single),
            OutputFormat.Jsonl => JsonResultWriter.Lines(output),
            OutputFormat.Csv => new CsvResultWriter(output),
            OutputFormat.Xlsx => new XlsxResultWriter(output, culture),
            OutputFormat.Html => new HtmlResultWriter(output, culture),
            OutputFormat.Sarif => new SarifResultWriter(output),
            _ => new TextResultWriter(new StreamWriter(output, new System.Text.UTF8Encoding(false), 65536, leaveOpen: true), culture),
        };
    }
}
