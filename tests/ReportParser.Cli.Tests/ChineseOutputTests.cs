using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using DocumentFormat.OpenXml.Packaging;
using ReportParser.Fixtures;

namespace ReportParser.Cli.Tests;

/// <summary>
/// A Chinese officer sees no English word with <c>--lang zh</c> (issue 17): the text, xlsx and HTML outputs are scanned
/// for ASCII words once file names, diagnostic and cell ids, numbers and the names of file formats and products (HTML,
/// PDF, Word, WPS, Excel …) are taken out.
/// </summary>
public sealed class ChineseOutputTests : IDisposable
{
    private static readonly string[] Allowed =
    [
        "HTML", "PDF", "Word", "WPS", "DOCX", "ZIP", "Excel", "OLE", "RTF", "XML", "OPC", "OFD", "PowerPoint", "OpenDocument", "Office", "OOXML",
        "html", "docx", "doc", "wps", "xlsx", "xls", "pptx", "odt", "ofd", "reportparser",
    ];

    private readonly TempFolder _folder = new();
    private readonly string _reports;

    public ChineseOutputTests()
    {
        _folder.Write("报告/甲.html", SampleReports.Balanced2021());
        _folder.Write("报告/乙.html", SampleReports.Balanced2021().WithCell("T3.R1", "T3.C.natural_person", "14").WithCell("T3.R1", "T3.C.total", "17") with { Agency = "乙县人民政府办公室" });
        _folder.Write("报告/丙.html", SampleReports.Balanced2021().WithCell("T4.R.count", "T4.C.review.total", "9") with { Year = 2022 });
        _folder.WriteText("报告/空.html", string.Empty);
        using (var zip = ZipFile.Open(Path.Combine(_folder.Path, "报告", "表格.docx"), ZipArchiveMode.Create))
        {
            using var entry = new StreamWriter(zip.CreateEntry("xl/workbook.xml").Open());
            entry.Write("<workbook/>");
        }

        _reports = Path.Combine(_folder.Path, "报告");
    }

    public void Dispose() => _folder.Dispose();

    private string Run(OutputFormat format, string extension)
    {
        var target = Path.Combine(_folder.Path, "结果." + extension);
        var (exit, _, error) = Cli.Run(new CheckCommandInput { Paths = [_reports], Format = format, Output = target, Language = "zh" });
        exit.Should().Be(ExitCodes.Findings, error);
        error.Should().Contain("reportparser：共 5 个文件");
        return target;
    }

    /// <summary>The ASCII words left once paths, ids, numbers and format names are taken out.</summary>
    private string[] EnglishWords(string text)
    {
        var cleaned = text.Replace(_folder.Path, " ", StringComparison.Ordinal);
        cleaned = Regex.Replace(cleaned, @"RP\d{4}|\b(?:READ|RECOGNIZE|MAP)\b|RULE\.[A-Z0-9_.]+|T[234](\.[A-Za-z0-9_]+)*(\|T[234](\.[A-Za-z0-9_]+)*)?|\d+(\.\d+)?", " ");
        return Regex.Matches(cleaned, "[A-Za-z]{2,}").Select(m => m.Value).Where(w => !Allowed.Contains(w)).Distinct().ToArray();
    }

    [Fact]
    public void Text_output_in_Chinese_has_no_English_word()
    {
        var text = File.ReadAllText(Run(OutputFormat.Text, "txt"), Encoding.UTF8);

        text.Should().Contain("已检查，示例县人民政府办公室，2023年度，2021年版格式，200 个单元格").And.Contain(": 错误 RP0503: ");
        text.Should().Contain("不支持的文件格式：ZIP：Excel 工作簿（.xlsx），不是 Word 文档");
        EnglishWords(text).Should().BeEmpty();
    }

    [Fact]
    public void Xlsx_output_in_Chinese_has_no_English_word()
    {
        using var document = SpreadsheetDocument.Open(Run(OutputFormat.Xlsx, "xlsx"), false);
        var workbook = document.WorkbookPart!;
        var texts = workbook.Workbook.Descendants<DocumentFormat.OpenXml.Spreadsheet.Sheet>().Select(s => s.Name!.Value!)
            .Concat(workbook.WorksheetParts.SelectMany(p => p.Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Text>().Select(t => t.Text)))
            .ToList();

        texts.Should().Contain("无法读取").And.Contain("错误").And.Contain("2021年版格式").And.Contain("一、本年新收 · 自然人");
        EnglishWords(string.Join("\n", texts)).Should().BeEmpty();
    }

    [Fact]
    public void Html_output_in_Chinese_has_no_English_word()
    {
        var document = new HtmlParser().ParseDocument(File.ReadAllText(Run(OutputFormat.Html, "html"), Encoding.UTF8));
        foreach (var element in document.QuerySelectorAll("script, style").ToList())
        {
            element.Remove();
        }

        var visible = document.Title + "\n" + document.Body!.TextContent + "\n"
            + string.Join("\n", document.QuerySelectorAll("template").Cast<AngleSharp.Html.Dom.IHtmlTemplateElement>().Select(t => t.Content.TextContent))
            + string.Join("\n", document.QuerySelectorAll("[placeholder]").Select(e => e.GetAttribute("placeholder")));

        visible.Should().Contain("已检查").And.Contain("2021年版格式").And.Contain("筛选");
        EnglishWords(visible).Should().BeEmpty();
    }
}
