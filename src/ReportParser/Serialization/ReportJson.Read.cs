using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text.Json;
using ReportParser.Diagnostics;
using ReportParser.Documents;
using ReportParser.Model;
using ReportParser.Spec;

namespace ReportParser.Serialization;

public static partial class ReportJson
{
    /// <summary>
    /// Reads back one file's result written by <see cref="Serialize(CheckResult)"/> (a cache, a portal's stored check).
    /// The model, the cells and the diagnostics come back as they were; DOM paths of single cells and the numeric type of
    /// arguments (every number comes back as <see cref="decimal"/>) are not preserved.
    /// </summary>
    /// <param name="json">One result object of the JSON contract.</param>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="FormatException">The text is not a result object of the contract.</exception>
    public static CheckResult Deserialize(string json)
    {
        Guard.NotNull(json, nameof(json));
        try
        {
            using var document = JsonDocument.Parse(json);
            return ReadResult(document.RootElement);
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw new FormatException("The text is not a ReportParser result object: " + ex.Message, ex);
        }
    }

    private static CheckResult ReadResult(JsonElement root)
    {
        var source = root.GetProperty("source").GetString()!;
        var format = root.GetProperty("format").GetString() switch
        {
            "html" => SourceFormat.Html,
            "docx" => SourceFormat.Docx,
            "pdf" => SourceFormat.Pdf,
            "doc" => SourceFormat.Doc,
            "text" => SourceFormat.Text,
            _ => SourceFormat.Unknown,
        };
        var status = root.GetProperty("status").GetString() switch
        {
            "checked" => ReportStatus.Checked,
            "unreadable" => ReportStatus.Unreadable,
            _ => ReportStatus.NotAReport,
        };
        var template = (TemplateVersion)Enum.Parse(typeof(TemplateVersion), root.GetProperty("template").GetString()!);

        var sections = ImmutableArray.CreateBuilder<ReportSection>();
        foreach (var spec in SectionSpecs.All)
        {
            if (root.GetProperty("sections").TryGetProperty(spec.Id, out var element) && element.ValueKind == JsonValueKind.Object)
            {
                sections.Add(new ReportSection(
                    spec.Id,
                    element.GetProperty("title").GetString()!,
                    spec.CanonicalTitle,
                    OptionalString(element, "ordinal"),
                    element.TryGetProperty("canonical", out var canonical) && canonical.GetBoolean(),
                    OptionalString(element, "text") ?? string.Empty,
                    element.TryGetProperty("images", out var images) ? images.GetInt32() : 0,
                    new SourceLocation { Source = source, Page = OptionalInt(element, "page") }));
            }
        }

        var cells = root.GetProperty("cells");
        var tables = root.GetProperty("tables");
        ActiveDisclosureTable? disclosure = null;
        ApplicationTable? applications = null;
        ReviewLitigationTable? review = null;
        var t2Id = StandardTable.Disclosure.Id;
        if (tables.TryGetProperty(t2Id, out var t2) && t2.ValueKind == JsonValueKind.Object)
        {
            var version = (TemplateVersion)Enum.Parse(typeof(TemplateVersion), t2.GetProperty("version").GetString()!);
            var expected = (TemplateSet.National.For(version) ?? TemplateSet.National.Latest).DisclosureCells;
            disclosure = new ActiveDisclosureTable(TableLocation(source, t2Id, t2), ReadCells(source, t2Id, expected, cells), version, RowLabels(t2));
        }

        var t3Id = StandardTable.Applications.Id;
        if (tables.TryGetProperty(t3Id, out var t3) && t3.ValueKind == JsonValueKind.Object)
        {
            // "layout" names the template whose 表三 layout the table follows; results written before it have only "otherHandling".
            var layout = (OptionalString(t3, "layout") is { } name && Enum.TryParse<TemplateVersion>(name, out var v) ? TemplateSet.National.For(v) : null)
                ?? TemplateSet.National.ApplicationLayout(t3.GetProperty("otherHandling").GetString() == "split");
            applications = new ApplicationTable(TableLocation(source, t3Id, t3), ReadCells(source, t3Id, layout.ApplicationCells, cells), layout.OtherHandlingIsSplit, RowLabels(t3));
        }

        var t4Id = StandardTable.Review.Id;
        if (tables.TryGetProperty(t4Id, out var t4) && t4.ValueKind == JsonValueKind.Object)
        {
            review = new ReviewLitigationTable(TableLocation(source, t4Id, t4), ReadCells(source, t4Id, TemplateSet.National.Latest.ReviewCells, cells));
        }

        var report = new AnnualReport(
            source, format, status, OptionalString(root, "title"), OptionalString(root, "agency"), OptionalInt(root, "year"), template,
            sections.ToImmutable(), disclosure, applications, review, OptionalInt(root, "extraTables") ?? 0);

        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        foreach (var element in root.GetProperty("diagnostics").EnumerateArray())
        {
            var id = element.GetProperty("id").GetString()!;
            var descriptor = DiagnosticCatalog.Find(id) ?? throw new InvalidOperationException("unknown diagnostic id " + id);
            var severity = (DiagnosticSeverity)Enum.Parse(typeof(DiagnosticSeverity), element.GetProperty("severity").GetString()!, ignoreCase: true);
            var location = element.GetProperty("location");
            var arguments = element.GetProperty("arguments").EnumerateArray()
                .Select(a => a.ValueKind == JsonValueKind.Number ? (object)a.GetDecimal() : a.GetString() ?? string.Empty)
                .ToImmutableArray();
            diagnostics.Add(new Diagnostic(
                descriptor,
                severity,
                new SourceLocation
                {
                    Source = OptionalString(location, "source") ?? source,
                    Page = OptionalInt(location, "page"),
                    Path = OptionalString(location, "path"),
                    Line = OptionalInt(location, "line"),
                    Character = OptionalInt(location, "character"),
                    Table = OptionalString(location, "table"),
                    Row = OptionalString(location, "row"),
                    Column = OptionalString(location, "column"),
                },
                arguments,
                element.GetProperty("cells").EnumerateArray().Select(c => c.GetString()!).ToImmutableArray(),
                element.GetProperty("rule").GetString()));
        }

        return new CheckResult(report, diagnostics.ToImmutable());
    }

