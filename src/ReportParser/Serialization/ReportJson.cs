using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using ReportParser.Diagnostics;
using ReportParser.Documents;
using ReportParser.Model;
using ReportParser.Spec;

namespace ReportParser.Serialization;

/// <summary>
/// Writes check results in the project's JSON contract (docs/json-contract.md): one object per file, or
/// <c>{"files": [...], "summary": {...}}</c> for a batch. Field names are stable; fields are only ever added.
/// </summary>
public static partial class ReportJson
{
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");

    /// <summary>One file's result as a JSON object.</summary>
    /// <param name="result">The result.</param>
    public static string Serialize(CheckResult result)
    {
        Guard.NotNull(result, nameof(result));
        return Render(writer => WriteResult(writer, result));
    }

    /// <summary>Several results as <c>{"files": [...], "summary": {...}}</c>, in the order given.</summary>
    /// <param name="results">The results.</param>
    public static string SerializeBatch(IEnumerable<CheckResult> results)
    {
        Guard.NotNull(results, nameof(results));
        var list = results.ToList();
        return Render(writer =>
        {
            writer.WriteStartObject();
            writer.WritePropertyName("files");
            writer.WriteStartArray();
            foreach (var result in list)
            {
                WriteResult(writer, result);
            }

            writer.WriteEndArray();
            writer.WritePropertyName("summary");
            WriteSummary(writer, list);
            writer.WriteEndObject();
        });
    }

