using System;

namespace ReportParser.Cli.Batch;

/// <summary>A checked file as the writers see it: the result, how long it took, and whether it came from the cache.</summary>
internal sealed record FileOutcome(BatchFile File, CheckResult Result, TimeSpan Elapsed, bool FromCache);
