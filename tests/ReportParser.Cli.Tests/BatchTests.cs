using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using ReportParser.Diagnostics;
using ReportParser.Fixtures;

namespace ReportParser.Cli.Tests;

public sealed class BatchTests
{
    private static TempFolder MixedBatch(int reports)
    {
        var folder = new TempFolder();
        for (var i = 0; i < reports; i++)
        {
            var spec = SampleReports.Balanced2021() with { Agency = $"示例{i % 7}县人民政府办公室", Year = 2021 + (i % 3) };
            if (i % 5 == 0)
            {
                spec = spec.WithCell("T4.R.count", "T4.C.review.total", "9");
            }

            folder.Write($"reports/{i / 10:D2}/r{i:D3}.html", spec);
        }

        folder.WriteText("reports/broken/empty.html", string.Empty);
        File.WriteAllBytes(Path.Combine(folder.Path, "reports", "broken", "old.doc"), [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0]);
        File.WriteAllBytes(Path.Combine(folder.Path, "reports", "broken", "scan.jpg"), [0xFF, 0xD8, 0xFF, 0xE0, 1, 2, 3]);
        folder.WriteText("reports/broken/notes.json", "{}");
        return folder;
    }

    [Fact]
    public void Every_file_is_accounted_for_and_broken_ones_do_not_stop_the_batch()
    {
        using var folder = MixedBatch(30);

        var (exit, output, _) = Cli.Run(new CheckCommandInput { Paths = [Path.Combine(folder.Path, "reports")], Format = OutputFormat.Json, Jobs = 4 });

        exit.Should().Be(ExitCodes.Findings);
        using var json = JsonDocument.Parse(output);
        var files = json.RootElement.GetProperty("files").EnumerateArray().ToList();
        files.Should().HaveCount(33, "30 reports + empty.html + old.doc + scan.jpg; notes.json is not a document");
        var summary = json.RootElement.GetProperty("summary");
        summary.GetProperty("checked").GetInt32().Should().Be(30);
        summary.GetProperty("unreadable").GetInt32().Should().Be(3);
        summary.GetProperty("byId").GetProperty(DiagnosticIds.ReviewTotalMismatch).GetInt32().Should().Be(6);
        summary.GetProperty("byId").GetProperty(DiagnosticIds.FileEmpty).GetInt32().Should().Be(1);
        summary.GetProperty("byId").GetProperty(DiagnosticIds.FileCorrupt).GetInt32().Should().Be(1, "old.doc is 12 bytes of a compound file header");
        summary.GetProperty("byId").GetProperty(DiagnosticIds.UnsupportedFormat).GetInt32().Should().Be(1);
    }

    [Fact]
    public void A_folder_with_every_format_is_checked_file_by_file()
    {
        // Issue 15: .doc and .wps next to .docx, .pdf and .html — the same report in five formats, each read by its own
        // reader (chosen by content) and checked to the same finding-free result.
        using var folder = new TempFolder();
        var fixtures = Path.Combine(DocsTests.Root(), "fixtures");
        var files = new[]
        {
            Path.Combine(fixtures, "doc", "official_2021.doc"),
            Path.Combine(fixtures, "wps", "official_2021.wps"),
            Path.Combine(fixtures, "docx", "official_2021.docx"),
            Path.Combine(fixtures, "pdf", "official_2021.libreoffice.pdf"),
            Path.Combine(fixtures, "html", "official_2021.html"),
        };
        foreach (var file in files)
        {
            File.Copy(file, Path.Combine(folder.Path, Path.GetFileName(file)));
        }

        var (exit, output, _) = Cli.Run(new CheckCommandInput { Paths = [folder.Path], Format = OutputFormat.Json, Jobs = 2 });

        using var json = JsonDocument.Parse(output);
        var results = json.RootElement.GetProperty("files").EnumerateArray()
            .ToDictionary(f => Path.GetFileName(f.GetProperty("source").GetString()!), f => f);
        results.Keys.Should().BeEquivalentTo(files.Select(Path.GetFileName));
        results.Select(r => (r.Key, Format: r.Value.GetProperty("format").GetString(), Status: r.Value.GetProperty("status").GetString()))
            .Should().BeEquivalentTo(new[]
            {
                ("official_2021.doc", "doc", "checked"),
                ("official_2021.wps", "doc", "checked"),
                ("official_2021.docx", "docx", "checked"),
                ("official_2021.libreoffice.pdf", "pdf", "checked"),
                ("official_2021.html", "html", "checked"),
            });
        json.RootElement.GetProperty("summary").GetProperty("checked").GetInt32().Should().Be(5);
        exit.Should().Be(ExitCodes.Success, "the fixture is a correct report in every format");
    }