    /// <summary>Writes one file's result object to <paramref name="writer"/>.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="result">The result.</param>
    public static void WriteResult(Utf8JsonWriter writer, CheckResult result)
    {
        Guard.NotNull(writer, nameof(writer));
        Guard.NotNull(result, nameof(result));
        var report = result.Report;
        writer.WriteStartObject();
        writer.WriteString("source", report.Source);
        writer.WriteString("format", FormatName(report.Format));
        writer.WriteString("status", StatusName(report.Status));
        writer.WriteString("template", report.Template.ToString());
        WriteNullableNumber(writer, "year", report.Year);
        WriteNullableString(writer, "agency", report.Agency);
        WriteNullableString(writer, "title", report.Title);

        writer.WritePropertyName("sections");
        writer.WriteStartObject();
        foreach (var spec in SectionSpecs.All)
        {
            var section = report.Section(spec.Id);
            writer.WritePropertyName(spec.Id);
            if (section is null)
            {
                writer.WriteNullValue();
                continue;
            }

            writer.WriteStartObject();
            writer.WriteString("title", section.Title);
            WriteNullableNumber(writer, "page", section.Location.Page);
            WriteNullableString(writer, "ordinal", section.Ordinal);
            writer.WriteBoolean("canonical", section.IsCanonical);
            writer.WriteNumber("images", section.ImageCount);
            writer.WriteString("text", section.Text);
            writer.WriteEndObject();
        }

        writer.WriteEndObject();

        writer.WritePropertyName("tables");
        writer.WriteStartObject();
        foreach (var spec in StandardTable.All)
        {
            var table = report.Tables.FirstOrDefault(t => t.TableId == spec.Id);
            writer.WritePropertyName(spec.Id);
            if (table is null)
            {
                writer.WriteNullValue();
                continue;
            }

            writer.WriteStartObject();
            WriteNullableNumber(writer, "page", table.Location.Page);
            WriteNullableString(writer, "path", table.Location.Path);
            if (table is ActiveDisclosureTable disclosure)
            {
                writer.WriteString("version", disclosure.Version.ToString());
            }

            if (table is ApplicationTable applications)
            {
                writer.WriteString("otherHandling", applications.OtherHandlingIsSplit ? "split" : "single");
                writer.WriteString("layout", applications.Layout.ToString());
            }

            writer.WritePropertyName("rowLabels");
            writer.WriteStartObject();
            foreach (var label in table.RowLabels.OrderBy(l => StandardTables.OrderOf(l.Key)))
            {
                writer.WriteString(label.Key, label.Value);
            }

            writer.WriteEndObject();

            writer.WriteEndObject();
        }

        writer.WriteEndObject();

        writer.WriteNumber("extraTables", report.ExtraTableCount);
        writer.WritePropertyName("cells");
        writer.WriteStartObject();
        foreach (var cell in report.Tables.SelectMany(t => t.Cells).Where(c => c.Kind != CellKind.Missing))
        {
            writer.WritePropertyName(cell.Key);
            writer.WriteStartObject();
            writer.WriteString("raw", cell.Raw);
            if (cell.Number is { } number)
            {
                writer.WriteNumber("value", number);
            }
            else
            {
                writer.WriteNull("value");
            }

            writer.WriteString("kind", KindName(cell.Kind));
            writer.WriteString("state", cell.State.Name());
            WriteNullableString(writer, "unit", cell.Unit, skipNull: true);
            WriteNullableString(writer, "note", cell.Note, skipNull: true);
            WriteNullableNumber(writer, "page", cell.Location.Page, skipNull: true);
            WriteNullableNumber(writer, "line", cell.Location.Line, skipNull: true);
            WriteNullableNumber(writer, "character", cell.Location.Character, skipNull: true);
            WriteNullableString(writer, "provenance", cell.Method is { } method ? MethodName(method) : null, skipNull: true);
            if (cell.Confidence is { } confidence)
            {
                writer.WriteNumber("confidence", confidence);
            }

            WriteNullableString(writer, "readingNote", cell.ReadingNote, skipNull: true);
            writer.WriteEndObject();
        }

        writer.WriteEndObject();

        writer.WritePropertyName("diagnostics");
        writer.WriteStartArray();
        foreach (var diagnostic in result.Diagnostics)
        {
            WriteDiagnostic(writer, diagnostic);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>Writes one diagnostic object of the contract (as in a result's <c>diagnostics</c> array).</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="diagnostic">The diagnostic.</param>
    public static void WriteDiagnostic(Utf8JsonWriter writer, Diagnostic diagnostic)
    {
        Guard.NotNull(writer, nameof(writer));
        Guard.NotNull(diagnostic, nameof(diagnostic));
        writer.WriteStartObject();
        writer.WriteString("id", diagnostic.Id);
        writer.WriteString("rule", diagnostic.Rule);
        writer.WriteString("severity", diagnostic.Severity.ToString().ToLowerInvariant());
        writer.WriteString("category", diagnostic.Descriptor.Category.ToString().ToLowerInvariant());
        writer.WriteString("title", diagnostic.Descriptor.GetTitle(Chinese));
        writer.WriteString("message", diagnostic.GetMessage(Chinese));
        writer.WriteString("messageEn", diagnostic.GetMessage(CultureInfo.InvariantCulture));
        writer.WritePropertyName("location");
        writer.WriteStartObject();
        writer.WriteString("source", diagnostic.Location.Source);
        WriteNullableNumber(writer, "page", diagnostic.Location.Page, skipNull: true);
        WriteNullableString(writer, "path", diagnostic.Location.Path, skipNull: true);
        WriteNullableNumber(writer, "line", diagnostic.Location.Line, skipNull: true);
        WriteNullableNumber(writer, "character", diagnostic.Location.Character, skipNull: true);
        WriteNullableString(writer, "table", diagnostic.Location.Table, skipNull: true);
        WriteNullableString(writer, "row", diagnostic.Location.Row, skipNull: true);
        WriteNullableString(writer, "column", diagnostic.Location.Column, skipNull: true);
        writer.WriteEndObject();
        writer.WritePropertyName("cells");
        writer.WriteStartArray();
        foreach (var cell in diagnostic.Cells)
        {
            writer.WriteStringValue(cell);
        }

        writer.WriteEndArray();
        writer.WritePropertyName("arguments");
        writer.WriteStartArray();
        foreach (var argument in diagnostic.Arguments)
        {
            switch (argument)
            {
                case decimal d:
                    writer.WriteNumberValue(d);
                    break;
                case int i:
                    writer.WriteNumberValue(i);
                    break;
                case long l:
                    writer.WriteNumberValue(l);
                    break;
                default:
                    writer.WriteStringValue(Convert.ToString(argument, CultureInfo.InvariantCulture));
                    break;
            }
        }

        writer.WriteEndArray();
        writer.WriteString("help", diagnostic.Descriptor.HelpLink);
        writer.WriteEndObject();
    }

    private static void WriteSummary(Utf8JsonWriter writer, List<CheckResult> results)
    {
        writer.WriteStartObject();
        writer.WriteNumber("files", results.Count);
        writer.WriteNumber("checked", results.Count(r => r.Status == ReportStatus.Checked));
        writer.WriteNumber("unreadable", results.Count(r => r.Status == ReportStatus.Unreadable));
        writer.WriteNumber("notAReport", results.Count(r => r.Status == ReportStatus.NotAReport));
        var all = results.SelectMany(r => r.Diagnostics).ToList();
        writer.WriteNumber("errors", all.Count(d => d.Severity == DiagnosticSeverity.Error));
        writer.WriteNumber("warnings", all.Count(d => d.Severity == DiagnosticSeverity.Warning));
        writer.WriteNumber("infos", all.Count(d => d.Severity == DiagnosticSeverity.Info));
        writer.WritePropertyName("byId");
        writer.WriteStartObject();
        foreach (var group in all.GroupBy(d => d.Id).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            writer.WriteNumber(group.Key, group.Count());
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    internal static string FormatName(SourceFormat format) => format switch
    {
        SourceFormat.Html => "html",
        SourceFormat.Docx => "docx",
        SourceFormat.Pdf => "pdf",
        SourceFormat.Doc => "doc",
        SourceFormat.Text => "text",
        _ => "unknown",
    };

    internal static string StatusName(ReportStatus status) => status switch
    {
        ReportStatus.Checked => "checked",
        ReportStatus.Unreadable => "unreadable",
        _ => "not-a-report",
    };

    internal static string KindName(CellKind kind) => kind.ToString().ToLowerInvariant();

    /// <summary>The contract's name of a reading method: <c>markup</c>, <c>text-layer</c>, <c>ocr</c> or <c>text</c>.</summary>
    internal static string MethodName(ReadingMethod method) => method switch
    {
        ReadingMethod.Markup => "markup",
        ReadingMethod.TextLayer => "text-layer",
        ReadingMethod.Ocr => "ocr",
        _ => "text",
    };

    internal static ReadingMethod? ParseMethod(string? name) => name switch
    {
        "markup" => ReadingMethod.Markup,
        "text-layer" => ReadingMethod.TextLayer,
        "ocr" => ReadingMethod.Ocr,
        "text" => ReadingMethod.Text,
        _ => null,
    };

    private static void WriteNullableString(Utf8JsonWriter writer, string name, string? value, bool skipNull = false)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
        else if (!skipNull)
        {
            writer.WriteNull(name);
        }
    }

    private static void WriteNullableNumber(Utf8JsonWriter writer, string name, int? value, bool skipNull = false)
    {
        if (value is { } number)
        {
            writer.WriteNumber(name, number);
        }
        else if (!skipNull)
        {
            writer.WriteNull(name);
        }
    }

    private static string Render(Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, WriterOptions))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
