using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace ReportParser.Tests.EndToEnd;

/// <summary>A truth file (../shared/corpus/truth/*.json or fixtures/**/*.truth.json): the cells as printed and the expected findings.</summary>
public sealed record TruthFile(string Id, string Source, string Format, IReadOnlyDictionary<string, string> Cells, IReadOnlyList<string> ExpectedFindings, string? Agency, int? Year)
{
    public static TruthFile Load(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        var root = document.RootElement;
        var cells = root.GetProperty("cells").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString() ?? string.Empty);
        var findings = root.TryGetProperty("expected_findings", out var list)
            ? list.EnumerateArray().Select(e => e.ValueKind == JsonValueKind.String ? e.GetString()! : e.GetProperty("rule").GetString()!).ToList()
            : [];
        return new TruthFile(
            root.GetProperty("id").GetString()!,
            root.GetProperty("source").GetString()!,
            root.GetProperty("format").GetString()!,
            cells,
            findings,
            root.TryGetProperty("agency", out var agency) ? agency.GetString() : null,
            root.TryGetProperty("year", out var year) && year.ValueKind == JsonValueKind.Number ? year.GetInt32() : null);
    }
}
