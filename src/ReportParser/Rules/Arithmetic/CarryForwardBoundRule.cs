using System.Collections.Immutable;
using ReportParser.Diagnostics;
using ReportParser.Model;

namespace ReportParser.Rules.Arithmetic;

/// <summary>
/// RULE.T3.CARRY_FORWARD_BOUND (implied by the balance, spec §5.1): 结转下年度 ≤ 本年新收 + 上年结转 in every column.
/// Only where （七）总计 is unstated, so that RULE.T3.BALANCE could not be assessed; otherwise RP0503 says more.
/// </summary>
internal sealed class CarryForwardBoundRule : ReportRule
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Descriptors.CarryForwardExceedsAvailable];

    public override void Check(AnnualReport report, RuleContext context)
    {
        if (report.Applications is not { } table)
        {
            return;
        }

        foreach (var column in ApplicantColumns.All)
        {
            var received = table[ApplicationRow.NewlyReceived, column];
            var carriedOver = table[ApplicationRow.CarriedOver, column];
            var outcomes = table[ApplicationRow.OutcomeTotal, column];
            var carriedForward = table[ApplicationRow.CarriedForward, column];
            if (context.Operand(outcomes) is null
                && context.Operand(received) is { } r && context.Operand(carriedOver) is { } c && context.Operand(carriedForward) is { } f
                && f > r + c)
            {
                context.Report(
                    Descriptors.CarryForwardExceedsAvailable, carriedForward.Location, [received, carriedOver, carriedForward],
                    ApplicantColumns.Label(column), f, r, c);
            }
        }
    }
}
