using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net;
using System.Text;
using ReportParser.Diagnostics;
using ReportParser.Model;
using ReportParser.Serialization;
using ReportParser.Spec;

namespace ReportParser.Rendering;

/// <summary>
/// Renders a check result as an HTML fragment: the findings, then 表二, 表三 and 表四 with every cell involved in a
/// finding highlighted (class <c>hl hl-error</c>, <c>hl-warning</c> or <c>hl-info</c>) and keyed by <c>data-key</c>
/// (<c>T3.R1|T3.C.total</c>); each finding lists its cells in <c>data-cells</c>. With <see cref="Stylesheet"/> and
/// <see cref="Script"/> (clicking a finding outlines its cells) it is the view the CLI's HTML report and the server
/// page use; portals can embed it as is.
/// </summary>
public static class ReportHtml
{
    private static readonly ApplicantColumn[] AllApplicantColumns =
    [
        ApplicantColumn.NaturalPerson, ApplicantColumn.CommercialEnterprise, ApplicantColumn.ResearchInstitution,
        ApplicantColumn.PublicInterestOrganization, ApplicantColumn.LegalServiceInstitution, ApplicantColumn.Other, ApplicantColumn.Total,
    ];

    /// <summary>CSS for the fragment (and the CLI's page), to put in a <c>&lt;style&gt;</c> element.</summary>
    public static string Stylesheet => Css;

    /// <summary>Script that wires the findings to their cells; put it after the fragments, in a <c>&lt;script&gt;</c> element.</summary>
    public static string Script => ClickScript;

    /// <summary>The fragment for one result in Chinese, in a <c>&lt;section class="report"&gt;</c> without an id.</summary>
    /// <param name="result">The result.</param>
    public static string RenderReport(CheckResult result) => RenderReport(result, CultureInfo.GetCultureInfo("zh-CN"), null);

    /// <summary>The fragment for one result.</summary>
    /// <param name="result">The result.</param>
    /// <param name="culture">Language of the messages (zh-* → Chinese, otherwise English).</param>
    /// <param name="elementId">The section's <c>id</c> attribute, or null for none.</param>
    public static string RenderReport(CheckResult result, CultureInfo culture, string? elementId)
    {
        Guard.NotNull(result, nameof(result));
        Guard.NotNull(culture, nameof(culture));
        var report = result.Report;
        var html = new StringBuilder();
        html.Append("<section class=\"report\"");
        if (elementId is not null)
        {
            html.Append(" id=\"").Append(E(elementId)).Append('"');
        }

        html.Append(">\n<h2>").Append(E(report.Source)).Append("</h2>\n<p class=\"meta\">")
            .Append(E(DisplayNames.Status(report.Status, culture))).Append(" · ").Append(E(DisplayNames.Agency(report.Agency, culture))).Append(" · ").Append(E(DisplayNames.Year(report.Year, culture)))
            .Append(" · ").Append(E(DisplayNames.Template(report.Template, culture))).Append(" · ").Append(E(report.Title ?? string.Empty)).Append("</p>\n");

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

                AppendFinding(html, diagnostic, culture, withSource: false);
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
        return html.ToString();
    }

    /// <summary>One finding as a list item (<c>&lt;li class="finding error" data-cells="…"&gt;</c>), e.g. for a list of cross-report findings.</summary>
    /// <param name="diagnostic">The finding.</param>
    /// <param name="culture">Language of the message.</param>
    /// <param name="withSource">Whether to show the source file before the message.</param>
    public static string RenderFinding(Diagnostic diagnostic, CultureInfo culture, bool withSource)
    {
        Guard.NotNull(diagnostic, nameof(diagnostic));
        Guard.NotNull(culture, nameof(culture));
        var html = new StringBuilder();
        AppendFinding(html, diagnostic, culture, withSource);
        return html.ToString();
    }
    private static void AppendFinding(StringBuilder html, Diagnostic diagnostic, CultureInfo culture, bool withSource)
    {
        html.Append("<li class=\"finding ").Append(diagnostic.Severity.ToString().ToLowerInvariant()).Append("\" tabindex=\"0\" data-id=\"").Append(diagnostic.Id)
            .Append("\" data-cells=\"").Append(E(string.Join(" ", diagnostic.Cells))).Append("\"><b>").Append(diagnostic.Id).Append("</b> ");
        if (withSource)
        {
            html.Append("<span class=\"src\">").Append(E(diagnostic.Location.Source)).Append("</span> ");
        }

        html.Append(E(diagnostic.GetMessage(culture))).Append(" <span class=\"rule\">").Append(E(diagnostic.Rule)).Append("</span></li>\n");
    }

