using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using ReportParser.Cli.Batch;
using ReportParser.Diagnostics;
using ReportParser.Model;

namespace ReportParser.Cli.Output;

/// <summary>Text: one line per finding, a summary line per file, the cross-year findings, and the run's totals.</summary>
internal sealed class TextResultWriter : IResultWriter
{
    private readonly TextWriter _out;
    private readonly CultureInfo _culture;
    private readonly bool _zh;
    private readonly Words _words;
    private bool _crossStarted;

    public TextResultWriter(TextWriter output, CultureInfo culture)
    {
        _out = output;
        _culture = culture;
        _zh = culture.TwoLetterISOLanguageName == "zh";
        _words = new Words(culture);
    }

    public void WriteFile(FileOutcome outcome)
    {
        var result = outcome.Result;
        foreach (var diagnostic in result.Diagnostics)
        {
            WriteDiagnostic(diagnostic);
        }

        Line(Summary(result));
    }

    public void WriteCrossReport(IReadOnlyList<Diagnostic> diagnostics)
    {
        if (diagnostics.Count == 0)
        {
            return;
        }

        if (!_crossStarted)
        {
            _crossStarted = true;
            Line(_zh ? "== 跨年度检查" : "== Cross-year checks");
        }

        foreach (var diagnostic in diagnostics)
        {
            WriteDiagnostic(diagnostic);
        }
    }

    public void Complete(RunSummary summary)
    {
        _out.WriteLine(_zh
            ? $"共 {summary.Files} 个文件，已检查 {summary.Checked} 个，无法读取 {summary.Unreadable} 个，非年度报告 {summary.NotAReport} 个；{summary.Errors} 个错误，{summary.Warnings} 个警告"
            : $"{summary.Files} files, {summary.Checked} checked, {summary.Unreadable} unreadable, {summary.NotAReport} not a report; {summary.Errors} errors, {summary.Warnings} warnings");
        _out.Flush();
    }

    public void Dispose() => _out.Flush();

    /// <summary>
    /// One output line, with every control character (a newline or carriage return in a file name or in a document's
    /// text, an escape sequence) written as <c>\n</c>, <c>\r</c>, <c>\t</c> or <c>\uXXXX</c>, so no input can forge
    /// or hide a result line.
    /// </summary>
    internal static string Escape(string text)
    {
        var builder = (System.Text.StringBuilder?)null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var control = char.IsControl(c) || c is '\u2028' or '\u2029';
            if (control && builder is null)
            {
                builder = new System.Text.StringBuilder(text.Length + 8).Append(text, 0, i);
            }

            if (builder is null)
            {
                continue;
            }

            _ = c switch
            {
                '\n' => builder.Append("\\n"),
                '\r' => builder.Append("\\r"),
                '\t' => builder.Append("\\t"),
                _ when control => builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture)),
                _ => builder.Append(c),
            };
        }

        return builder?.ToString() ?? text;
    }

    private void Line(string text) => _out.WriteLine(Escape(text));

    private void WriteDiagnostic(Diagnostic diagnostic) =>
        Line(diagnostic.Location + ": " + _words.Severity(diagnostic.Severity) + " " + diagnostic.Id + ": " + diagnostic.GetMessage(_culture));

    private string Summary(CheckResult result)
    {
        var report = result.Report;
        var errors = result.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
        var warnings = result.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning);
        var infos = result.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Info);
        var status = _words.Status(report.Status);
        var cells = report.Tables.Sum(t => t.Cells.Count(c => c.Kind != CellKind.Missing));
        var what = report.Status != ReportStatus.Checked ? string.Empty
            : _zh ? $"，{_words.Agency(report.Agency)}，{_words.Year(report.Year)}{(report.Year is null ? string.Empty : "年度")}，{_words.Template(report.Template)}，{cells} 个单元格"
            : $", {report.Agency ?? "?"} {report.Year?.ToString(CultureInfo.InvariantCulture) ?? "?"}, {report.Template}, {cells} cells";
        return _zh
            ? $"== {report.Source}: {status}{what}; {errors} 个错误，{warnings} 个警告，{infos} 个提示"
            : $"== {report.Source}: {status}{what}; {errors} errors, {warnings} warnings, {infos} infos";
    }
}
