using System;
using System.Collections.Generic;
using ReportParser.Cli.Progress;
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

    /// <summary>Globs relative to each folder (e.g. <c>**/*.pdf</c>); empty = every file.</summary>
    public IReadOnlyList<string> Include { get; init; } = [];

    public IReadOnlyList<string> Exclude { get; init; } = [];

    /// <summary>Files checked in parallel (default: the number of cores).</summary>
    public int Jobs { get; init; } = Environment.ProcessorCount;

    /// <summary>Per-file time limit; null = none.</summary>
    public TimeSpan? Timeout { get; init; } = TimeSpan.FromSeconds(120);

    /// <summary>The cache folder; null = the default folder. Ignored when <see cref="NoCache"/>.</summary>
    public string? CacheFolder { get; init; }

    public bool NoCache { get; init; }

    public ProgressMode Progress { get; init; } = ProgressMode.Auto;

    /// <summary>Where files are read: in supervised worker processes (the default) or in this process.</summary>
    public IsolationMode Isolation { get; init; } = IsolationMode.Process;

    /// <summary>Memory limit of one worker in MiB (with <see cref="IsolationMode.Process"/>); 0 = none.</summary>
    public int MemoryLimitMegabytes { get; init; } = 1024;
}

/// <summary>Values of <c>--isolation</c>.</summary>
internal enum IsolationMode
{
    /// <summary>Each file is read in a worker process that is replaced when it crashes, hangs or exceeds its memory limit.</summary>
    Process,

    /// <summary>Files are read in the CLI's own process (faster to start; a reader crash ends the batch).</summary>
    None,
}

/// <summary>Output formats of <c>reportparser check</c>.</summary>
internal enum OutputFormat
{
    Text,
    Json,
    Jsonl,
    Csv,
    Xlsx,
    Html,
    Sarif,
}
