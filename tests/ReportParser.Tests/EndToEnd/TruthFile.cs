using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using ReportParser.Fixtures;

namespace ReportParser.Tests.EndToEnd;

/// <summary>
/// A truth file (../shared/corpus/truth/*.json or fixtures/**/*.truth.json): the cells as printed and the expected
/// findings — each a rule id string, or an object with <c>rule</c> and optionally <c>id</c>, <c>table</c>, <c>row</c>,
/// <c>column</c>.
/// </summary>
public sealed record TruthFile(string Id, string Source, string Format, IReadOnlyDictionary<string, string> Cells, IReadOnlyList<ExpectedFinding> ExpectedFindings, string? Agency, int? Year)
{
    /// <summary>Cells the source does not decide (<c>ambiguous_cells</c>: cell id → why): not scored, but never to be read with certainty.</summary>
    public IReadOnlyDictionary<string, string> AmbiguousCells { get; init; } = new Dictionary<string, string>();

    public static TruthFile Load(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        var root = document.RootElement;
        var cells = root.GetProperty("cells").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString() ?? string.Empty);
        var findings = root.TryGetProperty("expected_findings", out var list)
            ? list.EnumerateArray().Select(Finding).ToList()
            : [];
        var ambiguous = root.TryGetProperty("ambiguous_cells", out var unsure) && unsure.ValueKind == JsonValueKind.Object
            ? unsure.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString() ?? string.Empty : p.Value.GetRawText())
            : [];
        return new TruthFile(
            root.GetProperty("id").GetString()!,
            root.GetProperty("source").GetString()!,
            root.GetProperty("format").GetString()!,
            cells,
            findings,
            root.TryGetProperty("agency", out var agency) ? agency.GetString() : null,
            root.TryGetProperty("year", out var year) && year.ValueKind == JsonValueKind.Number ? year.GetInt32() : null)
        {
            AmbiguousCells = ambiguous,
        };
    }

    private static ExpectedFinding Finding(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.String)
        {
            return new ExpectedFinding(element.GetString()!);
        }

        string? Optional(string name) => element.TryGetProperty(name, out var value) ? value.GetString() : null;
        return new ExpectedFinding(element.GetProperty("rule").GetString()!, Optional("id"), Optional("table"), Optional("row"), Optional("column"));
    }
}
