using System.Collections.Immutable;
using System.Linq;
using ReportParser.Diagnostics;
using ReportParser.Model;
using ReportParser.Recognition.Templates;

namespace ReportParser.Rules.Arithmetic;

/// <summary>
/// RULE.T3.ORG_SUBTOTAL, only when the report prints a non-standard 法人或其他组织 小计/合计 column: in every row the
/// subtotal equals the five organisation columns (RP0509); and 总计 = 自然人 + subtotal (RP0510), checked only where the
/// five columns cannot be assessed, since otherwise RP0501 and RP0509 already cover it.
/// </summary>
internal sealed class OrgSubtotalRule : ReportRule
{
    private const string Rule = "RULE.T3.ORG_SUBTOTAL";

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Descriptors.OrgSubtotalMismatch, Descriptors.OrgSubtotalTotalMismatch];

    public override void Check(AnnualReport report, RuleContext context)
    {
        if (report.Applications is not { } table || !NonStandardCells.HasOrgSubtotalColumn(table))
        {
            return;
        }

        var rows = table.Cells.Select(c => c.RowId).Distinct().Concat(NonStandardCells.SubtotalRows(table)).ToList();
        foreach (var rowId in rows)
        {
            var subtotal = NonStandardCells.Cell(table, rowId, StandardTables.OrgSubtotalColumnId);
            var parts = NonStandardCells.OrganisationColumns.Select(c => NonStandardCells.Cell(table, rowId, ReportIds.Of(c))).ToList();
            if (subtotal is null || parts.Any(p => p is null))
            {
                continue;
            }

            var label = NonStandardCells.RowLabel(rowId);
            var organisations = parts.Select(p => p!).ToList();
            var identity = RuleContext.Identity(Rule, rowId);
            if (context.CheckSum(organisations, subtotal, Rule, identity) is { } sum)
            {
                context.Report(Descriptors.OrgSubtotalMismatch, subtotal.Location, organisations.Append(subtotal), label, sum, context.Operand(subtotal)!.Value);
                continue;
            }

            if (organisations.All(p => context.Operand(p) is not null))
            {
                continue;
            }

            var natural = NonStandardCells.Cell(table, rowId, ReportIds.Of(ApplicantColumn.NaturalPerson));
            var total = NonStandardCells.Cell(table, rowId, ReportIds.Of(ApplicantColumn.Total));
            if (natural is null || total is null)
            {
                continue;
            }

            if (context.CheckSum([natural, subtotal], total, Rule, identity) is { } expected)
            {
                context.Report(
                    Descriptors.OrgSubtotalTotalMismatch, total.Location, [natural, subtotal, total],
                    label, context.Operand(natural)!.Value, context.Operand(subtotal)!.Value, expected, context.Operand(total)!.Value);
            }
        }
    }
}
