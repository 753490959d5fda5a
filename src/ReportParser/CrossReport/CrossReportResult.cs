using System;
using System.Collections.Immutable;
using System.Linq;
using ReportParser.Diagnostics;
using ReportParser.Model;

namespace ReportParser.CrossReport;

/// <summary>The outcome of <see cref="CrossReportChecker.Check(System.Collections.Generic.IEnumerable{AnnualReport})"/>: the series it formed and the findings across them.</summary>
public sealed class CrossReportResult
{
    internal CrossReportResult(ImmutableArray<ReportSeries> series, ImmutableArray<AnnualReport> ungrouped, ImmutableArray<Diagnostic> diagnostics)
    {
        Series = series;
        Ungrouped = ungrouped;
        Diagnostics = diagnostics;
    }

    /// <summary>One series per agency, ordered by agency name.</summary>
    public ImmutableArray<ReportSeries> Series { get; }

    /// <summary>Checked reports that could not be placed in a series because their agency or year is unknown.</summary>
    public ImmutableArray<AnnualReport> Ungrouped { get; }

    /// <summary>
    /// The findings (RP07xx), each located in the later report of the pair it compares (<see cref="SourceLocation.Source"/>)
    /// with the earlier report's source among its arguments; sorted like <see cref="CheckResult.Diagnostics"/>.
    /// </summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    /// <summary>The findings located in one report, e.g. to print them with that file's own findings.</summary>
    /// <param name="source">The report's <see cref="AnnualReport.Source"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is null.</exception>
    public ImmutableArray<Diagnostic> DiagnosticsFor(string source)
    {
        Guard.NotNull(source, nameof(source));
        return Diagnostics.Where(d => string.Equals(d.Location.Source, source, StringComparison.Ordinal)).ToImmutableArray();
    }
}
