using System.Collections.Immutable;
using ReportParser.Diagnostics;
using ReportParser.Model;

namespace ReportParser.Rules;

/// <summary>One compliance check over the typed report. Stateless: one instance serves every report, in parallel.</summary>
internal abstract class ReportRule
{
    /// <summary>Every descriptor this rule may report (tests check that each id has exactly one owner).</summary>
    public abstract ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; }

    public abstract void Check(AnnualReport report, RuleContext context);
}
