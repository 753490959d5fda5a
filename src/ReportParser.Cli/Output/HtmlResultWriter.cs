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
    private readonly Words _words;
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
        _words = new Words(culture);
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
        var detailed = result.Diagnostics.Length > 0;
        var name = detailed ? $"<a href=\"#{id}\">{E(report.Source)}</a>" : E(report.Source);
        _index.Write($"<tr class=\"{StatusClass(report.Status)}\"><td>{name}</td><td>{E(_words.Status(report.Status))}</td><td>{E(_words.Agency(report.Agency))}</td><td class=\"n\">{E(report.Year?.ToString(CultureInfo.InvariantCulture) ?? string.Empty)}</td><td>{E(_words.Template(report.Template))}</td><td class=\"n\">{errors}</td><td class=\"n\">{warnings}</td></tr>\n");

        // A report without findings is only its index row; a report with findings is a collapsed section whose body (the
        // findings and the three tables) sits in an inert <template> until it is opened, so a 4,000-file page stays usable.
        if (detailed)
        {
            _sections.Write($"<details class=\"lazy\" id=\"{id}\"><summary>{E(report.Source)} · {E(_words.Agency(report.Agency))} · {errors} {E(_words.Pick("个错误", "errors"))}，{warnings} {E(_words.Pick("个警告", "warnings"))}</summary><template>");
            _sections.Write(ReportHtml.RenderReport(result, _culture, null));
            _sections.Write("</template></details>\n");
        }
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
        var w = _words;
        using var output = new StreamWriter(_stream, new UTF8Encoding(false), 65536, leaveOpen: true);
        output.Write($"<!DOCTYPE html>\n<html lang=\"{(w.Chinese ? "zh-CN" : "en")}\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"generator\" content=\"reportparser ");
        output.Write(E(ResultCache.ToolVersion));
        output.Write("\">\n<title>" + E(w.Pick("政府信息公开工作年度报告检查结果", "Annual report check results")) + "</title>\n<style>\n");
        output.Write(ReportHtml.Stylesheet);
        output.Write(ChartCss);
        output.Write("</style>\n</head>\n<body>\n<h1>" + E(w.Pick("政府信息公开工作年度报告检查结果", "Government information disclosure annual reports: check results")) + "</h1>\n");
        output.Write("<section id=\"summary\"><table class=\"counts\"><tr>");
        foreach (var (label, value) in new (string, int)[]
        {
            (w.Pick("文件", "files"), summary.Files),
            (w.Pick("已检查", "checked"), summary.Checked),
            (w.Pick("无法读取", "unreadable"), summary.Unreadable),
            (w.Pick("不是年度报告", "not a report"), summary.NotAReport),
            (w.Pick("有错误的文件", "files with errors"), summary.FilesWithErrors),
            (w.Pick("错误", "errors"), summary.Errors),
            (w.Pick("警告", "warnings"), summary.Warnings),
            (w.Pick("提示", "infos"), summary.Infos),
        })
        {
            output.Write($"<td><span class=\"num\">{value.ToString(CultureInfo.InvariantCulture)}</span><br>{E(label)}</td>");
        }

        output.Write("</tr></table></section>\n");

        // The file index comes first: filter, sort by any column, open a file's findings from its row.
        output.Write("<section id=\"index\"><h2>" + E(w.Pick("文件", "Files")) + "</h2>\n<p><input id=\"filter\" type=\"search\" placeholder=\"" + E(w.Pick("筛选：文件名、机关、状态……", "Filter: file, agency, status…")) + "\"> ");
        output.Write("<label><input id=\"only-errors\" type=\"checkbox\"> " + E(w.Pick("只看有错误的文件", "only files with errors")) + "</label></p>\n");
        output.Write("<table class=\"index\"><thead><tr>");
        foreach (var header in new[] { w.Pick("文件", "File"), w.Pick("状态", "Status"), w.Pick("机关", "Agency"), w.Pick("年度", "Year"), w.Pick("模板", "Template"), w.Pick("错误", "Errors"), w.Pick("警告", "Warnings") })
        {
            output.Write("<th tabindex=\"0\">" + E(header) + "</th>");
        }

        output.Write("</tr></thead><tbody>\n");
        output.Flush();
        CopyFile(_indexPath, _stream);
        output.Write("</tbody></table></section>\n");
        if (_crossCount > 0)
        {
            output.Write("<details id=\"cross\"><summary><h2>" + E(w.Pick("跨年度检查", "Cross-year checks")) + $" ({_crossCount.ToString(CultureInfo.InvariantCulture)})</h2></summary><ol class=\"findings\">\n");
            output.Flush();
            _cross.Flush();
            CopyFile(_crossPath, _stream);
            output.Write("</ol></details>\n");
        }

        output.Write("<details id=\"charts\"><summary><h2>" + E(w.Pick("统计图", "Charts")) + "</h2></summary>\n<h3>" + E(w.Pick("按诊断编号", "By diagnostic")) + "</h3>\n");
        output.Write(BarChart(summary.TopIds.Take(ChartBars).Select(p => (p.Id + " " + (DiagnosticCatalog.Find(p.Id)?.GetTitle(_culture) ?? string.Empty), p.Count)).ToList(), "by-id"));
        output.Write("<h3>" + E(w.Pick("按机关（错误数）", "Errors by agency")) + "</h3>\n");
        output.Write(BarChart(summary.ErrorsByAgency.Where(p => p.Value > 0).OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Take(ChartBars).Select(p => (p.Key.Length == 0 ? _words.Agency(null) : p.Key, p.Value)).ToList(), "by-agency"));
        output.Write("</details>\n<section id=\"reports\"><h2>" + E(w.Pick("发现问题的报告", "Reports with findings")) + "</h2>\n");
        output.Flush();
        CopyFile(_sectionsPath, _stream);
        output.Write("</section>\n<script>\n");
        output.Write(ReportHtml.Script);
        output.Write(IndexScript);
        output.Write("</script>\n</body>\n</html>\n");
        output.Flush();
    }

    /// <summary>
    /// Index filtering and sorting, and lazy details: a report's body is cloned out of its &lt;template&gt; when its
    /// section is opened (or its index link followed), then behaves as ReportHtml.Script expects.
    /// </summary>
    private const string IndexScript = """
        (function () {
          function open(d) {
            if (!d || d.dataset.ready) { return; }
            var t = d.querySelector('template');
            if (t) { d.appendChild(t.content.cloneNode(true)); t.remove(); }
            d.dataset.ready = '1';
          }
          document.querySelectorAll('details.lazy').forEach(function (d) { d.addEventListener('toggle', function () { if (d.open) { open(d); } }); });
          function follow() { var d = location.hash && document.getElementById(location.hash.slice(1)); if (d && d.tagName === 'DETAILS') { d.open = true; open(d); d.scrollIntoView(); } }
          window.addEventListener('hashchange', follow); follow();
          var rows = Array.prototype.slice.call(document.querySelectorAll('table.index tbody tr'));
          var filter = document.getElementById('filter'), only = document.getElementById('only-errors');
          function apply() {
            var q = filter.value.trim().toLowerCase();
            rows.forEach(function (r) {
              var show = (!q || r.textContent.toLowerCase().indexOf(q) >= 0) && (!only.checked || Number(r.cells[5].textContent) > 0);
              r.style.display = show ? '' : 'none';
            });
          }
          filter.addEventListener('input', apply); only.addEventListener('change', apply);
          document.querySelectorAll('table.index th').forEach(function (th, i) {
            function sort() {
              var asc = th.dataset.sort !== 'asc'; th.dataset.sort = asc ? 'asc' : 'desc';
              var numeric = i === 3 || i >= 5, body = th.closest('table').tBodies[0];
              rows.sort(function (a, b) {
                var x = a.cells[i].textContent, y = b.cells[i].textContent;
                var c = numeric ? (Number(x) || 0) - (Number(y) || 0) : x.localeCompare(y, 'zh-CN');
                return asc ? c : -c;
              }).forEach(function (r) { body.appendChild(r); });
            }
            th.addEventListener('click', sort); th.addEventListener('keydown', function (e) { if (e.key === 'Enter') { sort(); } });
          });
        })();

        """;

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
        .index th { cursor: pointer; background: #f3f3f3; position: sticky; top: 0; }
        .index th[data-sort="asc"]::after { content: " ▲"; } .index th[data-sort="desc"]::after { content: " ▼"; }
        details > summary h2 { display: inline; }
        details.lazy { border-top: 1px solid #ddd; padding: 4px 0; } details.lazy > summary { cursor: pointer; }
        #filter { width: 24em; padding: 3px; }
        """;
}
