using System.Collections.Immutable;
using ReportParser.Model;

namespace ReportParser.CrossReport;

/// <summary>
/// The reports of one agency across years, as <see cref="CrossReportChecker"/> grouped them: names that differ only in
/// layout, a parenthetical, the omitted parent region (<c>洪泽区人民政府</c> / <c>淮安市洪泽区人民政府</c>) or a common
/// abbreviation (<c>沭阳县发改局</c> / <c>沭阳县发展和改革局</c>) are one agency; see <see cref="Names"/> for what was merged.
/// </summary>
public sealed class ReportSeries
{
    internal ReportSeries(string agency, ImmutableArray<string> names, ImmutableArray<AnnualReport> reports)
    {
        Agency = agency;
        Names = names;
        Reports = reports;
    }

    /// <summary>The fullest printed name of the agency (the longest of <see cref="Names"/>).</summary>
    public string Agency { get; }

    /// <summary>Every agency name, as printed in the reports' titles, that was merged into this series (ordinal order).</summary>
    public ImmutableArray<string> Names { get; }

    /// <summary>The reports, by year and then by source.</summary>
    public ImmutableArray<AnnualReport> Reports { get; }
}
