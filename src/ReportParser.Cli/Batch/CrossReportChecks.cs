using System;
using System.Collections.Generic;
using System.Linq;
using ReportParser.CrossReport;
using ReportParser.Diagnostics;
using ReportParser.Model;

namespace ReportParser.Cli.Batch;

/// <summary>
/// The checks across the reports of a batch (one agency, consecutive years: RP0701–RP0706). While the batch runs only
/// each report's agency and year are kept; afterwards the series are formed from those pairs
/// (<see cref="CrossReportChecker.GroupSeries"/>) and each series' reports are reloaded from the cache and compared, one
/// series at a time, so memory does not grow with the batch.
/// </summary>
internal sealed class CrossReportChecks
{
    private readonly CrossReportChecker _checker;
    private readonly List<(string Path, string? Agency, int? Year)> _reports = [];

    public CrossReportChecks(ReportCheckerOptions options)
    {
        _checker = new CrossReportChecker(options);
    }

    public void Observe(FileOutcome outcome)
    {
        var report = outcome.Result.Report;
        if (report.Status == ReportStatus.Checked && report.Agency is not null && report.Year is not null)
        {
            _reports.Add((outcome.File.Path, report.Agency, report.Year));
        }
    }

    /// <summary>Runs the comparisons; <paramref name="load"/> gives a file's result again (from the cache, or by checking it).</summary>
    public IReadOnlyList<Diagnostic> Run(Func<string, CheckResult> load)
    {
        var findings = new List<Diagnostic>();
        foreach (var series in CrossReportChecker.GroupSeries(_reports.Select(r => (r.Agency, r.Year)).ToList()))
        {
            var results = series.Select(i => load(_reports[i].Path)).ToList();
            findings.AddRange(_checker.Check(results).Diagnostics);
        }

        return findings;
    }
}
