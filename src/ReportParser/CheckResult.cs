using System.Collections.Immutable;
using System.Linq;
using ReportParser.Diagnostics;
using ReportParser.Model;

namespace ReportParser;

/// <summary>The outcome of checking one file: the typed report and every diagnostic, in a deterministic order.</summary>
public sealed class CheckResult
{
    internal CheckResult(AnnualReport report, ImmutableArray<Diagnostic> diagnostics)
    {
        Report = report;
        Diagnostics = diagnostics;
    }

    /// <summary>The source name (usually the file path).</summary>
    public string Source => Report.Source;

    /// <summary>The format the file was read as.</summary>
    public SourceFormat Format => Report.Format;

    /// <summary>Whether the file was checked, could not be read, or is not a report.</summary>
    public ReportStatus Status => Report.Status;

    /// <summary>The typed report (tables are null when not found).</summary>
    public AnnualReport Report { get; }

    /// <summary>All findings, sorted by source, page, table, row, column and id.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    /// <summary>True when any diagnostic is an error.</summary>
    public bool HasErrors => HasAtLeast(DiagnosticSeverity.Error);

    /// <summary>True when any diagnostic has at least the given severity.</summary>
    /// <param name="severity">The threshold.</param>
    public bool HasAtLeast(DiagnosticSeverity severity) => Diagnostics.Any(d => d.Severity >= severity);
}
