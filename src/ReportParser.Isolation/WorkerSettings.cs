using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text.Json;
using ReportParser.Diagnostics;
using ReportParser.Ocr;

namespace ReportParser.Isolation;

/// <summary>
/// The <see cref="ReportCheckerOptions"/> a worker applies, sent once when it starts (the first frame). Everything that
/// changes a result is here; the OCR engine travels as a flag (the worker builds its own, <c>WithOcr()</c>).
/// </summary>
internal sealed record WorkerSettings
{
    /// <summary>Severity per id; "off" switches an id off.</summary>
    public Dictionary<string, string> Severities { get; init; } = [];

    public BlankCellPolicy BlankCells { get; init; }

    public double TextReuseThreshold { get; init; } = 0.8;

    public long MaxFileBytes { get; init; }

    public int MaxTableGridPositions { get; init; }

    public long MaxDecompressedBytes { get; init; }

    public double? TimeLimitSeconds { get; init; }

    public bool Ocr { get; init; }

    public int OcrPageLimit { get; init; }

    public double? OcrTimeLimitSeconds { get; init; }

    public static WorkerSettings From(ReportCheckerOptions options) => new()
    {
        Severities = options.SeverityOverrides.ToDictionary(p => p.Key, p => p.Value?.ToString() ?? "off", StringComparer.Ordinal),
        BlankCells = options.BlankCells,
        TextReuseThreshold = options.TextReuseThreshold,
        MaxFileBytes = options.MaxFileBytes,
        MaxTableGridPositions = options.MaxTableGridPositions,
        MaxDecompressedBytes = options.MaxDecompressedBytes,
        TimeLimitSeconds = options.TimeLimit?.TotalSeconds,
        Ocr = options.Ocr is not null,
        OcrPageLimit = options.OcrPageLimit,
        OcrTimeLimitSeconds = options.OcrTimeLimit?.TotalSeconds,
    };

    public ReportCheckerOptions ToOptions()
    {
        var options = ReportCheckerOptions.Default with
        {
            SeverityOverrides = Severities.ToImmutableDictionary(
                p => p.Key,
                p => p.Value == "off" ? null : (DiagnosticSeverity?)Enum.Parse<DiagnosticSeverity>(p.Value)),
            BlankCells = BlankCells,
            TextReuseThreshold = TextReuseThreshold,
            MaxFileBytes = MaxFileBytes,
            MaxTableGridPositions = MaxTableGridPositions,
            MaxDecompressedBytes = MaxDecompressedBytes,
            TimeLimit = TimeLimitSeconds is { } limit ? TimeSpan.FromSeconds(limit) : null,
            OcrPageLimit = OcrPageLimit,
            OcrTimeLimit = OcrTimeLimitSeconds is { } ocrLimit ? TimeSpan.FromSeconds(ocrLimit) : null,
        };
        return Ocr ? options.WithOcr() : options;
    }

    public byte[] ToJson() => JsonSerializer.SerializeToUtf8Bytes(this);

    public static WorkerSettings FromJson(byte[] json) =>
        JsonSerializer.Deserialize<WorkerSettings>(json) ?? throw new JsonException("Empty worker settings.");
}
