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

    /// <summary>Reports of one agency and year taken into the comparisons; more (copies of one report) are left out and said so.</summary>
    public const int MaxReportsPerAgencyYear = 25;

    /// <summary>Agencies whose reports for one year exceeded <see cref="MaxReportsPerAgencyYear"/>.</summary>
    public List<(string Agency, int Year, int Count)> Capped { get; } = [];

    /// <summary>
    /// Runs the comparisons; <paramref name="load"/> gives a file's result again (from the cache, or by checking it).
    /// Each series is compared one year at a time against the year before, so at most two years of one agency are in
    /// memory; each finding is kept from the window of the year it is about, so none is reported twice. The findings of
    /// each window go to <paramref name="emit"/> at once and are not kept.
    /// </summary>
    public void Run(Func<string, CheckResult> load, Action<IReadOnlyList<Diagnostic>> emit)
    {
        foreach (var series in CrossReportChecker.GroupSeries(_reports.Select(r => (r.Agency, r.Year)).ToList()))
        {
            var byYear = series.GroupBy(i => _reports[i].Year!.Value).ToDictionary(g => g.Key, g => g.OrderBy(i => _reports[i].Path, StringComparer.Ordinal).ToList());
            foreach (var (year, members) in byYear.OrderBy(p => p.Key))
            {
                if (members.Count > MaxReportsPerAgencyYear)
                {
                    Capped.Add((_reports[members[0]].Agency!, year, members.Count));
                }

                var current = members.Take(MaxReportsPerAgencyYear).ToList();
                var previous = byYear.TryGetValue(year - 1, out var earlier) ? earlier.Take(MaxReportsPerAgencyYear).ToList() : [];
                if (current.Count + previous.Count < 2)
                {
                    continue;
                }

                var sources = new HashSet<string>(current.Select(i => _reports[i].Path), StringComparer.Ordinal);
                var results = previous.Concat(current).Select(i => load(_reports[i].Path)).ToList();
                emit(_checker.Check(results).Diagnostics.Where(d => sources.Contains(d.Location.Source)).ToList());
            }
        }
    }
}
