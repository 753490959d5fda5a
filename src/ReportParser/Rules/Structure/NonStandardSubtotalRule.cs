using System.Collections.Immutable;
using ReportParser.Diagnostics;
using ReportParser.Model;
using ReportParser.Spec;
using ReportParser.Rules.Arithmetic;

namespace ReportParser.Rules.Structure;

/// <summary>
/// Notes (info) a 表三 that prints what the official form does not have: a 法人或其他组织 小计/合计 column, or 小计 rows
/// under （三）–（六） (spec §8.2). Their values are checked by RP0509–RP0511.
/// </summary>
internal sealed class NonStandardSubtotalRule : ReportRule
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Descriptors.NonStandardSubtotal];

    public override void Check(AnnualReport report, RuleContext context)
    {
        if (report.Applications is not { } table)
        {
            return;
        }

        if (NonStandardCells.HasOrgSubtotalColumn(table))
        {
            context.Report(Descriptors.NonStandardSubtotal, table.Location with { Column = StandardTables.OrgSubtotalColumnId }, StandardTables.OrgSubtotalColumnId, StandardTables.OrgSubtotalColumnLabel);
        }

        foreach (var rowId in NonStandardCells.SubtotalRows(table))
        {
            var printed = table.RowLabels.TryGetValue(rowId, out var label) ? label : NonStandardCells.RowLabel(rowId);
            context.Report(Descriptors.NonStandardSubtotal, table.Location with { Row = rowId }, rowId, printed);
        }
    }
}
