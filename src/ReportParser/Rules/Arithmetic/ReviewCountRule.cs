using System.Collections.Immutable;
using ReportParser.Diagnostics;
using ReportParser.Model;

namespace ReportParser.Rules.Arithmetic;

/// <summary>RULE.T4.NONNEG_INT: every number in 表四 is a whole number ≥ 0.</summary>
internal sealed class ReviewCountRule : ReportRule
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Descriptors.ReviewCountInvalid];

    public override void Check(AnnualReport report, RuleContext context)
    {
        if (report.ReviewLitigation is { } table)
        {
            CountRules.CheckCounts(table, Descriptors.ReviewCountInvalid, context);
        }
    }
}
