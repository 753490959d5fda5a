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
    private readonly StringBuilder _cross = new();

    public HtmlResultWriter(Stream stream, CultureInfo culture)
    {
        _stream = stream;
        _culture = culture;
        _sections = new StreamWriter(_sectionsPath, false, new UTF8Encoding(false));
        _index = new StreamWriter(_indexPath, false, new UTF8Encoding(false));
    }

    public void WriteFile(FileOutcome outcome)
    {
        var result = outcome.Result;
        var report = result.Report;
        var id = "r-" + outcome.File.Index.ToString(CultureInfo.InvariantCulture);
        var errors = result.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
        var warnings = result.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning);
        _index.Write($"<tr class=\"{StatusClass(report.Status)}\"><td><a href=\"#{id}\">{E(report.Source)}</a></td><td>{E(ReportJsonNames.Status(report.Status))}</td><td>{E(report.Agency ?? string.Empty)}</td><td>{report.Year}</td><td>{report.Template}</td><td class=\"n\">{errors}</td><td class=\"n\">{warnings}</td></tr>\n");

        var html = new StringBuilder();
        html.Append("<section class=\"report\" id=\"").Append(id).Append("\">\n<h2>").Append(E(report.Source)).Append("</h2>\n<p class=\"meta\">")
            .Append(E(ReportJsonNames.Status(report.Status))).Append(" · ").Append(E(report.Agency ?? "?")).Append(" · ").Append(report.Year?.ToString(CultureInfo.InvariantCulture) ?? "?")
            .Append(" · ").Append(report.Template).Append(" · ").Append(E(report.Title ?? string.Empty)).Append("</p>\n");

        var severityOfCell = new Dictionary<string, DiagnosticSeverity>(StringComparer.Ordinal);
        if (result.Diagnostics.Length > 0)
        {
            html.Append("<ol class=\"findings\">\n");
            foreach (var diagnostic in result.Diagnostics)
            {
                foreach (var cell in diagnostic.Cells)
                {
                    if (!severityOfCell.TryGetValue(cell, out var existing) || existing < diagnostic.Severity)
                    {
                        severityOfCell[cell] = diagnostic.Severity;
                    }
                }

                AppendFinding(html, diagnostic);
            }

            html.Append("</ol>\n");
        }

        if (report.ActiveDisclosure is { } t2)
        {
            AppendDisclosure(html, t2, severityOfCell);
        }

        if (report.Applications is { } t3)
        {
            AppendApplications(html, t3, severityOfCell);
        }

        if (report.ReviewLitigation is { } t4)
        {
            AppendReview(html, t4, severityOfCell);
        }

        html.Append("</section>\n");
        _sections.Write(html.ToString());
    }

    public void WriteCrossReport(IReadOnlyList<Diagnostic> diagnostics)
    {
        if (diagnostics.Count == 0)
        {
            return;
        }

        _cross.Append("<section id=\"cross\"><h2>跨年度检查 / Cross-year checks</h2><ol class=\"findings\">\n");
        foreach (var diagnostic in diagnostics)
        {
            AppendFinding(_cross, diagnostic, withSource: true);
        }

        _cross.Append("</ol></section>\n");
    }

    public void Complete(RunSummary summary)
    {
        _sections.Flush();
        _index.Flush();
        using var output = new StreamWriter(_stream, new UTF8Encoding(false), 65536, leaveOpen: true);
        output.Write("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"generator\" content=\"reportparser ");
        output.Write(E(ResultCache.ToolVersion));
        output.Write("\">\n<title>政府信息公开工作年度报告检查结果</title>\n<style>\n");
        output.Write(Css);
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
        output.Write(_cross.ToString());
        output.Write("<section id=\"index\"><h2>文件 / Files</h2><table class=\"index\"><tr><th>文件</th><th>状态</th><th>机关</th><th>年度</th><th>模板</th><th>错误</th><th>警告</th></tr>\n");
        output.Flush();
        CopyFile(_indexPath, _stream);
        output.Write("</table></section>\n");
        output.Flush();
        CopyFile(_sectionsPath, _stream);
        output.Write("<script>\n");
        output.Write(Script);
        output.Write("</script>\n</body>\n</html>\n");
        output.Flush();
    }

    public void Dispose()
    {
        _sections.Dispose();
        _index.Dispose();
        foreach (var path in new[] { _sectionsPath, _indexPath })
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

    private void AppendFinding(StringBuilder html, Diagnostic diagnostic, bool withSource = false)
    {
        html.Append("<li class=\"finding ").Append(diagnostic.Severity.ToString().ToLowerInvariant()).Append("\" tabindex=\"0\" data-id=\"").Append(diagnostic.Id)
            .Append("\" data-cells=\"").Append(E(string.Join(" ", diagnostic.Cells))).Append("\"><b>").Append(diagnostic.Id).Append("</b> ");
        if (withSource)
        {
            html.Append("<span class=\"src\">").Append(E(diagnostic.Location.Source)).Append("</span> ");
        }

        html.Append(E(diagnostic.GetMessage(_culture))).Append(" <span class=\"rule\">").Append(E(diagnostic.Rule)).Append("</span></li>\n");
    }

    private static void AppendDisclosure(StringBuilder html, ActiveDisclosureTable table, Dictionary<string, DiagnosticSeverity> marks)
    {
        html.Append("<h3>表二 主动公开政府信息情况</h3>\n<table class=\"t2\">\n");
        foreach (var row in table.Cells.GroupBy(c => c.RowId))
        {
            html.Append("<tr><th>").Append(E(RowLabel(table, row.Key))).Append("</th>");
            foreach (var cell in row)
            {
                AppendCell(html, cell, marks, "<span class=\"col\">" + E(ReportIds.LabelOf(cell.ColumnId) ?? cell.ColumnId) + "</span>");
            }

            html.Append("</tr>\n");
        }

        html.Append("</table>\n");
    }

    private static void AppendApplications(StringBuilder html, ApplicationTable table, Dictionary<string, DiagnosticSeverity> marks)
    {
        var columns = Enum.GetValues<ApplicantColumn>();
        html.Append("<h3>表三 收到和处理政府信息公开申请情况</h3>\n<table class=\"t3\">\n<tr><th></th>");
        foreach (var column in columns)
        {
            html.Append("<th>").Append(E(ReportIds.LabelOf(ReportIds.Of(column))!)).Append("</th>");
        }

        html.Append("</tr>\n");
        string? group = null;
        foreach (var row in table.Cells.GroupBy(c => c.RowId))
        {
            var parent = Parent(row.Key);
            if (parent is not null && parent != group && parent != "T3.R3")
            {
                html.Append("<tr class=\"group\"><th colspan=\"8\">").Append(E(ReportIds.LabelOf(parent) ?? parent)).Append("</th></tr>\n");
            }

            group = parent;
            html.Append("<tr><th>").Append(E(RowLabel(table, row.Key))).Append("</th>");
            foreach (var cell in row)
            {
                AppendCell(html, cell, marks, null);
            }

            html.Append("</tr>\n");
        }

        html.Append("</table>\n");
    }

    private static void AppendReview(StringBuilder html, ReviewLitigationTable table, Dictionary<string, DiagnosticSeverity> marks)
    {
        html.Append("<h3>表四 政府信息公开行政复议、行政诉讼情况</h3>\n<table class=\"t4\">\n")
            .Append("<tr><th colspan=\"5\">行政复议</th><th colspan=\"5\">行政诉讼 · 未经复议直接起诉</th><th colspan=\"5\">行政诉讼 · 复议后起诉</th></tr>\n<tr>");
        for (var block = 0; block < 3; block++)
        {
            foreach (var label in new[] { "结果维持", "结果纠正", "其他结果", "尚未审结", "总计" })
            {
                html.Append("<th>").Append(label).Append("</th>");
            }
        }

        html.Append("</tr>\n<tr>");
        foreach (var cell in table.Cells)
        {
            AppendCell(html, cell, marks, null);
        }

        html.Append("</tr>\n</table>\n");
    }

    private static void AppendCell(StringBuilder html, CellValue cell, Dictionary<string, DiagnosticSeverity> marks, string? caption)
    {
        var classes = new List<string> { "v", cell.Kind.ToString().ToLowerInvariant() };
        if (marks.TryGetValue(cell.Key, out var severity))
        {
            classes.Add("hl");
            classes.Add("hl-" + severity.ToString().ToLowerInvariant());
        }

        html.Append("<td class=\"").Append(string.Join(" ", classes)).Append("\" data-key=\"").Append(E(cell.Key)).Append("\" title=\"").Append(E(cell.Key)).Append("\">");
        if (caption is not null)
        {
            html.Append(caption).Append("<br>");
        }

        html.Append(cell.Kind == CellKind.Missing ? "∅" : E(cell.Raw)).Append("</td>");
    }

    private static string RowLabel(ReportTable table, string rowId) =>
        table.RowLabels.TryGetValue(rowId, out var printed) && printed.Length > 0 ? printed : ReportIds.LabelOf(rowId) ?? rowId;

    private static string? Parent(string rowId)
    {
        var dot = rowId.LastIndexOf('.');
        var parent = dot > 0 ? rowId.Substring(0, dot) : null;
        return parent is not null && parent.Contains(".R", StringComparison.Ordinal) ? parent : null;
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

    private const string Css = """
        body { font-family: "Noto Sans CJK SC", "Microsoft YaHei", "PingFang SC", sans-serif; margin: 24px; color: #222; }
        h1 small { font-size: 55%; color: #666; font-weight: normal; }
        table { border-collapse: collapse; margin: 8px 0 16px; }
        th, td { border: 1px solid #bbb; padding: 3px 6px; font-size: 13px; }
        th { background: #f3f3f3; text-align: left; font-weight: normal; }
        .counts td { text-align: center; padding: 8px 14px; }
        .counts .num { font-size: 22px; font-weight: bold; }
        td.v { text-align: right; min-width: 2.5em; font-variant-numeric: tabular-nums; }
        td.v.blank, td.v.dash, td.v.slash { background: #f7f7f7; }
        td.v.missing { color: #999; text-align: center; }
        td.hl-error { background: #ffd6d6; }
        td.hl-warning { background: #fff0c2; }
        td.hl-info { background: #e3efff; }
        td.focus { outline: 3px solid #d00; outline-offset: -2px; }
        .t2 .col { font-size: 11px; color: #777; }
        tr.group th { background: #e9e9e9; font-weight: bold; }
        .findings li { margin: 3px 0; cursor: pointer; }
        .findings li.error b { color: #c00; }
        .findings li.warning b { color: #b80; }
        .findings li.info b { color: #06c; }
        .findings li.active { background: #fff3d6; }
        .rule, .src { color: #888; font-size: 12px; }
        .report { border-top: 2px solid #ddd; margin-top: 24px; }
        .meta { color: #555; }
        .chart rect { fill: #4a78b5; }
        .chart text { font-size: 12px; }
        .index td.n { text-align: right; }
        tr.unreadable td { color: #a00; }
        """;

    private const string Script = """
        document.querySelectorAll('.finding').forEach(function (item) {
          function show() {
            var scope = item.closest('.report') || document;
            scope.querySelectorAll('td.focus').forEach(function (td) { td.classList.remove('focus'); });
            scope.querySelectorAll('.finding.active').forEach(function (li) { li.classList.remove('active'); });
            item.classList.add('active');
            var first = null;
            (item.getAttribute('data-cells') || '').split(' ').forEach(function (key) {
              if (!key) return;
              scope.querySelectorAll('td[data-key="' + key + '"]').forEach(function (td) { td.classList.add('focus'); first = first || td; });
            });
            if (first) first.scrollIntoView({ block: 'center', behavior: 'smooth' });
          }
          item.addEventListener('click', show);
          item.addEventListener('keydown', function (e) { if (e.key === 'Enter') show(); });
        });
        """;
}
