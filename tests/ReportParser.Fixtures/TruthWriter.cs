using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using ReportParser.Model;

namespace ReportParser.Fixtures;

/// <summary>Writes a fixture's truth file in the shape of ../shared/corpus/truth/*.json.</summary>
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
            writer.WritePropertyName("cells");
            writer.WriteStartObject();
            foreach (var (key, raw) in PrintedCells(spec))
            {
                writer.WriteString(key, raw);
            }

            writer.WriteEndObject();
            writer.WritePropertyName("expected_findings");
            writer.WriteStartArray();
            foreach (var finding in fixture.ExpectedFindings)
            {
                writer.WriteStringValue(finding);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    /// <summary>Every value cell the layouts print for this spec, in layout order, with the text printed.</summary>
    public static IEnumerable<(string Key, string Raw)> PrintedCells(ReportSpec spec)
    {
        var tables = new List<LayoutTable>();
        if (spec.Tables.Contains("T2"))
        {
            tables.Add(TemplateLayouts.Disclosure(spec));
        }

        if (spec.Tables.Contains("T3"))
        {
            tables.Add(TemplateLayouts.Applications(spec));
        }

        if (spec.Tables.Contains("T4"))
        {
            tables.Add(TemplateLayouts.Review(spec));
        }

        return tables.SelectMany(t => t.Cells.Where(c => c.Key is not null).OrderBy(c => c.Row).ThenBy(c => c.Column).Select(c => (c.Key!, c.Text.Trim())));
    }
}
