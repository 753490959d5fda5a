using System;
using System.Collections.Generic;
using ReportParser.Cli.Batch;
using ReportParser.Diagnostics;

namespace ReportParser.Cli.Output;

/// <summary>
/// One output format. Files arrive in the batch's deterministic order, one at a time; writers stream them out (or to a
/// temporary file) and keep no per-file state, so a batch of any length runs in bounded memory.
/// </summary>
internal interface IResultWriter : IDisposable
{
    void WriteFile(FileOutcome outcome);

    /// <summary>Findings across reports (cross-year checks), after every file; called once per compared year, possibly with none.</summary>
    void WriteCrossReport(IReadOnlyList<Diagnostic> diagnostics);

    void Complete(RunSummary summary);
}
