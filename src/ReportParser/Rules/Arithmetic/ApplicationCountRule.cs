using System.Collections.Immutable;
using ReportParser.Diagnostics;
using ReportParser.Model;

namespace ReportParser.Rules.Arithmetic;

/// <summary>RULE.T3.NONNEG_INT: every number in 表三 is a whole number ≥ 0.</summary>
internal sealed class ApplicationCountRule : ReportRule
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Descriptors.ApplicationCountInvalid];

    public override void Check(AnnualReport report, RuleContext context)
    {
        if (report.Applications is { } table)
        {
            CountRules.CheckCounts(table, Descriptors.ApplicationCountInvalid, context);
        }
    }
}
