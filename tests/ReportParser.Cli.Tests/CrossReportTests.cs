using System.IO;
using System.Linq;
using System.Text.Json;
using ReportParser.Diagnostics;
using ReportParser.Fixtures;

namespace ReportParser.Cli.Tests;

public sealed class CrossReportTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Reports_of_one_agency_in_consecutive_years_are_compared_after_the_batch(bool noCache)
    {
        using var folder = new TempFolder();
        // 2022 carries 2 applications forward (自然人); 2023 says it took over 1: RP0701. Both years print the same
        // tables and text, so RP0704/RP0705 may join; a report of another agency stays out of the comparison.
        folder.Write("2022/report.html", SampleReports.Balanced2021() with { Year = 2022 });
        folder.Write("2023/report.html", SampleReports.Balanced2021() with { Year = 2023 });
        folder.Write("2023/other.html", SampleReports.Balanced2021() with { Year = 2023, Agency = "另一县人民政府办公室" });
        var input = new CheckCommandInput
        {
            Paths = [folder.Path],
            Format = OutputFormat.Json,
            NoCache = noCache,
            CacheFolder = noCache ? null : Path.Combine(folder.Path, ".cache"),
        };

        var (exit, output, _) = Cli.Run(input);

        exit.Should().Be(ExitCodes.Success, "cross-year findings are warnings");
        using var json = JsonDocument.Parse(output);
        var cross = json.RootElement.GetProperty("crossReport").EnumerateArray().ToList();
        var carry = cross.Where(d => d.GetProperty("id").GetString() == DiagnosticIds.CarryOverMismatch).ToList();
        carry.Should().NotBeEmpty();
        carry.Should().OnlyContain(d => d.GetProperty("location").GetProperty("source").GetString()!.EndsWith(Path.Combine("2023", "report.html"), System.StringComparison.Ordinal));
        cross.Should().NotContain(d => d.GetProperty("location").GetProperty("source").GetString()!.Contains("other.html"));
        json.RootElement.GetProperty("summary").GetProperty("byId").GetProperty(DiagnosticIds.CarryOverMismatch).GetInt32().Should().Be(carry.Count);
    }

    [Fact]
    public void Three_years_are_compared_pair_by_pair_and_each_finding_is_reported_once()
    {
        using var folder = new TempFolder();
        foreach (var year in new[] { 2021, 2022, 2023 })
        {
            folder.Write($"{year}/report.html", SampleReports.Balanced2021() with { Year = year });
        }

        var (_, output, _) = Cli.Run(new CheckCommandInput { Paths = [folder.Path], Format = OutputFormat.Json });

        var carry = JsonDocument.Parse(output).RootElement.GetProperty("crossReport").EnumerateArray()
            .Where(d => d.GetProperty("id").GetString() == DiagnosticIds.CarryOverMismatch)
            .Select(d => (Path.GetFileName(Path.GetDirectoryName(d.GetProperty("location").GetProperty("source").GetString())), d.GetProperty("location").GetProperty("column").GetString()))
            .ToList();
        // 自然人 and 总计 carry 2 forward every year but take over 1: one finding per column for 2022 and for 2023.
        carry.Should().BeEquivalentTo(new[] { ("2022", "T3.C.natural_person"), ("2022", "T3.C.total"), ("2023", "T3.C.natural_person"), ("2023", "T3.C.total") });
    }

    [Fact]
    public void Copies_of_one_report_beyond_the_cap_are_left_out_of_the_comparison_and_said_so()
    {
        using var folder = new TempFolder();
        for (var i = 0; i < 27; i++)
        {
            folder.Write($"copies/{i:D2}.html", SampleReports.Balanced2021());
        }

        var (_, output, error) = Cli.Run(new CheckCommandInput { Paths = [folder.Path], Format = OutputFormat.Json });

        error.Should().Contain("示例县人民政府办公室 的 2023 年度报告有 27 份，跨年度检查只比较了按路径排序的前 25 份");
        var noted = JsonDocument.Parse(output).RootElement.GetProperty("crossReport").EnumerateArray()
            .Select(d => d.GetProperty("location").GetProperty("source").GetString()).Distinct().Count();
        noted.Should().Be(25);
    }
}
