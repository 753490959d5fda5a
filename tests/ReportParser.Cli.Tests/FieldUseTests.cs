using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Threading;
using ReportParser.Diagnostics;
using ReportParser.Fixtures;

namespace ReportParser.Cli.Tests;

/// <summary>What broke in the hands of an inspection team (issue 17): the cache, the tool's own output, the command line, Ctrl+C.</summary>
public sealed class FieldUseTests
{
    [Fact]
    public void Cached_results_take_the_path_given_in_this_run_and_keep_their_cross_year_findings()
    {
        using var folder = new TempFolder();
        folder.Write("batch2/2022/report.html", SampleReports.Balanced2021() with { Year = 2022 });
        folder.Write("batch2/2023/report.html", (SampleReports.Balanced2021() with { Year = 2023 }).WithCell("T4.R.count", "T4.C.review.total", "9"));
        var cache = Path.Combine(folder.Path, "cache");
        var first = new CheckCommandInput { Paths = [Path.Combine(folder.Path, "batch2")], Format = OutputFormat.Json, CacheFolder = cache };
        // The same folder spelled differently (as `cd batch2 && reportparser check .` does): same files, same cache keys.
        var respelled = Path.Combine(folder.Path, "batch2", "2022", "..");
        var second = first with { Paths = [respelled] };

        var u1 = JsonDocument.Parse(Cli.Run(first).Out).RootElement;
        var u2 = JsonDocument.Parse(Cli.Run(second).Out).RootElement;

        u2.GetProperty("summary").GetProperty("fromCache").GetInt32().Should().Be(2);
        u2.GetProperty("files").EnumerateArray().Select(f => f.GetProperty("source").GetString())
            .Should().Equal(Path.Combine(respelled, "2022", "report.html"), Path.Combine(respelled, "2023", "report.html"));
        static string[] Carry(JsonElement root) => root.GetProperty("crossReport").EnumerateArray()
            .Where(d => d.GetProperty("id").GetString() == DiagnosticIds.CarryOverMismatch)
            .Select(d => d.GetProperty("location").GetProperty("source").GetString() + "|" + d.GetProperty("location").GetProperty("column").GetString())
            .ToArray();
        Carry(u1).Should().HaveCount(2);
        Carry(u2).Should().Equal(Carry(u1).Select(c => c.Replace(Path.Combine(folder.Path, "batch2"), respelled, StringComparison.Ordinal)));
        u2.GetProperty("files").EnumerateArray().SelectMany(f => f.GetProperty("diagnostics").EnumerateArray())
            .Select(d => d.GetProperty("location").GetProperty("source").GetString()).Should().NotBeEmpty().And.OnlyContain(s => s!.StartsWith(respelled, StringComparison.Ordinal));
    }

    [Fact]
    public void The_runs_own_output_and_word_lock_files_are_not_checked_as_reports()
    {
        using var folder = new TempFolder();
        folder.Write("batch2/a.html", SampleReports.Balanced2021());
        folder.Write("batch2/b.html", SampleReports.Balanced2021().WithCell("T3.R1", "T3.C.total", "99"));
        File.WriteAllBytes(Path.Combine(folder.Path, "batch2", "~$报告.docx"), [0x0C, 0xE7, 0xA4, 0xBA, 0, 0, 0, 0]);
        var input = new CheckCommandInput { Paths = [Path.Combine(folder.Path, "batch2")], Format = OutputFormat.Html, Output = Path.Combine(folder.Path, "batch2", "结果.html") };
        var json = input with { Format = OutputFormat.Json, Output = null };

        var (firstExit, _, firstErr) = Cli.Run(input);
        var (secondExit, _, secondErr) = Cli.Run(input);
        var files = JsonDocument.Parse(Cli.Run(json).Out).RootElement.GetProperty("files").EnumerateArray()
            .Select(f => Path.GetFileName(f.GetProperty("source").GetString())).ToList();

        firstExit.Should().Be(ExitCodes.Findings);
        secondExit.Should().Be(ExitCodes.Findings);
        firstErr.Should().Contain("共 2 个文件（已检查 2 个，无法读取 0 个");
        secondErr.Should().Contain("共 2 个文件（已检查 2 个，无法读取 0 个");
        File.ReadAllText(input.Output!).Should().Contain("b.html");
        files.Should().Equal("a.html", "b.html", "结果.html"); // a run with another output does read it: only the run's own output is left out
    }

    [Fact]
    public void An_existing_folder_as_output_is_a_usage_error_that_says_so()
    {
        using var folder = new TempFolder();
        var report = folder.Write("a.html", SampleReports.Balanced2021());
        var outFolder = Directory.CreateDirectory(Path.Combine(folder.Path, "out")).FullName;

        var (exit, _, error) = Cli.Run(new CheckCommandInput { Paths = [report], Format = OutputFormat.Json, Output = outFolder + Path.DirectorySeparatorChar });

        exit.Should().Be(ExitCodes.UsageError);
        error.Should().Contain($"--output {outFolder}{Path.DirectorySeparatorChar} is a folder; give a file name, e.g. --output {Path.Combine(outFolder + Path.DirectorySeparatorChar, "results.json")}");
        Directory.EnumerateFileSystemEntries(outFolder).Should().BeEmpty();
    }