    private static ImmutableArray<CellValue> ReadCells(string source, string tableId, ImmutableArray<(string Row, string Column)> expected, JsonElement cells)
    {
        var result = ImmutableArray.CreateBuilder<CellValue>(expected.Length);
        foreach (var (row, column) in expected)
        {
            var location = new SourceLocation { Source = source, Table = tableId, Row = row, Column = column };
            if (!cells.TryGetProperty(row + "|" + column, out var cell))
            {
                result.Add(new CellValue(row, column, string.Empty, CellKind.Missing, null, null, null, location));
                continue;
            }

            var kind = (CellKind)Enum.Parse(typeof(CellKind), cell.GetProperty("kind").GetString()!, ignoreCase: true);
            decimal? number = cell.TryGetProperty("value", out var value) && value.ValueKind == JsonValueKind.Number ? value.GetDecimal() : null;
            double? confidence = cell.TryGetProperty("confidence", out var c) && c.ValueKind == JsonValueKind.Number ? c.GetDouble() : null;
            result.Add(new CellValue(
                row, column, cell.GetProperty("raw").GetString()!, kind, number, OptionalString(cell, "unit"), OptionalString(cell, "note"),
                location with { Page = OptionalInt(cell, "page"), Line = OptionalInt(cell, "line"), Character = OptionalInt(cell, "character") },
                ReadingOf(OptionalString(cell, "state")), confidence, ParseMethod(OptionalString(cell, "provenance")), OptionalString(cell, "readingNote")));
        }

        return result.MoveToImmutable();
    }

    /// <summary>The reader's doubt behind a state (results written before states existed have none: certain).</summary>
    private static CellReading ReadingOf(string? state) => CellStateNames.Parse(state) switch
    {
        CellState.Ambiguous => CellReading.Ambiguous,
        CellState.Doubtful => CellReading.Doubtful,
        CellState.Clipped => CellReading.Clipped,
        _ => CellReading.Certain,
    };

    private static SourceLocation TableLocation(string source, string tableId, JsonElement table) =>
        new() { Source = source, Table = tableId, Page = OptionalInt(table, "page"), Path = OptionalString(table, "path") };

    private static ImmutableDictionary<string, string> RowLabels(JsonElement table) =>
        table.TryGetProperty("rowLabels", out var labels)
            ? labels.EnumerateObject().ToImmutableDictionary(p => p.Name, p => p.Value.GetString() ?? string.Empty, StringComparer.Ordinal)
            : ImmutableDictionary<string, string>.Empty;

    private static string? OptionalString(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static int? OptionalInt(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetInt32() : null;

}
