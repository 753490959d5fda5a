using System.Collections.Immutable;
using System.Linq;
using ReportParser.Diagnostics;
using ReportParser.Model;
using ReportParser.Recognition.Templates;

namespace ReportParser.Rules.Arithmetic;

/// <summary>
/// RULE.T3.GROUP_SUBTOTAL, only when the report prints a non-standard 小计 row under （三）不予公开, （四）无法提供,
/// （五）不予处理 or （六）其他处理: in every column the subtotal equals the sum of the group's sub-rows.
/// </summary>
internal sealed class GroupSubtotalRule : ReportRule
{
    private const string Rule = "RULE.T3.GROUP_SUBTOTAL";

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Descriptors.GroupSubtotalMismatch];

    public override void Check(AnnualReport report, RuleContext context)
    {
        if (report.Applications is not { } table)
        {
            return;
        }

        foreach (var rowId in NonStandardCells.SubtotalRows(table))
        {
            var group = StandardTables.GroupOfSubtotal(rowId);
            var children = StandardTables.ApplicationRows.Where(r => r.ParentId == group).Select(r => r.Id).ToList();
            foreach (var column in ApplicantColumns.All)
            {
                var columnId = ReportIds.Of(column);
                var subtotal = NonStandardCells.Cell(table, rowId, columnId);
                var parts = children.Select(child => NonStandardCells.Cell(table, child, columnId)).ToList();
                if (subtotal is null || parts.Count == 0 || parts.Any(p => p is null))
                {
                    continue;
                }

                var cells = parts.Select(p => p!).ToList();
                if (context.CheckSum(cells, subtotal, Rule, RuleContext.Identity(Rule, subtotal.Key)) is { } sum)
                {
                    context.Report(
                        Descriptors.GroupSubtotalMismatch, subtotal.Location, cells.Append(subtotal),
                        StandardTables.ApplicationRow(group).ShortLabel, ApplicantColumns.Label(column), sum, context.Operand(subtotal)!.Value);
                }
            }
        }
    }
}
