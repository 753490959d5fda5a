using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Net;
using System.Text;
using ReportParser.Cli.Batch;
using ReportParser.Diagnostics;
using ReportParser.Model;
using ReportParser.Rendering;

namespace ReportParser.Cli.Output;

/// <summary>
/// One self-contained HTML page: the run's counts, bar charts by diagnostic id and by agency, an index of files, and
/// for each report its findings and its three tables with every cell involved in a finding highlighted; clicking a
/// finding marks its cells. Reports are spooled to a temporary file while the batch runs, so memory stays flat.
/// </summary>
internal sealed class HtmlResultWriter : IResultWriter
{
    private const int ChartBars = 25;

    private readonly Stream _stream;
    private readonly CultureInfo _culture;
    private readonly string _sectionsPath = Path.Combine(Path.GetTempPath(), "reportparser-" + Guid.NewGuid().ToString("N") + ".html");
    private readonly string _indexPath = Path.Combine(Path.GetTempPath(), "reportparser-" + Guid.NewGuid().ToString("N") + ".idx");
    private readonly StreamWriter _sections;
    private readonly StreamWriter _index;
    private readonly string _crossPath = Path.Combine(Path.GetTempPath(), "reportparser-" + Guid.NewGuid().ToString("N") + ".cross");
    private readonly StreamWriter _cross;
    private int _crossCount;

    public HtmlResultWriter(Stream stream, CultureInfo culture)
    {
        _stream = stream;
        _culture = culture;
        _sections = new StreamWriter(_sectionsPath, false, new UTF8Encoding(false));
        _index = new StreamWriter(_indexPath, false, new UTF8Encoding(false));
        _cross = new StreamWriter(_crossPath, false, new UTF8Encoding(false));
    }

    public void WriteFile(FileOutcome outcome)
    {
        var result = outcome.Result;
        var report = result.Report;
        var id = "r-" + outcome.File.Index.ToString(CultureInfo.InvariantCulture);
        var errors = result.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
        var warnings = result.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning);
        _index.Write($"<tr class=\"{StatusClass(report.Status)}\"><td><a href=\"#{id}\">{E(report.Source)}</a></td><td>{E(ReportJsonNames.Status(report.Status))}</td><td>{E(report.Agency ?? string.Empty)}</td><td>{report.Year}</td><td>{report.Template}</td><td class=\"n\">{errors}</td><td class=\"n\">{warnings}</td></tr>\n");

