using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using ReportParser.Diagnostics;
using ReportParser.Model;
using ReportParser.Rules;

namespace ReportParser.CrossReport;

/// <summary>
/// Checks reports against each other (spec §5.3, §5.4): groups them by agency and year, then compares each report
/// with the same agency's report for the year before — 上年结转 against last year's 结转下年度 (RP0701), 现行有效件数
/// against last year's stock and this year's flows (RP0702, RP0703), 一、总体情况 and 五、存在的主要问题及改进情况 against
/// last year's text and the tables against last year's numbers (RP0704, RP0705). Immutable and thread-safe; the input
/// reports are not changed.
/// </summary>
/// <example>
/// <code>
/// var results = files.Select(ReportChecker.Default.Check).ToList();
/// var across = CrossReportChecker.Default.Check(results);
/// foreach (var d in across.Diagnostics) Console.WriteLine(d);
/// </code>
/// </example>
public sealed class CrossReportChecker
{
    /// <summary>Creates a checker with <see cref="ReportCheckerOptions.Default"/>.</summary>
    public CrossReportChecker()
        : this(ReportCheckerOptions.Default)
    {
    }

    /// <summary>
    /// Creates a checker with the given options: <see cref="ReportCheckerOptions.SeverityOverrides"/> (switch-off and
    /// severity per id), <see cref="ReportCheckerOptions.BlankCells"/> and <see cref="ReportCheckerOptions.TextReuseThreshold"/> apply.
    /// </summary>
    /// <param name="options">The options.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    public CrossReportChecker(ReportCheckerOptions options)
    {
        Guard.NotNull(options, nameof(options));
        Options = options;
    }

    /// <summary>A shared checker with the default options.</summary>
    public static CrossReportChecker Default { get; } = new();

    /// <summary>The options this checker applies.</summary>
    public ReportCheckerOptions Options { get; }

    /// <summary>Groups and compares the reports of several check results (unreadable files and non-reports are left out).</summary>
    /// <param name="results">The results, in any order.</param>
    /// <exception cref="ArgumentNullException"><paramref name="results"/> or one of its items is null.</exception>
    public CrossReportResult Check(IEnumerable<CheckResult> results)
    {
        Guard.NotNull(results, nameof(results));
        return Check(results.Select(r => r?.Report ?? throw new ArgumentNullException(nameof(results), "A result is null.")).ToList());
    }

    /// <summary>Groups and compares reports (reports whose status is not <see cref="ReportStatus.Checked"/> are left out).</summary>
    /// <param name="reports">The reports, in any order.</param>
    /// <exception cref="ArgumentNullException"><paramref name="reports"/> or one of its items is null.</exception>
    public CrossReportResult Check(IEnumerable<AnnualReport> reports)
    {
        Guard.NotNull(reports, nameof(reports));
        var list = reports.Select(r => r ?? throw new ArgumentNullException(nameof(reports), "A report is null.")).Where(r => r.Status == ReportStatus.Checked).ToList();
        var grouped = list.Where(r => r.Agency is not null && r.Year is not null).ToList();
        var ungrouped = list.Where(r => r.Agency is null || r.Year is null).ToImmutableArray();

        var years = new Dictionary<string, HashSet<int>>(StringComparer.Ordinal);
        foreach (var report in grouped)
        {
            var key = AgencyNames.Key(report.Agency!);
            if (!years.TryGetValue(key, out var set))
            {
                years[key] = set = [];
            }

            set.Add(report.Year!.Value);
        }

        var groupOf = AgencyNames.Group(years);
        var bag = new DiagnosticBag(Options.SeverityOverrides);
        var context = new RuleContext(bag, Options);
        var series = ImmutableArray.CreateBuilder<ReportSeries>();
        foreach (var group in grouped.GroupBy(r => groupOf[AgencyNames.Key(r.Agency!)], StringComparer.Ordinal))
        {
            var ordered = group.OrderBy(r => r.Year).ThenBy(r => r.Source, StringComparer.Ordinal).ToImmutableArray();
            var names = ordered.Select(r => r.Agency!).Distinct(StringComparer.Ordinal).OrderBy(n => n, StringComparer.Ordinal).ToImmutableArray();
            var agency = names.OrderByDescending(n => n.Length).ThenBy(n => n, StringComparer.Ordinal).First();
            series.Add(new ReportSeries(agency, names, ordered));
            CheckSeries(agency, ordered, context);
        }

        var sortedSeries = series.OrderBy(s => s.Agency, StringComparer.Ordinal).ToImmutableArray();
        return new CrossReportResult(sortedSeries, ungrouped, bag.ToSortedArray());
    }

    /// <summary>
    /// How <see cref="Check(IEnumerable{AnnualReport})"/> would group reports into series, from their agency and year
    /// alone: the groups (of two or more reports) as indexes into <paramref name="reports"/>. A caller that cannot hold
    /// every report in memory (a batch of thousands) keeps only these pairs, then checks one series at a time — the
    /// findings are the same. Entries without an agency or a year belong to no series.
    /// </summary>
    /// <param name="reports">Agency and year of each report, in any order.</param>
    /// <exception cref="ArgumentNullException"><paramref name="reports"/> is null.</exception>
    public static ImmutableArray<ImmutableArray<int>> GroupSeries(IReadOnlyList<(string? Agency, int? Year)> reports)
    {
        Guard.NotNull(reports, nameof(reports));
        var years = new Dictionary<string, HashSet<int>>(StringComparer.Ordinal);
        for (var i = 0; i < reports.Count; i++)
        {
            if (reports[i] is { Agency: { } agency, Year: { } year })
            {
                var key = AgencyNames.Key(agency);
                if (!years.TryGetValue(key, out var set))
                {
                    years[key] = set = [];
                }

                set.Add(year);
            }
        }

        var groupOf = AgencyNames.Group(years);
        return Enumerable.Range(0, reports.Count)
            .Where(i => reports[i].Agency is not null && reports[i].Year is not null)
            .GroupBy(i => groupOf[AgencyNames.Key(reports[i].Agency!)], StringComparer.Ordinal)
            .Where(g => g.Count() > 1)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.ToImmutableArray())
            .ToImmutableArray();
    }

    /// <summary>Every diagnostic the cross-report checks may report (RP0701–RP0706).</summary>
    internal static ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => CrossYearChecks.SupportedDiagnostics;

    private void CheckSeries(string agency, ImmutableArray<AnnualReport> reports, RuleContext context)
    {
        var byYear = reports.GroupBy(r => r.Year!.Value).ToDictionary(g => g.Key, g => g.ToList());
        foreach (var pair in byYear.OrderBy(p => p.Key))
        {
            var year = pair.Key;
            var current = pair.Value;
            if (current.Count > 1)
            {
                foreach (var report in current)
                {
                    CrossYearChecks.SameYear(agency, year, report, current.Where(r => !ReferenceEquals(r, report)), context);
                }
            }

            if (!byYear.TryGetValue(year - 1, out var previous))
            {
                continue;
            }

            foreach (var before in previous)
            {
                foreach (var now in current)
                {
                    CrossYearChecks.Compare(before, now, context, Options.TextReuseThreshold);
                }
            }
        }
    }
}
