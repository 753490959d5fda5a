using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using AngleSharp.Html.Parser;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using ReportParser.Diagnostics;
using ReportParser.Fixtures;

namespace ReportParser.Cli.Tests;

/// <summary>Each output format opened and read back: the expected content is really there.</summary>
public sealed class OutputFormatTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly string _reports;

    public OutputFormatTests()
    {
        _folder.Write("reports/a_ok.html", SampleReports.Balanced2021());
        _folder.Write("reports/b_unbalanced.html", SampleReports.Balanced2021().WithCell("T3.R1", "T3.C.natural_person", "14").WithCell("T3.R1", "T3.C.total", "17") with { Agency = "乙县人民政府办公室" });
        _folder.WriteText("reports/c_empty.html", string.Empty);
        _reports = Path.Combine(_folder.Path, "reports");
    }

    public void Dispose() => _folder.Dispose();

    private string RunTo(OutputFormat format, string extension, string language = "zh")
    {
        var target = Path.Combine(_folder.Path, "out." + extension);
        var (exit, _, _) = Cli.Run(new CheckCommandInput { Paths = [_reports], Format = format, Output = target, Language = language });
        exit.Should().Be(ExitCodes.Findings);
        return target;
    }

    [Fact]
    public void Xlsx_has_a_summary_a_diagnostics_sheet_and_the_values_one_row_per_report()
    {
        var path = RunTo(OutputFormat.Xlsx, "xlsx");

        using var document = SpreadsheetDocument.Open(path, false);
        var workbook = document.WorkbookPart!;
        var names = workbook.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value).ToList();
        names.Should().Equal("汇总", "诊断", "表三表四", "跨年度", "说明");

        string[][] Rows(string name)
        {
            var sheet = workbook.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == name);
            var part = (WorksheetPart)workbook.GetPartById(sheet.Id!);
            return part.Worksheet.Descendants<Row>().Select(Dense).ToArray();
        }

        var summary = Rows("汇总");
        summary.Should().HaveCount(4);
        summary[1][0].Should().EndWith("a_ok.html");
        summary[2][6].Should().Be("2", "two 勾稽 errors in b_unbalanced");
        summary[3][2].Should().Be("无法读取");
        summary[1][5].Should().Be("2021年版格式");

        var diagnostics = Rows("诊断");
        diagnostics.Skip(1).Select(r => r[3]).Should().Contain(DiagnosticIds.ApplicationsDoNotBalance).And.Contain(DiagnosticIds.FileEmpty);

        var values = Rows("表三表四");
        var header = values[0].ToList();
        values.Should().HaveCount(3, "the unreadable file has no values");
        // Columns are headed by the template's labels (the 说明 sheet maps them to cell ids).
        var column = header.IndexOf("一、本年新收 · 自然人");
        column.Should().BeGreaterThan(0);
        values[1][column].Should().Be("13");
        values[2][column].Should().Be("14");
        values[2][header.IndexOf("行政复议 · 总计")].Should().Be("2");
        header.Should().Contain("（三）不予公开 1.属于国家秘密 · 商业企业").And.Contain("（七）总计 · 总计").And.NotContain(h => h.StartsWith("T3.", StringComparison.Ordinal));
        Rows("说明").Should().ContainEquivalentOf(new[] { "一、本年新收 · 自然人", "T3.R1|T3.C.natural_person", "一、本年新收政府信息公开申请数量 — 自然人" });

        // Frozen header row, autofilter and a width for every column.
        var first = (WorksheetPart)workbook.GetPartById(workbook.Workbook.Sheets!.Elements<Sheet>().First().Id!);
        first.Worksheet.Descendants<Pane>().Single().State!.Value.Should().Be(PaneStateValues.Frozen);
        first.Worksheet.Descendants<AutoFilter>().Single().Reference!.Value.Should().Be("A1:L1");
        first.Worksheet.Descendants<Column>().Should().HaveCount(12).And.OnlyContain(c => c.Width! >= 8);
        first.Worksheet.Descendants<Column>().First().Width!.Value.Should().Be(50, "file paths are wide");
    }

    /// <summary>A row's values by column (cells are sparse: empty values have no cell).</summary>
    private static string[] Dense(Row row)
    {
        var cells = row.Elements<Cell>().ToList();
        var values = new string[cells.Count == 0 ? 0 : ColumnIndex(cells[^1].CellReference!) + 1];
        Array.Fill(values, string.Empty);
        foreach (var cell in cells)
        {
            values[ColumnIndex(cell.CellReference!)] = cell.InnerText;
        }

        return values;
    }

    private static int ColumnIndex(string reference)
    {
        var index = 0;
        foreach (var ch in reference.TakeWhile(char.IsLetter))
        {
            index = (index * 26) + (ch - 'A' + 1);
        }

        return index - 1;
    }

    [Fact]
    public void Html_marks_exactly_the_cells_of_each_finding()
    {
        var path = RunTo(OutputFormat.Html, "html");

        var document = new HtmlParser().ParseDocument(File.ReadAllText(path, Encoding.UTF8));
        // Reports with findings are collapsed sections whose body waits in a <template>; a clean report is its index row.
        var sections = document.QuerySelectorAll("details.lazy > template").Cast<AngleSharp.Html.Dom.IHtmlTemplateElement>()
            .Select(t => t.Content.QuerySelector("section.report")!).ToList();
        sections.Should().HaveCount(2);
        document.QuerySelectorAll("details.lazy").Select(d => d.Id).Should().Equal("r-1", "r-2");

        var unbalanced = sections[0];
        var finding = unbalanced.QuerySelectorAll("li.finding").First(li => li.GetAttribute("data-id") == DiagnosticIds.ApplicationsDoNotBalance);
        finding.GetAttribute("data-cells").Should().Be("T3.R1|T3.C.natural_person T3.R2|T3.C.natural_person T3.R3.7|T3.C.natural_person T3.R4|T3.C.natural_person");
        var highlighted = unbalanced.QuerySelectorAll("td.hl").Select(td => td.GetAttribute("data-key")).ToList();
        highlighted.Should().BeEquivalentTo(
            "T3.R1|T3.C.natural_person", "T3.R2|T3.C.natural_person", "T3.R3.7|T3.C.natural_person", "T3.R4|T3.C.natural_person",
            "T3.R1|T3.C.total", "T3.R2|T3.C.total", "T3.R3.7|T3.C.total", "T3.R4|T3.C.total");
        unbalanced.QuerySelector("td[data-key='T3.R1|T3.C.natural_person']")!.TextContent.Should().Be("14");
        unbalanced.QuerySelector("td[data-key='T3.R1|T3.C.natural_person']")!.ClassList.Should().Contain("hl-error");

        document.QuerySelector("#by-id")!.TextContent.Should().Contain("RP0503");
        document.QuerySelectorAll("table.index tr").Should().HaveCount(4);
        document.QuerySelector("table.index tbody tr")!.QuerySelector("a").Should().BeNull("a report without findings has no details");
        document.QuerySelectorAll("table.index tbody tr a").Select(a => a.GetAttribute("href")).Should().Equal("#r-1", "#r-2");
        document.Body!.Children.Select(e => e.Id).Should().ContainInOrder("summary", "index", "charts", "reports");
        document.QuerySelector("script")!.TextContent.Should().Contain("data-cells");
    }

    [Fact]
    public void Json_batch_follows_the_contract()
    {
        var path = RunTo(OutputFormat.Json, "json");

        using var json = JsonDocument.Parse(File.ReadAllText(path));
        var root = json.RootElement;
        root.GetProperty("files").GetArrayLength().Should().Be(3);
        root.GetProperty("crossReport").GetArrayLength().Should().Be(0);
        var first = root.GetProperty("files")[0];
        foreach (var field in new[] { "source", "format", "status", "template", "year", "agency", "sections", "tables", "cells", "diagnostics" })
        {
            first.TryGetProperty(field, out _).Should().BeTrue(field);
        }

        root.GetProperty("summary").GetProperty("errors").GetInt32().Should().Be(3);
        root.GetProperty("summary").GetProperty("unreadable").GetInt32().Should().Be(1);
    }

    [Fact]
    public void Jsonl_has_one_result_per_line_then_the_summary()
    {
        var path = RunTo(OutputFormat.Jsonl, "jsonl");

        var lines = File.ReadAllLines(path);
        lines.Should().HaveCount(4);
        lines.Take(3).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("status").GetString()).Should().Equal("checked", "checked", "unreadable");
        JsonDocument.Parse(lines[3]).RootElement.GetProperty("summary").GetProperty("files").GetInt32().Should().Be(3);
    }

    [Fact]
    public void Csv_has_a_row_per_finding_and_a_row_for_each_clean_file()
    {
        var path = RunTo(OutputFormat.Csv, "csv");

        var bytes = File.ReadAllBytes(path);
        bytes.Take(3).Should().Equal(new byte[] { 0xEF, 0xBB, 0xBF }, "Excel needs the BOM to read UTF-8");
        var lines = File.ReadAllLines(path, Encoding.UTF8);
        lines[0].Should().StartWith("kind,source,format,status,agency,year,template,id,severity,rule");
        lines.Should().HaveCount(1 + 1 + 2 + 1);
        lines[1].Should().Contain("a_ok.html").And.Contain(",checked,示例县人民政府办公室,2023,V2021,,");
        lines[2].Should().Contain(",RP0503,error,RULE.T3.BALANCE,T3,T3.R3.7,T3.C.natural_person,");
        lines[4].Should().Contain(",RP0101,error,READ,");
    }

    [Fact]
    public void Sarif_has_the_required_fields()
    {
        var path = RunTo(OutputFormat.Sarif, "sarif");

        using var json = JsonDocument.Parse(File.ReadAllText(path));
        var root = json.RootElement;
        root.GetProperty("version").GetString().Should().Be("2.1.0");
        var run = root.GetProperty("runs")[0];
        run.GetProperty("tool").GetProperty("driver").GetProperty("name").GetString().Should().Be("reportparser");
        run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().Select(r => r.GetProperty("id").GetString())
            .Should().Equal(DiagnosticCatalog.All.Select(d => d.Id));
        var results = run.GetProperty("results").EnumerateArray().ToList();
        results.Should().HaveCount(3);
        foreach (var result in results)
        {
            result.GetProperty("ruleId").GetString().Should().MatchRegex("^RP\\d{4}$");
            result.GetProperty("message").GetProperty("text").GetString().Should().NotBeNullOrEmpty();
            result.GetProperty("level").GetString().Should().BeOneOf("error", "warning", "note");
            result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString().Should().NotBeNullOrEmpty();
        }

        results[0].GetProperty("locations")[0].GetProperty("logicalLocations")[0].GetProperty("fullyQualifiedName").GetString().Should().Be("T3.R3.7|T3.C.natural_person");
    }
}