        var html = ReportHtml.RenderReport(result, _culture, id);
        _sections.Write(html);
    }

    public void WriteCrossReport(IReadOnlyList<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            _cross.Write(ReportHtml.RenderFinding(diagnostic, _culture, withSource: true));
            _crossCount++;
        }
    }

    public void Complete(RunSummary summary)
    {
        _sections.Flush();
        _index.Flush();
        using var output = new StreamWriter(_stream, new UTF8Encoding(false), 65536, leaveOpen: true);
        output.Write("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"generator\" content=\"reportparser ");
        output.Write(E(ResultCache.ToolVersion));
        output.Write("\">\n<title>政府信息公开工作年度报告检查结果</title>\n<style>\n");
        output.Write(ReportHtml.Stylesheet);
        output.Write(ChartCss);
        output.Write("</style>\n</head>\n<body>\n<h1>政府信息公开工作年度报告检查结果 <small>ReportParser check results</small></h1>\n");
        output.Write("<section id=\"summary\"><table class=\"counts\"><tr>");
        foreach (var (label, value) in new (string, string)[]
        {
            ("文件 files", summary.Files.ToString(CultureInfo.InvariantCulture)),
            ("已检查 checked", summary.Checked.ToString(CultureInfo.InvariantCulture)),
            ("无法读取 unreadable", summary.Unreadable.ToString(CultureInfo.InvariantCulture)),
            ("非报告 not a report", summary.NotAReport.ToString(CultureInfo.InvariantCulture)),
            ("有错误的文件 files with errors", summary.FilesWithErrors.ToString(CultureInfo.InvariantCulture)),
            ("错误 errors", summary.Errors.ToString(CultureInfo.InvariantCulture)),
            ("警告 warnings", summary.Warnings.ToString(CultureInfo.InvariantCulture)),
            ("提示 infos", summary.Infos.ToString(CultureInfo.InvariantCulture)),
        })
        {
            output.Write($"<td><span class=\"num\">{value}</span><br>{E(label)}</td>");
        }

        output.Write("</tr></table></section>\n<section id=\"charts\">\n<h2>按诊断编号 / By diagnostic</h2>\n");
        output.Write(BarChart(summary.TopIds.Take(ChartBars).Select(p => (p.Id + " " + (DiagnosticCatalog.Find(p.Id)?.GetTitle(_culture) ?? string.Empty), p.Count)).ToList(), "by-id"));
        output.Write("<h2>按机关（错误数）/ Errors by agency</h2>\n");
        output.Write(BarChart(summary.ErrorsByAgency.Where(p => p.Value > 0).OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Take(ChartBars).Select(p => (p.Key, p.Value)).ToList(), "by-agency"));
        output.Write("</section>\n");
        if (_crossCount > 0)
        {
            output.Write("<section id=\"cross\"><h2>跨年度检查 / Cross-year checks</h2><ol class=\"findings\">\n");
            output.Flush();
            _cross.Flush();
            CopyFile(_crossPath, _stream);
            output.Write("</ol></section>\n");
        }

        output.Write("<section id=\"index\"><h2>文件 / Files</h2><table class=\"index\"><tr><th>文件</th><th>状态</th><th>机关</th><th>年度</th><th>模板</th><th>错误</th><th>警告</th></tr>\n");
        output.Flush();
        CopyFile(_indexPath, _stream);
        output.Write("</table></section>\n");
        output.Flush();
        CopyFile(_sectionsPath, _stream);
        output.Write("<script>\n");
        output.Write(ReportHtml.Script);
        output.Write("</script>\n</body>\n</html>\n");
        output.Flush();
    }

    public void Dispose()
    {
        _sections.Dispose();
        _index.Dispose();
        _cross.Dispose();
        foreach (var path in new[] { _sectionsPath, _indexPath, _crossPath })
        {
            try
            {
                File.Delete(path);
            }
            catch (IOException)
            {
            }
        }
    }

    private static string BarChart(IReadOnlyList<(string Label, int Count)> bars, string id)
    {
        if (bars.Count == 0)
        {
            return "<p class=\"none\">—</p>\n";
        }

        const int rowHeight = 22;
        const int labelWidth = 360;
        const int barWidth = 420;
        var max = Math.Max(1, bars.Max(b => b.Count));
        var svg = new StringBuilder();
        svg.Append("<svg class=\"chart\" id=\"").Append(id).Append("\" xmlns=\"http://www.w3.org/2000/svg\" width=\"").Append(labelWidth + barWidth + 60)
            .Append("\" height=\"").Append(bars.Count * rowHeight).Append("\" role=\"img\">\n");
        for (var i = 0; i < bars.Count; i++)
        {
            var (label, count) = bars[i];
            var width = Math.Max(2, (int)Math.Round((double)count / max * barWidth));
            var y = i * rowHeight;
            svg.Append("<text x=\"").Append(labelWidth - 6).Append("\" y=\"").Append(y + 15).Append("\" text-anchor=\"end\">").Append(E(label.Length > 40 ? string.Concat(label.AsSpan(0, 40), "…") : label)).Append("</text>")
                .Append("<rect x=\"").Append(labelWidth).Append("\" y=\"").Append(y + 3).Append("\" width=\"").Append(width).Append("\" height=\"").Append(rowHeight - 6).Append("\"><title>")
                .Append(E(label)).Append(": ").Append(count).Append("</title></rect>")
                .Append("<text x=\"").Append(labelWidth + width + 6).Append("\" y=\"").Append(y + 15).Append("\">").Append(count).Append("</text>\n");
        }

        svg.Append("</svg>\n");
        return svg.ToString();
    }

    private static string StatusClass(ReportStatus status) => status switch
    {
        ReportStatus.Checked => "ok",
        ReportStatus.Unreadable => "unreadable",
        _ => "notreport",
    };

    private static void CopyFile(string path, Stream target)
    {
        using var source = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        source.CopyTo(target);
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);

    private const string ChartCss = """
        .counts td { text-align: center; padding: 8px 14px; }
        .counts .num { font-size: 22px; font-weight: bold; }
        .chart rect { fill: #4a78b5; }
        .chart text { font-size: 12px; }
        .index td.n { text-align: right; }
        tr.unreadable td { color: #a00; }
        h1 small { font-size: 55%; color: #666; font-weight: normal; }
        body { font-family: "Noto Sans CJK SC", "Microsoft YaHei", "PingFang SC", sans-serif; margin: 24px; color: #222; }
        table { border-collapse: collapse; }
        #summary td, .index td, .index th { border: 1px solid #bbb; padding: 3px 6px; font-size: 13px; }
        """;
}