    [Fact]
    public void Output_order_does_not_depend_on_parallelism()
    {
        using var folder = MixedBatch(24);
        var root = Path.Combine(folder.Path, "reports");

        var serial = Cli.Run(new CheckCommandInput { Paths = [root], Format = OutputFormat.Jsonl, Jobs = 1 }).Out;
        var parallel = Cli.Run(new CheckCommandInput { Paths = [root], Format = OutputFormat.Jsonl, Jobs = 8 }).Out;

        static string[] Files(string jsonl) => jsonl.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => l.StartsWith("{\"source\"", StringComparison.Ordinal)).ToArray();
        Files(parallel).Should().Equal(Files(serial));
        Files(serial).Should().HaveCount(27);
        Files(serial).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("source").GetString()).Should().BeInAscendingOrder(StringComparer.Ordinal);
    }

    [Fact]
    public void Include_and_exclude_globs_choose_the_files()
    {
        using var folder = MixedBatch(20);
        var root = Path.Combine(folder.Path, "reports");

        var (_, output, _) = Cli.Run(new CheckCommandInput { Paths = [root], Format = OutputFormat.Jsonl, Include = ["**/*.html"], Exclude = ["00/**", "broken/**"] });

        var sources = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => l.StartsWith("{\"source\"", StringComparison.Ordinal))
            .Select(l => JsonDocument.Parse(l).RootElement.GetProperty("source").GetString()!).ToList();
        sources.Should().HaveCount(10).And.OnlyContain(s => s.Contains(Path.Combine("reports", "01")));
    }

    [Fact]
    public void A_second_run_takes_unchanged_files_from_the_cache_and_rechecks_changed_ones()
    {
        using var folder = MixedBatch(6);
        var root = Path.Combine(folder.Path, "reports");
        var cache = Path.Combine(folder.Path, "cache");
        var input = new CheckCommandInput { Paths = [root], Format = OutputFormat.Json, CacheFolder = cache };

        var first = JsonDocument.Parse(Cli.Run(input).Out).RootElement;
        folder.Write("reports/00/r001.html", SampleReports.Balanced2021().WithCell("T3.R1", "T3.C.total", "99"));
        var second = JsonDocument.Parse(Cli.Run(input).Out).RootElement;

        first.GetProperty("summary").GetProperty("fromCache").GetInt32().Should().Be(0);
        // 5 unchanged reports + the .doc and .jpg; the empty file is cached too. Only r001 is checked again.
        second.GetProperty("summary").GetProperty("fromCache").GetInt32().Should().Be(8);
        var changed = second.GetProperty("files").EnumerateArray().Single(f => f.GetProperty("source").GetString()!.EndsWith("r001.html", StringComparison.Ordinal));
        changed.GetProperty("cells").GetProperty("T3.R1|T3.C.total").GetProperty("raw").GetString().Should().Be("99");
        Directory.EnumerateFiles(cache, "*.json", SearchOption.AllDirectories).Should().HaveCount(10);
    }

    [Fact]
    public void A_file_over_the_time_limit_is_reported_unreadable_and_the_batch_goes_on()
    {
        using var folder = MixedBatch(3);

        var (_, output, _) = Cli.Run(new CheckCommandInput { Paths = [Path.Combine(folder.Path, "reports")], Format = OutputFormat.Json, Timeout = TimeSpan.Zero });

        var files = JsonDocument.Parse(output).RootElement.GetProperty("files").EnumerateArray().ToList();
        files.Should().HaveCount(6);
        files.Where(f => f.GetProperty("status").GetString() == "unreadable").Should().HaveCount(6);
        files.Should().OnlyContain(f => f.GetProperty("diagnostics").EnumerateArray().Single().GetProperty("id").GetString() == DiagnosticIds.CheckTimedOut);
    }

    [Fact]
    public void Plain_progress_prints_one_line_per_file_on_standard_error()
    {
        using var folder = MixedBatch(4);

        var (_, _, error) = Cli.Run(new CheckCommandInput { Paths = [Path.Combine(folder.Path, "reports")], Progress = Progress.ProgressMode.Plain, Language = "en" });

        var lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Count(l => l.StartsWith('[')).Should().Be(7);
        lines.Should().Contain(l => l.StartsWith("[7/7] ", StringComparison.Ordinal));
        lines.Last().Should().StartWith("reportparser: 7 files (4 checked, 3 unreadable");
    }

    [Fact]
    public void Xlsx_needs_an_output_file()
    {
        using var folder = MixedBatch(1);

        Cli.Run(new CheckCommandInput { Paths = [folder.Path], Format = OutputFormat.Xlsx }).Exit.Should().Be(ExitCodes.UsageError);
    }
}
