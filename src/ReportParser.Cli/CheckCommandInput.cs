using System.Collections.Generic;
using ReportParser.Diagnostics;

namespace ReportParser.Cli;

/// <summary>The parsed options of <c>reportparser check</c>.</summary>
internal sealed record CheckCommandInput
{
    public required IReadOnlyList<string> Paths { get; init; }

    public OutputFormat Format { get; init; } = OutputFormat.Text;

    public string? Output { get; init; }

    /// <summary>Lowest severity that makes the exit code 1; null = never.</summary>
    public DiagnosticSeverity? FailOn { get; init; } = DiagnosticSeverity.Error;

    public IReadOnlyList<string> Disable { get; init; } = [];

    public bool BlankAsZero { get; init; }

    public string Language { get; init; } = "zh";
}

/// <summary>Output formats of <c>reportparser check</c>.</summary>
internal enum OutputFormat
{
    Text,
    Json,
}