    private static void AppendDisclosure(StringBuilder html, ActiveDisclosureTable table, Dictionary<string, DiagnosticSeverity> marks)
    {
        html.Append(Heading(StandardTable.Disclosure)).Append("<table class=\"t2\">\n");
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
        var columns = AllApplicantColumns;
        html.Append(Heading(StandardTable.Applications)).Append("<table class=\"t3\">\n<tr><th></th>");
        foreach (var column in columns)
        {
            html.Append("<th>").Append(E(ReportIds.LabelOf(ReportIds.Of(column))!)).Append("</th>");
        }

        html.Append("</tr>\n");
        string? group = null;
        foreach (var row in table.Cells.GroupBy(c => c.RowId))
        {
            var parent = Parent(row.Key);
            if (parent is not null && parent != group && parent != StandardTables.OutcomesGroupId)
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
        html.Append(Heading(StandardTable.Review)).Append("<table class=\"t4\">\n")
            .Append("<tr><th colspan=\"5\">行政复议</th><th colspan=\"5\">行政诉讼 · 未经复议直接起诉</th><th colspan=\"5\">行政诉讼 · 复议后起诉</th></tr>\n<tr>");
        for (var block = 0; block < 3; block++)
        {
            foreach (var label in StandardTables.ReviewResultLabels)
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
        if (cell.State is CellState.Ambiguous or CellState.Doubtful or CellState.Clipped)
        {
            // Read without certainty: shown, but marked, so that nobody takes it for a checked value.
            classes.Add("uncertain");
            classes.Add(cell.State.Name());
        }

        if (marks.TryGetValue(cell.Key, out var severity))
        {
            classes.Add("hl");
            classes.Add("hl-" + severity.ToString().ToLowerInvariant());
        }

        var title = cell.Key + (cell.State == CellState.Read ? string.Empty : " · " + cell.State.Name()) + (cell.ReadingNote is { } note ? " · " + note : string.Empty);
        html.Append("<td class=\"").Append(string.Join(" ", classes)).Append("\" data-key=\"").Append(E(cell.Key)).Append("\" title=\"").Append(E(title)).Append("\">");
        if (caption is not null)
        {
            html.Append(caption).Append("<br>");
        }

        html.Append(cell.Kind == CellKind.Missing ? "∅" : E(cell.Raw)).Append("</td>");
    }

    private static string Heading(StandardTable table) => "<h3>" + table.Name + " " + table.Title + "</h3>\n";

    private static string RowLabel(ReportTable table, string rowId) =>
        table.RowLabels.TryGetValue(rowId, out var printed) && printed.Length > 0 ? printed : ReportIds.LabelOf(rowId) ?? rowId;

    private static string? Parent(string rowId)
    {
        var dot = rowId.LastIndexOf('.');
        var parent = dot > 0 ? rowId.Substring(0, dot) : null;
        return parent is not null && parent.Contains(".R", StringComparison.Ordinal) ? parent : null;
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);

    private const string Css = """
        .report { font-family: "Noto Sans CJK SC", "Microsoft YaHei", "PingFang SC", sans-serif; color: #222; border-top: 2px solid #ddd; margin-top: 24px; }
        .report table { border-collapse: collapse; margin: 8px 0 16px; }
        .report th, .report td { border: 1px solid #bbb; padding: 3px 6px; font-size: 13px; }
        .report th { background: #f3f3f3; text-align: left; font-weight: normal; }
        .report td.v { text-align: right; min-width: 2.5em; font-variant-numeric: tabular-nums; }
        .report td.v.blank, .report td.v.dash, .report td.v.slash { background: #f7f7f7; }
        .report td.v.missing { color: #999; text-align: center; }
        .report td.v.uncertain { outline: 2px dashed #b80; outline-offset: -3px; color: #666; font-style: italic; }
        .report td.hl-error { background: #ffd6d6; }
        .report td.hl-warning { background: #fff0c2; }
        .report td.hl-info { background: #e3efff; }
        .report td.focus { outline: 3px solid #d00; outline-offset: -2px; }
        .report .t2 .col { font-size: 11px; color: #777; }
        .report tr.group th { background: #e9e9e9; font-weight: bold; }
        .findings li { margin: 3px 0; cursor: pointer; }
        .findings li.error b { color: #c00; }
        .findings li.warning b { color: #b80; }
        .findings li.info b { color: #06c; }
        .findings li.active { background: #fff3d6; }
        .findings .rule, .findings .src { color: #888; font-size: 12px; }
        .report .meta { color: #555; }
        """;

    private const string ClickScript = """
        (function () {
          // Delegated, so findings added later (a report opened from a lazy <template>) respond too.
          function show(item) {
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
          var root = document.currentScript ? document.currentScript.getRootNode() : document;
          root.addEventListener('click', function (e) { var item = e.target.closest && e.target.closest('.finding'); if (item) show(item); });
          root.addEventListener('keydown', function (e) { var item = e.key === 'Enter' && e.target.closest && e.target.closest('.finding'); if (item) show(item); });
        })();
        """;
}