    [Fact]
    public void A_mistyped_option_is_named_with_the_option_meant()
    {
        var (exit, _, error) = ProgramTests.Exec("check", "--formt", "json", "x.html");

        exit.Should().Be(ExitCodes.UsageError);
        error.Should().Contain("--formt is not an option of reportparser check; did you mean --format?");
    }

    [Fact]
    public void Check_alone_shows_its_help()
    {
        var (exit, output, error) = ProgramTests.Exec("check");

        exit.Should().Be(ExitCodes.UsageError);
        output.Should().Contain("<paths>").And.Contain("--format").And.Contain("--output");
        error.Should().NotContain("Required argument missing");
    }

    [Fact]
    public void A_negative_timeout_is_a_usage_error_not_no_limit()
    {
        var (exit, _, error) = ProgramTests.Exec("check", "--timeout", "-5", "x.html");

        exit.Should().Be(ExitCodes.UsageError);
        error.Should().Contain("--timeout must be 0 (no limit) or a number of seconds above 0");
    }

    [Fact]
    public void Ctrl_c_during_an_xlsx_run_leaves_no_output_file_and_no_temporary_files()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // SIGINT is sent with kill(1)
        }

        using var folder = new TempFolder();
        for (var i = 0; i < 400; i++)
        {
            folder.Write($"batch/r{i:D3}.html", SampleReports.Balanced2021() with { Agency = $"示例{i}县人民政府办公室" });
        }

        var temp = Directory.CreateDirectory(Path.Combine(folder.Path, "tmp")).FullName;
        var output = Path.Combine(folder.Path, "out", "结果.xlsx");
        Directory.CreateDirectory(Path.GetDirectoryName(output)!);
        var dll = Path.Combine(Path.GetDirectoryName(typeof(CheckCommand).Assembly.Location)!, "ReportParser.Cli.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, StandardErrorEncoding = Encoding.UTF8 };
        foreach (var arg in new[] { dll, "check", Path.Combine(folder.Path, "batch"), "--format", "xlsx", "-o", output, "--no-cache", "--jobs", "1", "--progress", "plain" })
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["TMPDIR"] = temp;
        using var process = Process.Start(start)!;
        var stderr = new StringBuilder();
        var started = new ManualResetEventSlim();
        process.ErrorDataReceived += (_, e) =>
        {
            lock (stderr)
            {
                stderr.AppendLine(e.Data);
            }

            if (e.Data?.StartsWith("[3/400]", StringComparison.Ordinal) == true)
            {
                started.Set();
            }
        };
        process.BeginErrorReadLine();
        _ = process.StandardOutput.ReadToEndAsync();
        started.Wait(TimeSpan.FromMinutes(2)).Should().BeTrue("the batch starts: " + stderr);
        Process.Start("kill", ["-INT", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])!.WaitForExit();
        process.WaitForExit(60_000).Should().BeTrue();
        process.WaitForExit();

        process.ExitCode.Should().Be(ExitCodes.Cancelled, stderr.ToString());
        stderr.ToString().Should().Contain($"reportparser: stopped; {output} was not written").And.NotContain("[400/400]");
        Directory.EnumerateFileSystemEntries(Path.GetDirectoryName(output)!).Should().BeEmpty();
        Directory.EnumerateFileSystemEntries(temp).Should().BeEmpty();
    }
}

/// <summary>Names from crawled documents cannot become formulas in the CSV or XLSX outputs (issue 17).</summary>
public sealed class FormulaInjectionTests
{
    [Theory]
    [InlineData("=HYPERLINK(\"http://x\",\"点我\")", "\"'=HYPERLINK(\"\"http://x\"\",\"\"点我\"\")\"")]
    [InlineData("+1+1", "'+1+1")]
    [InlineData("-2", "'-2")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tx", "'\tx")]
    [InlineData("示例县人民政府办公室", "示例县人民政府办公室")]
    [InlineData("a,b", "\"a,b\"")]
    public void Csv_fields_that_start_like_a_formula_are_quoted_as_text(string field, string written)
    {
        Output.CsvResultWriter.Escape(field).Should().Be(written);
    }

    [Fact]
    public void Xlsx_cells_that_start_like_a_formula_get_the_quote_prefix_style()
    {
        using var folder = new TempFolder();
        folder.Write("=cmd.html", SampleReports.Balanced2021() with { Agency = "=HYPERLINK(\"http://x\")县人民政府办公室" });
        var output = Path.Combine(folder.Path, "out.xlsx");

        Cli.Run(new CheckCommandInput { Paths = [folder.Path], Format = OutputFormat.Xlsx, Output = output, Language = "zh" });

        using var document = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(output, false);
        var workbook = document.WorkbookPart!;
        workbook.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<DocumentFormat.OpenXml.Spreadsheet.CellFormat>().ElementAt(2).QuotePrefix!.Value.Should().BeTrue();
        var cells = workbook.WorksheetParts.SelectMany(p => p.Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Cell>())
            .Where(c => c.InnerText.StartsWith('=')).ToList();
        cells.Should().NotBeEmpty().And.OnlyContain(c => c.StyleIndex! == 2u && c.DataType! == DocumentFormat.OpenXml.Spreadsheet.CellValues.InlineString);
    }
}
