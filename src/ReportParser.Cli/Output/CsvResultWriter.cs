using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using ReportParser.Cli.Batch;
using ReportParser.Diagnostics;

namespace ReportParser.Cli.Output;

/// <summary>
/// CSV (RFC 4180, UTF-8 with a byte-order mark so Excel reads the Chinese): one row per finding, and one row for each
/// file without findings so that every file is accounted for. Cross-year findings follow with kind <c>cross-report</c>.
/// </summary>
internal sealed class CsvResultWriter : IResultWriter
{
    private static readonly string[] Header =
    [
        "kind", "source", "format", "status", "agency", "year", "template", "id", "severity", "rule",
        "table", "row", "column", "page", "cells", "message_zh", "message_en",
    ];

    private readonly TextWriter _out;

    public CsvResultWriter(Stream stream)
    {
        _out = new StreamWriter(stream, new UTF8Encoding(true), 65536, leaveOpen: true) { NewLine = "\r\n" };
        WriteRow(Header);
    }

    public void WriteFile(FileOutcome outcome)
    {
        var report = outcome.Result.Report;
        string[] file = ["file", report.Source, ReportJsonNames.Format(report.Format), ReportJsonNames.Status(report.Status), report.Agency ?? string.Empty,
            report.Year?.ToString(CultureInfo.InvariantCulture) ?? string.Empty, report.Template.ToString()];
        if (outcome.Result.Diagnostics.Length == 0)
        {
            WriteRow(file.Concat(Enumerable.Repeat(string.Empty, Header.Length - file.Length)));
            return;
        }

        foreach (var diagnostic in outcome.Result.Diagnostics)
        {
            WriteRow(file.Concat(DiagnosticColumns(diagnostic)));
        }
    }

    public void WriteCrossReport(IReadOnlyList<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            WriteRow(new[] { "cross-report", diagnostic.Location.Source, string.Empty, string.Empty, string.Empty, string.Empty, string.Empty }.Concat(DiagnosticColumns(diagnostic)));
        }
    }

    public void Complete(RunSummary summary) => _out.Flush();

    public void Dispose() => _out.Dispose();

    private static IEnumerable<string> DiagnosticColumns(Diagnostic d) =>
    [
        d.Id, d.Severity.ToString().ToLowerInvariant(), d.Rule, d.Location.Table ?? string.Empty, d.Location.Row ?? string.Empty,
        d.Location.Column ?? string.Empty, d.Location.Page?.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
        string.Join(" ", d.Cells), d.GetMessage(Cultures.Chinese), d.GetMessage(Cultures.English),
    ];

    private void WriteRow(IEnumerable<string> fields)
    {
        _out.WriteLine(string.Join(",", fields.Select(Escape)));
    }

    /// <summary>
    /// RFC 4180 quoting, after the formula-injection guard: a field that starts like a formula (<c>=</c>, <c>+</c>,
    /// <c>-</c>, <c>@</c>, tab, CR) — file and agency names come from crawled documents — gets a leading apostrophe, so
    /// Excel shows it as text instead of evaluating it (OWASP CSV injection).
    /// </summary>
    internal static string Escape(string field)
    {
        if (field.Length > 0 && field[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            field = "'" + field;
        }

        return field.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + field.Replace("\"", "\"\"") + "\"" : field;
    }
}

/// <summary>The contract's names for enums (shared by the non-JSON writers).</summary>
internal static class ReportJsonNames
{
    public static string Format(SourceFormat format) => format switch
    {
        SourceFormat.Html => "html",
        SourceFormat.Docx => "docx",
        SourceFormat.Pdf => "pdf",
        SourceFormat.Doc => "doc",
        SourceFormat.Text => "text",
        _ => "unknown",
    };

    public static string Status(Model.ReportStatus status) => status switch
    {
        Model.ReportStatus.Checked => "checked",
        Model.ReportStatus.Unreadable => "unreadable",
        _ => "not-a-report",
    };
}
