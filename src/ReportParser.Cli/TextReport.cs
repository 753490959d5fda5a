using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using ReportParser.Diagnostics;
using ReportParser.Model;

namespace ReportParser.Cli;

/// <summary>The text output: one line per finding, a summary line per file, and a total.</summary>
internal static class TextReport
{
    public static string Render(IReadOnlyList<CheckResult> results, CultureInfo culture)
    {
        var zh = culture.TwoLetterISOLanguageName == "zh";
        var builder = new StringBuilder();
        foreach (var result in results)
        {
            foreach (var diagnostic in result.Diagnostics)
            {
                builder.Append(diagnostic.Location).Append(": ")
                    .Append(diagnostic.Severity.ToString().ToLowerInvariant()).Append(' ')
                    .Append(diagnostic.Id).Append(": ")
                    .AppendLine(diagnostic.GetMessage(culture));
            }

            builder.AppendLine(Summary(result, zh));
        }

        var errors = results.Sum(r => r.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error));
        var warnings = results.Sum(r => r.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning));
        var checkedCount = results.Count(r => r.Status == ReportStatus.Checked);
        builder.Append(zh
            ? $"共 {results.Count} 个文件，已检查 {checkedCount} 个；{errors} 个错误，{warnings} 个警告"
            : $"{results.Count} files, {checkedCount} checked; {errors} errors, {warnings} warnings");
        return builder.ToString();
    }

    private static string Summary(CheckResult result, bool zh)
    {
        var report = result.Report;
        var errors = result.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
        var warnings = result.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning);
        var infos = result.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Info);
        var status = report.Status switch
        {
            ReportStatus.Checked => zh ? "已检查" : "checked",
            ReportStatus.Unreadable => zh ? "无法读取" : "unreadable",
            _ => zh ? "不是年度报告" : "not a report",
        };
        var what = report.Status == ReportStatus.Checked
            ? $", {report.Agency ?? "?"} {report.Year?.ToString(CultureInfo.InvariantCulture) ?? "?"}, {report.Template}, {report.Tables.Sum(t => t.Cells.Count(c => c.Kind != CellKind.Missing))} cells"
            : string.Empty;
        return zh
            ? $"== {report.Source}: {status}{what}; {errors} 个错误，{warnings} 个警告，{infos} 个提示"
            : $"== {report.Source}: {status}{what}; {errors} errors, {warnings} warnings, {infos} infos";
    }
}
