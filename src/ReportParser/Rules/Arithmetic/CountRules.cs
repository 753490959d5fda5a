using ReportParser.Diagnostics;
using ReportParser.Model;

namespace ReportParser.Rules.Arithmetic;

/// <summary>Shared check: every number of a table is a count (whole, ≥ 0).</summary>
internal static class CountRules
{
    public static bool IsCount(decimal value) => value >= 0 && decimal.Truncate(value) == value;

    public static void CheckCounts(ReportTable table, DiagnosticDescriptor descriptor, RuleContext context)
    {
        foreach (var cell in table.Cells)
        {
            if (RuleContext.ReadNumber(cell) is { } value && !IsCount(value))
            {
                context.Report(descriptor, cell.Location, [cell], cell.Raw);
            }
        }
    }
}
