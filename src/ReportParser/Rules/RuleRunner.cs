using System;
using System.Collections.Immutable;
using ReportParser.Diagnostics;
using ReportParser.Model;
using ReportParser.Rules.Arithmetic;
using ReportParser.Rules.Narrative;
using ReportParser.Rules.Structure;

namespace ReportParser.Rules;

/// <summary>Runs every rule over a report. A rule that throws becomes RP9001; the others still run.</summary>
internal static class RuleRunner
{
    public static ImmutableArray<ReportRule> DefaultRules { get; } =
    [
        new SectionHeadingsRule(),
        new StandardTablesRule(),
        new TemplateVersionRule(),
        new DisclosureValueRule(),
        new ApplicationCountRule(),
        new ApplicationRowTotalRule(),
        new OutcomeSumRule(),
        new ApplicationBalanceRule(),
        new ReviewCountRule(),
        new ReviewBlockTotalRule(),
        new NonStandardSubtotalRule(),
        new OrgSubtotalRule(),
        new GroupSubtotalRule(),
        new CarryForwardBoundRule(),
        new FeeMagnitudeRule(),
        new TrialDisclosureRule(),
        new ApplicationNarrativeRule(),
        new ReviewNarrativeRule(),
        new DisclosureNarrativeRule(),
        new FeeStatementRule(),
        new ReportYearRule(),
        new OverviewAspectsRule(),
    ];

    public static void Run(AnnualReport report, ImmutableArray<ReportRule> rules, DiagnosticBag bag, ReportCheckerOptions options)
    {
        if (report.Status != ReportStatus.Checked)
        {
            return;
        }

        var context = new RuleContext(bag, options);
        foreach (var rule in rules)
        {
            try
            {
                rule.Check(report, context);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                bag.Add(Descriptors.RuleCrashed, new SourceLocation { Source = report.Source }, rule.GetType().Name, ex.GetType().Name + ": " + ex.Message);
            }
        }

        context.ReportSkipped(report);
    }
}
