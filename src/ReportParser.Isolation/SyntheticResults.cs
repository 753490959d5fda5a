using System;
using System.IO;
using System.Text;
using System.Text.Json;
using ReportParser.Serialization;

namespace ReportParser.Isolation;

/// <summary>
/// Results for files the checker never finished (removed during the run, a crashed or stopped worker, an unexpected failure), built through the JSON
/// contract so they flow through every output like any other result.
/// </summary>
internal static class SyntheticResults
{
    public static CheckResult Unreadable(string path, string diagnosticId, params object[] arguments) =>
        ReportJson.Deserialize(UnreadableJson(path, diagnosticId, arguments));

    /// <summary>The same result as <see cref="Unreadable"/>, in the JSON contract.</summary>
    public static string UnreadableJson(string path, string diagnosticId, params object[] arguments)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartObject();
            writer.WriteString("source", path);
            writer.WriteString("format", "unknown");
            writer.WriteString("status", "unreadable");
            writer.WriteString("template", "Unknown");
            writer.WriteNull("year");
            writer.WriteNull("agency");
            writer.WriteStartObject("sections");
            writer.WriteEndObject();
            writer.WriteStartObject("tables");
            writer.WriteEndObject();
            writer.WriteStartObject("cells");
            writer.WriteEndObject();
            writer.WriteStartArray("diagnostics");
            writer.WriteStartObject();
            writer.WriteString("id", diagnosticId);
            writer.WriteString("rule", "READ");
            writer.WriteString("severity", "error");
            writer.WriteStartObject("location");
            writer.WriteString("source", path);
            writer.WriteEndObject();
            writer.WriteStartArray("cells");
            writer.WriteEndArray();
            writer.WriteStartArray("arguments");
            foreach (var argument in arguments)
            {
                writer.WriteStringValue(Convert.ToString(argument, System.Globalization.CultureInfo.InvariantCulture));
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
