using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using ReportParser.Diagnostics;
using ReportParser.Model;
using ReportParser.Spec;
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
        // Only 表二s that print 本年制发件数, 本年废止件数 and 现行有效件数 (the 2021 format).
        if (previous.ActiveDisclosure is not { } before || current.ActiveDisclosure is not { } now || !PrintsStockAndFlow(before) || !PrintsStockAndFlow(now))
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

            var label = StandardTables.DisclosureRows.First(r => r.Id == ReportIds.Of(row)).ShortLabel;
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
        foreach (var now in current.Tables)
        {
            var before = previous.Tables.FirstOrDefault(t => t.TableId == now.TableId);
            var name = StandardTable.NameOf(now.TableId);
            if (before is null)
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
            var distinctFlows = printed.Where(c => StandardTables.FindColumn(c.ColumnId) is not { IsStock: true } && RuleContext.ReadNumber(c) is { } n && n != 0).Select(RuleContext.ReadNumber).Distinct().Count();
            if (distinctFlows >= 3)
            {
                context.Report(Descriptors.TablesRepeated, now.Location, printed, name, printed.Count, previous.Year!.Value, previous.Source);
            }
        }
    }

    private static bool PrintsStockAndFlow(ActiveDisclosureTable table) =>
        new[] { DisclosureColumn.Issued, DisclosureColumn.Repealed, DisclosureColumn.InForce }
            .All(c => table.Find(ReportIds.Of(DisclosureRow.Regulation), ReportIds.Of(c)) is not null);

    private static string Compact(string raw) => new(raw.Where(ch => !char.IsWhiteSpace(ch)).ToArray());

    private static SourceLocation At(AnnualReport report, CellValue cell) => cell.Location with { Source = report.Source };
}
