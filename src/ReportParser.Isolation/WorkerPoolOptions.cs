using System;
using System.Collections.Generic;

namespace ReportParser.Isolation;

/// <summary>Settings of a <see cref="WorkerPool"/>.</summary>
public sealed record WorkerPoolOptions
{
    /// <summary>The default memory limit of one worker: 1 GiB (OCR of a six-page scan at 200 dpi peaks near 0.7 GB).</summary>
    public const long DefaultMemoryLimitBytes = 1024L * 1024 * 1024;

    /// <summary>How to start a worker.</summary>
    public required WorkerLaunch Launch { get; init; }

    /// <summary>The options every worker checks with. Its <see cref="ReportCheckerOptions.TimeLimit"/> is also the supervisor's deadline (plus <see cref="Grace"/>).</summary>
    public required ReportCheckerOptions Checker { get; init; }

    /// <summary>Workers (and so documents checked at once). Default: the number of cores.</summary>
    public int Workers { get; init; } = Environment.ProcessorCount;

    /// <summary>
    /// A worker whose resident memory goes above this is stopped and its document gets RP0123; the managed heap of a
    /// worker is capped below it (<c>DOTNET_GCHeapHardLimit</c>, 3/4 of it). 0 = no limit. Default 1 GiB.
    /// </summary>
    public long MemoryLimitBytes { get; init; } = DefaultMemoryLimitBytes;

    /// <summary>Time given past the checker's own time limit before the supervisor stops the worker. Default 2 s.</summary>
    public TimeSpan Grace { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>A worker is replaced after this many documents, to bound what a slow leak can cost. Default 1,000.</summary>
    public int RecycleAfterDocuments { get; init; } = 1000;

    /// <summary>
    /// A worker still holding more than this after a document is replaced, so memory returns after a spike.
    /// Default: half of <see cref="MemoryLimitBytes"/> (512 MiB), or 512 MiB without a limit. (A worker's resident
    /// memory settles around 130 MiB on ordinary reports — code, libraries and the GC's budgets — so a lower threshold
    /// would restart workers every few seconds.)
    /// </summary>
    public long? RecycleAboveBytes { get; init; }

    /// <summary>Extra environment variables for the workers.</summary>
    public IReadOnlyDictionary<string, string> WorkerEnvironment { get; init; } = new Dictionary<string, string>();

    internal long RecycleThreshold => RecycleAboveBytes ?? (MemoryLimitBytes > 0 ? MemoryLimitBytes / 2 : 512L * 1024 * 1024);

    internal TimeSpan? Deadline => Checker.TimeLimit is { } limit ? limit + Grace : null;
}
