using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using ReportParser.Diagnostics;
using ReportParser.Model;
using ReportParser.Recognition.Templates;
using ReportParser.Rules;
using ReportParser.Rules.Arithmetic;

namespace ReportParser.CrossReport;

/// <summary>
/// The checks between two consecutive reports of one agency (spec §5.3, §5.4): RULE.X.CARRY_OVER, RULE.T2.STOCK_FLOW,
/// RULE.T2.REPEALED_LE_STOCK and RULE.X.TEXT_REUSE (text and tables), plus the note that one agency has two reports
/// for one year (RULE.X.SAME_YEAR). Every finding is located in the later report.
/// </summary>
internal static class CrossYearChecks
{
    public static readonly ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics =
    [
        Descriptors.CarryOverMismatch, Descriptors.StockFlowMismatch, Descriptors.RepealedExceedsStock, Descriptors.TextReused,
        Descriptors.TablesRepeated, Descriptors.SameAgencyYearTwice,
    ];

    /// <summary>Columns whose value is a stock that may rightly stay the same from one year to the next.</summary>
    private static readonly ImmutableHashSet<string> StockColumns = ["T2.C.in_force", "T2.C.total_published", "T2.C.prev_year_items"];

    public static void SameYear(string agency, int year, AnnualReport report, IEnumerable<AnnualReport> others, RuleContext context) =>
        context.Report(
            Descriptors.SameAgencyYearTwice, new SourceLocation { Source = report.Source }, agency, year,
            string.Join("、", others.Select(o => o.Source)));

    public static void Compare(AnnualReport previous, AnnualReport current, RuleContext context, double threshold)
    {
        CarryOver(previous, current, context);
        StockFlow(previous, current, context);
        TextReuse(previous, current, context, threshold);
        TablesRepeated(previous, current, context);
    }

    private static void CarryOver(AnnualReport previous, AnnualReport current, RuleContext context)
    {
        if (previous.Applications is not { } before || current.Applications is not { } now)
        {
            return;
        }

        foreach (var column in ApplicantColumns.All)
        {
            var carriedOver = now[ApplicationRow.CarriedOver, column];
            var carriedForward = before[ApplicationRow.CarriedForward, column];
            if (context.Operand(carriedOver) is { } c && context.Operand(carriedForward) is { } f && c != f)
            {
                context.Report(
                    Descriptors.CarryOverMismatch, At(current, carriedOver), [carriedOver],
                    ApplicantColumns.Label(column), c, previous.Year!.Value, previous.Source, f);
            }
        }
    }

    private static void StockFlow(AnnualReport previous, AnnualReport current, RuleContext context)
    {
        if (previous.ActiveDisclosure is not { Version: TemplateVersion.V2021 } before || current.ActiveDisclosure is not { Version: TemplateVersion.V2021 } now)
        {
            return;
        }

        foreach (var row in new[] { DisclosureRow.Regulation, DisclosureRow.NormativeDocument })
        {
            var stockBefore = before[row, DisclosureColumn.InForce];
            var issued = now[row, DisclosureColumn.Issued];
            var repealed = now[row, DisclosureColumn.Repealed];
            var stock = now[row, DisclosureColumn.InForce];
            if (context.Operand(stockBefore) is not { } b || context.Operand(issued) is not { } i || context.Operand(repealed) is not { } r || context.Operand(stock) is not { } s)
            {
                continue;
            }

            var label = StandardTables.DisclosureRows[(int)row].ShortLabel;
            if (r > b + i)
            {
                context.Report(Descriptors.RepealedExceedsStock, At(current, repealed), [repealed, issued], label, r, b, i, previous.Source);
            }
            else if (b + i - r != s)
            {
                context.Report(Descriptors.StockFlowMismatch, At(current, stock), [issued, repealed, stock], label, b, i, r, b + i - r, s, s - (b + i - r), previous.Source);
            }
        }
    }

    private static void TextReuse(AnnualReport previous, AnnualReport current, RuleContext context, double threshold)
    {
        foreach (var id in new[] { "S1", "S5" })
        {
            if (current.Section(id) is not { } now || previous.Section(id) is not { } before)
            {
                continue;
            }

            if (TextSimilarity.Containment(now.Text, before.Text) is { } similarity && similarity >= threshold)
            {
                var percent = Math.Round((decimal)similarity * 100m, 1, MidpointRounding.AwayFromZero);
                context.Report(Descriptors.TextReused, now.Location, now.Title, previous.Year!.Value, previous.Source, percent);
            }
        }
    }

    private static void TablesRepeated(AnnualReport previous, AnnualReport current, RuleContext context)
    {
        var pairs = new (ReportTable? Before, ReportTable? Now, string Name)[]
        {
            (previous.ActiveDisclosure, current.ActiveDisclosure, "表二"),
            (previous.Applications, current.Applications, "表三"),
            (previous.ReviewLitigation, current.ReviewLitigation, "表四"),
        };
        foreach (var (before, now, name) in pairs)
        {
            if (before is null || now is null)
            {
                continue;
            }

            // Only tables read with certainty in both years: a cell not found or not read may hide the difference.
            var printed = now.Cells.Where(c => c.Kind != CellKind.Missing).ToList();
            var earlier = before.Cells.Where(c => c.Kind != CellKind.Missing).ToDictionary(c => c.Key, c => Compact(c.Raw), StringComparer.Ordinal);
            if (printed.Count == 0 || printed.Count != earlier.Count || now.Cells.Concat(before.Cells).Any(c => !c.IsRead)
                || printed.Any(c => !earlier.TryGetValue(c.Key, out var raw) || raw != Compact(c.Raw)))
            {
                continue;
            }

            // Identical zeros (or a few identical small numbers) are what a quiet agency reports every year.
            var distinctFlows = printed.Where(c => !StockColumns.Contains(c.ColumnId) && RuleContext.ReadNumber(c) is { } n && n != 0).Select(RuleContext.ReadNumber).Distinct().Count();
            if (distinctFlows >= 3)
            {
                context.Report(Descriptors.TablesRepeated, now.Location, printed, name, printed.Count, previous.Year!.Value, previous.Source);
            }
        }
    }

    private static string Compact(string raw) => new(raw.Where(ch => !char.IsWhiteSpace(ch)).ToArray());

    private static SourceLocation At(AnnualReport report, CellValue cell) => cell.Location with { Source = report.Source };
}
