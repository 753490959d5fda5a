using System.Collections.Immutable;
using ReportParser.Diagnostics;
using ReportParser.Model;
using ReportParser.Spec;

namespace ReportParser.Rules.Arithmetic;

/// <summary>RULE.T2.NONNEG: 表二 counts are whole numbers ≥ 0, amounts are ≥ 0; only the 2019 本年增/减 may be negative.</summary>
internal sealed class DisclosureValueRule : ReportRule
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Descriptors.DisclosureValueInvalid];

    public override void Check(AnnualReport report, RuleContext context)
    {
        if (report.ActiveDisclosure is not { } table)
        {
            return;
        }

        foreach (var cell in table.Cells)
        {
            if (RuleContext.ReadNumber(cell) is not { } value)
            {
                continue;
            }

            var valid = StandardTables.FindColumn(cell.ColumnId)?.Kind switch
            {
                ValueKind.Amount => value >= 0,
                ValueKind.SignedCount => decimal.Truncate(value) == value,
                _ => CountRules.IsCount(value),
            };

            if (!valid)
            {
                context.Report(Descriptors.DisclosureValueInvalid, cell.Location, [cell], cell.Raw);
            }
        }
    }
}
