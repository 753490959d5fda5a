using System.Collections.Generic;
using System.IO;
using System.Text.Encodings.Web;
using System.Text.Json;
using ReportParser.Cli.Batch;
using ReportParser.Diagnostics;
using ReportParser.Serialization;

namespace ReportParser.Cli.Output;

/// <summary>
/// The JSON contract, streamed: <c>{"files": [...], "crossReport": [...], "summary": {...}}</c>, or a single result object
/// when one file was named on the command line. JSON Lines (<see cref="Lines"/>): one compact result per line, then
/// one line per cross-report finding (<c>{"crossReport": …}</c>) and a final <c>{"summary": …}</c> line.
/// </summary>
internal sealed class JsonResultWriter : IResultWriter
{
    private readonly Stream _stream;
    private readonly Utf8JsonWriter _writer;
    private readonly bool _single;
    private readonly bool _lines;
    private bool _crossStarted;

    private JsonResultWriter(Stream stream, bool single, bool lines)
    {
        _stream = stream;
        _single = single;
        _lines = lines;
        _writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = !lines, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        if (!single && !lines)
        {
            _writer.WriteStartObject();
            _writer.WriteStartArray("files");
        }
    }

    public static JsonResultWriter Document(Stream stream, bool single) => new(stream, single, lines: false);

    public static JsonResultWriter Lines(Stream stream) => new(stream, single: false, lines: true);

    public void WriteFile(FileOutcome outcome)
    {
        ReportJson.WriteResult(_writer, outcome.Result);
        if (!_lines && _writer.BytesPending > 65536)
        {
            _writer.Flush();
        }

        EndLine();
    }

    public void WriteCrossReport(IReadOnlyList<Diagnostic> diagnostics)
    {
        if (_single)
        {
            return;
        }

        if (_lines)
        {
            foreach (var diagnostic in diagnostics)
            {
                _writer.WriteStartObject();
                _writer.WritePropertyName("crossReport");
                ReportJson.WriteDiagnostic(_writer, diagnostic);
                _writer.WriteEndObject();
                EndLine();
            }

            return;
        }

        StartCrossReport();
        foreach (var diagnostic in diagnostics)
        {
            ReportJson.WriteDiagnostic(_writer, diagnostic);
        }

        if (_writer.BytesPending > 65536)
        {
            _writer.Flush();
        }
    }

    public void Complete(RunSummary summary)
    {
        if (_single)
        {
            _writer.Flush();
            _stream.WriteByte((byte)'\n');
            _stream.Flush();
            return;
        }

        if (_lines)
        {
            _writer.WriteStartObject();
            _writer.WritePropertyName("summary");
            WriteSummary(_writer, summary);
            _writer.WriteEndObject();
            EndLine();
            return;
        }

        StartCrossReport();
        _writer.WriteEndArray();
        _writer.WritePropertyName("summary");
        WriteSummary(_writer, summary);
        _writer.WriteEndObject();
        _writer.Flush();
        _stream.WriteByte((byte)'\n');
        _stream.Flush();
    }

    public void Dispose() => _writer.Dispose();

    internal static void WriteSummary(Utf8JsonWriter writer, RunSummary summary)
    {
        writer.WriteStartObject();
        writer.WriteNumber("files", summary.Files);
        writer.WriteNumber("checked", summary.Checked);
        writer.WriteNumber("unreadable", summary.Unreadable);
        writer.WriteNumber("notAReport", summary.NotAReport);
        writer.WriteNumber("errors", summary.Errors);
        writer.WriteNumber("warnings", summary.Warnings);
        writer.WriteNumber("infos", summary.Infos);
        writer.WriteStartObject("byId");
        foreach (var (id, count) in summary.ById)
        {
            writer.WriteNumber(id, count);
        }

        writer.WriteEndObject();
        writer.WriteNumber("fromCache", summary.FromCache);
        writer.WriteNumber("seconds", System.Math.Round(summary.Elapsed.TotalSeconds, 3));
        writer.WriteNumber("filesPerSecond", System.Math.Round(summary.FilesPerSecond, 2));
        writer.WriteEndObject();
    }

    private void StartCrossReport()
    {
        if (!_crossStarted)
        {
            _crossStarted = true;
            _writer.WriteEndArray();
            _writer.WriteStartArray("crossReport");
        }
    }

    private void EndLine()
    {
        if (!_lines)
        {
            return;
        }

        _writer.Flush();
        _stream.WriteByte((byte)'\n');
        _stream.Flush();
        _writer.Reset();
    }
}
