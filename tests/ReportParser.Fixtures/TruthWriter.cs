using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace ReportParser.Fixtures;

/// <summary>
/// Writes a fixture's truth file in the shape of ../shared/corpus/truth/*.json, from its spec alone: <c>cells</c> keyed
/// <c>rowId|columnId</c> with the printed text, and <c>expected_findings</c> with the rule, the diagnostic id and where
/// it points (<see cref="ReportOracle"/> plus any declared <see cref="FixtureDefinition.AdditionalFindings"/>).
/// </summary>
public static class TruthWriter
{
    public static string Write(FixtureDefinition fixture)
    {
        var spec = fixture.Spec;
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            writer.WriteString("id", Path.GetFileNameWithoutExtension(fixture.Path));
            writer.WriteString("source", fixture.Path);
            writer.WriteString("format", fixture.Format);
            writer.WriteString("description", fixture.Description);
            writer.WriteString("producer", fixture.Producer);
            if (fixture.RenderedFrom is { } source)
            {
                writer.WriteString("rendered_from", source);
            }

            writer.WriteString("agency", spec.Agency);
            writer.WriteNumber("year", spec.Year);
            writer.WriteString("format_version", spec.Version.ToString());
            writer.WriteString("t3_other_handling", spec.OtherHandlingSplit ? "split" : "single");
            writer.WritePropertyName("sections_present");
            writer.WriteStartArray();
            foreach (var id in spec.Headings.Keys.OrderBy(k => k, System.StringComparer.Ordinal))
            {
                writer.WriteStringValue(id);
            }

            writer.WriteEndArray();
            writer.WritePropertyName("variations");
            writer.WriteStartArray();
            foreach (var name in fixture.Switches())
            {
                writer.WriteStringValue(name);
            }

            writer.WriteEndArray();
            writer.WritePropertyName("seeded_rules");
            writer.WriteStartArray();
            foreach (var rule in fixture.SeededRules)
            {
                writer.WriteStringValue(rule);
            }

            writer.WriteEndArray();
            writer.WritePropertyName("cells");
            writer.WriteStartObject();
            foreach (var (key, raw) in PrintedCells(spec).Where(c => !fixture.CellsOffThePage.ContainsKey(c.Key)))
            {
                writer.WriteString(key, raw);
            }

            writer.WriteEndObject();
            if (fixture.CellsOffThePage.Count > 0)
            {
                writer.WritePropertyName("ambiguous_cells");
                writer.WriteStartObject();
                foreach (var (key, why) in fixture.CellsOffThePage.OrderBy(c => c.Key, System.StringComparer.Ordinal))
                {
                    writer.WriteString(key, why);
                }

                writer.WriteEndObject();
            }

            writer.WritePropertyName("expected_findings");
            writer.WriteStartArray();
            foreach (var finding in fixture.ExpectedFindings)
            {
                writer.WriteStartObject();
                writer.WriteString("rule", finding.Rule);
                WriteOptional(writer, "id", finding.Id);
                WriteOptional(writer, "table", finding.Table);
                WriteOptional(writer, "row", finding.Row);
                WriteOptional(writer, "column", finding.Column);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    /// <summary>Every value cell the standard tables print for this spec, in layout order, with the text printed (trimmed; line breaks kept out).</summary>
    public static IEnumerable<(string Key, string Raw)> PrintedCells(ReportSpec spec) =>
        TemplateLayouts.StandardTables(spec)
            .SelectMany(t => t.Cells.Where(c => c.Key is not null).OrderBy(c => c.Row).ThenBy(c => c.Column).Select(c => (c.Key!, c.Text.Trim())));

    private static void WriteOptional(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }
}
