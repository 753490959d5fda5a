using System.Collections.Immutable;
using ReportParser.Diagnostics;
using ReportParser.Model;

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

            var valid = cell.ColumnId switch
            {
                "T2.C.fee_amount" or "T2.C.procurement_amount" => value >= 0,
                "T2.C.change" => decimal.Truncate(value) == value,
                _ => CountRules.IsCount(value),
            };

            if (!valid)
            {
                context.Report(Descriptors.DisclosureValueInvalid, cell.Location, [cell], cell.Raw);
            }
        }
    }
}
