using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.Encodings.Web;
using System.Text.Json;
using ReportParser.Cli.Batch;
using ReportParser.Diagnostics;

namespace ReportParser.Cli.Output;

/// <summary>
/// SARIF 2.1.0, streamed: one run whose driver lists every diagnostic as a rule; each finding is a result located at
/// its file (artifactLocation) and its cell (logicalLocations, <c>T3.R1|T3.C.total</c>); the page and cells are properties.
/// </summary>
internal sealed class SarifResultWriter : IResultWriter
{
    private readonly Utf8JsonWriter _writer;
    private readonly Stream _stream;

    public SarifResultWriter(Stream stream)
    {
        _stream = stream;
        _writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        _writer.WriteStartObject();
        _writer.WriteString("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        _writer.WriteString("version", "2.1.0");
        _writer.WriteStartArray("runs");
        _writer.WriteStartObject();
        WriteTool();
        _writer.WriteStartArray("results");
    }

    public void WriteFile(FileOutcome outcome)
    {
        foreach (var diagnostic in outcome.Result.Diagnostics)
        {
            WriteResult(diagnostic);
        }
    }

    public void WriteCrossReport(IReadOnlyList<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            WriteResult(diagnostic);
        }
    }

    public void Complete(RunSummary summary)
    {
        _writer.WriteEndArray();
        _writer.WriteStartArray("invocations");
        _writer.WriteStartObject();
        _writer.WriteBoolean("executionSuccessful", true);
        _writer.WriteStartObject("properties");
        _writer.WriteNumber("files", summary.Files);
        _writer.WriteNumber("unreadable", summary.Unreadable);
        _writer.WriteNumber("notAReport", summary.NotAReport);
        _writer.WriteEndObject();
        _writer.WriteEndObject();
        _writer.WriteEndArray();
        _writer.WriteEndObject();
        _writer.WriteEndArray();
        _writer.WriteEndObject();
        _writer.Flush();
        _stream.WriteByte((byte)'\n');
        _stream.Flush();
    }

    public void Dispose() => _writer.Dispose();

    internal static string Level(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        _ => "note",
    };

    /// <summary>The project's home page (the <c>RepositoryUrl</c> of Directory.Build.props, stamped into the assembly).</summary>
    internal static string ProjectUrl { get; } =
        typeof(SarifResultWriter).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().FirstOrDefault(a => a.Key == "RepositoryUrl")?.Value
        ?? throw new InvalidOperationException("RepositoryUrl is not stamped into the assembly (Directory.Build.props)");

    /// <summary>SARIF wants an absolute URI (SARIF1002): the diagnostic's section of docs/diagnostics.md in the repository.</summary>
    internal static string HelpUri(DiagnosticDescriptor descriptor) => ProjectUrl.TrimEnd('/') + "/blob/main/" + descriptor.HelpLink;

    /// <summary>
    /// A file path as an RFC 3986 URI reference: segments percent-encoded as UTF-8 (<c>batch2/%E7%BB%93%E6%9E%9C.html</c>),
    /// relative paths kept relative, absolute paths as <c>file:///</c> URIs.
    /// </summary>
    internal static string ArtifactUri(string path)
    {
        var slashed = path.Replace('\\', '/');
        var drive = slashed.Length >= 2 && slashed[1] == ':' && char.IsAsciiLetter(slashed[0]);
        var segments = slashed.Split('/');
        var escaped = string.Join("/", segments.Select((segment, i) => drive && i == 0 ? segment : Uri.EscapeDataString(segment)));
        return drive ? "file:///" + escaped : slashed.StartsWith('/') ? "file://" + escaped : escaped;
    }

    private void WriteTool()
    {
        _writer.WriteStartObject("tool");
        _writer.WriteStartObject("driver");
        _writer.WriteString("name", "reportparser");
        _writer.WriteString("version", ResultCache.ToolVersion);
        _writer.WriteStartArray("rules");
        foreach (var descriptor in DiagnosticCatalog.All)
        {
            _writer.WriteStartObject();
            _writer.WriteString("id", descriptor.Id);
            _writer.WriteString("name", descriptor.GetTitle(Cultures.English));
            _writer.WriteStartObject("shortDescription");
            _writer.WriteString("text", descriptor.GetTitle(Cultures.Chinese) + " / " + descriptor.GetTitle(Cultures.English));
            _writer.WriteEndObject();
            _writer.WriteStartObject("fullDescription");
            _writer.WriteString("text", descriptor.GetDescription(Cultures.English));
            _writer.WriteEndObject();
            _writer.WriteString("helpUri", HelpUri(descriptor));
            _writer.WriteStartObject("defaultConfiguration");
            _writer.WriteString("level", Level(descriptor.DefaultSeverity));
            _writer.WriteEndObject();
            _writer.WriteStartObject("properties");
            _writer.WriteString("rule", descriptor.Rule);
            _writer.WriteString("category", descriptor.Category.ToString());
            _writer.WriteEndObject();
            _writer.WriteEndObject();
        }

        _writer.WriteEndArray();
        _writer.WriteEndObject();
        _writer.WriteEndObject();
    }

    private void WriteResult(Diagnostic diagnostic)
    {
        _writer.WriteStartObject();
        _writer.WriteString("ruleId", diagnostic.Id);
        _writer.WriteString("level", Level(diagnostic.Severity));
        _writer.WriteStartObject("message");
        _writer.WriteString("text", diagnostic.GetMessage(Cultures.Chinese) + " / " + diagnostic.GetMessage(Cultures.English));
        _writer.WriteEndObject();
        _writer.WriteStartArray("locations");
        _writer.WriteStartObject();
        _writer.WriteStartObject("physicalLocation");
        _writer.WriteStartObject("artifactLocation");
        _writer.WriteString("uri", ArtifactUri(diagnostic.Location.Source));
        _writer.WriteEndObject();
        _writer.WriteEndObject();
        var logical = diagnostic.Location.Row is not null && diagnostic.Location.Column is not null
            ? diagnostic.Location.Row + "|" + diagnostic.Location.Column
            : diagnostic.Location.Row ?? diagnostic.Location.Table;
        if (logical is not null)
        {
            _writer.WriteStartArray("logicalLocations");
            _writer.WriteStartObject();
            _writer.WriteString("fullyQualifiedName", logical);
            _writer.WriteString("kind", "element");
            _writer.WriteEndObject();
            _writer.WriteEndArray();
        }

        _writer.WriteEndObject();
        _writer.WriteEndArray();
        _writer.WriteStartObject("properties");
        _writer.WriteString("rule", diagnostic.Rule);
        if (diagnostic.Location.Page is { } page)
        {
            _writer.WriteNumber("page", page);
        }

        _writer.WriteStartArray("cells");
        foreach (var cell in diagnostic.Cells)
        {
            _writer.WriteStringValue(cell);
        }

        _writer.WriteEndArray();
        _writer.WriteStartArray("arguments");
        foreach (var argument in diagnostic.Arguments)
        {
            _writer.WriteStringValue(System.Convert.ToString(argument, CultureInfo.InvariantCulture));
        }

        _writer.WriteEndArray();
        _writer.WriteEndObject();
        _writer.WriteEndObject();
        if (_writer.BytesPending > 65536)
        {
            _writer.Flush();
        }
    }
}
