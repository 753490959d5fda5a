using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using ReportParser.Diagnostics;
using ReportParser.Model;
using ReportParser.Recognition.Narrative;

namespace ReportParser.Rules.Narrative;

/// <summary>
/// RULE.N.NEW_APPS, CARRY_IN, DONE, CARRY_OUT, OUTCOMES and NO_APPS (spec §5.5): the application numbers the text states
/// (read once by <see cref="Recognition.Narrative.NarrativeExtractor"/>) against 表三. 收到/受理 may count the carried-over too: either reading is
/// accepted, and a match only with the carried-over is noted (RP0602).
/// </summary>
internal sealed class ApplicationNarrativeRule : ReportRule
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
    [
        Descriptors.NarrativeReceivedMismatch, Descriptors.NarrativeReceivedIncludesCarryOver, Descriptors.NarrativeCarriedOverMismatch,
        Descriptors.NarrativeCompletedMismatch, Descriptors.NarrativeCarriedForwardMismatch, Descriptors.NarrativeOutcomeMismatch,
        Descriptors.NarrativePercentageMismatch, Descriptors.NarrativeNoApplicationsContradicted,
    ];

    public override void Check(AnnualReport report, RuleContext context)
    {
        if (report.Applications is not { } table)
        {
            return;
        }

        var notedSentences = new HashSet<string>(StringComparer.Ordinal);
        foreach (var fact in report.Narrative.Facts)
        {
            switch (fact.Kind)
            {
                case FactKind.Received:
                    CheckReceived(table, fact, context, notedSentences);
                    break;
                case FactKind.CarriedOver:
                    CheckSingle(table, fact, context, ApplicationRow.CarriedOver, Descriptors.NarrativeCarriedOverMismatch);
                    break;
                case FactKind.CarriedForward:
                    CheckSingle(table, fact, context, ApplicationRow.CarriedForward, Descriptors.NarrativeCarriedForwardMismatch);
                    break;
                case FactKind.Completed:
                    CheckCompleted(table, fact, context);
                    break;
                case FactKind.Outcome:
                    CheckOutcome(table, fact, context);
                    break;
                case FactKind.NoApplications:
                    var received = table[ApplicationRow.NewlyReceived, ApplicantColumn.Total];
                    var identity = NarrativeCells.Identity(Descriptors.NarrativeNoApplicationsContradicted, received);
                    if (context.Operands(identity, [received]) is [> 0m and var count])
                    {
                        context.Report(Descriptors.NarrativeNoApplicationsContradicted, NarrativeCells.At(fact.Sentence, received), [received], Quote(fact), count);
                    }

                    break;
            }
        }
    }

    private static void CheckReceived(ApplicationTable table, NarrativeFact fact, RuleContext context, HashSet<string> notedSentences)
    {
        var newCells = NarrativeCells.Row(table, ApplicationRow.NewlyReceived, fact.Scope);
        var carriedCells = NarrativeCells.Row(table, ApplicationRow.CarriedOver, fact.Scope);
        if (NarrativeCells.Sum(context, newCells, NarrativeCells.Identity(Descriptors.NarrativeReceivedMismatch, newCells[0])) is not { } received)
        {
            return;
        }

        var carried = NarrativeCells.Sum(context, carriedCells, identity: null);
        var withCarried = received + carried;
        var onlyNew = fact.Anchor == "新收";
        if (fact.Value == received)
        {
            return;
        }

        var location = NarrativeCells.At(fact.Sentence, newCells[newCells.Count - 1]);
        if (!onlyNew && withCarried == fact.Value && carried > 0)
        {
            if (fact.Scope == ApplicantScope.Total && notedSentences.Add(fact.Sentence.Text))
            {
                context.Report(Descriptors.NarrativeReceivedIncludesCarryOver, location, newCells.Concat(carriedCells), Quote(fact), fact.Value, received, carried!.Value);
            }

            return;
        }

        // Without the carried-over number the second reading cannot be ruled out, except after 新收.
        if (onlyNew || withCarried is not null)
        {
            context.Report(Descriptors.NarrativeReceivedMismatch, location, newCells.Concat(carriedCells), Quote(fact), fact.Value, NarrativeCells.ScopeLabel(fact.Scope), received, withCarried ?? received);
        }
    }

    private static void CheckSingle(ApplicationTable table, NarrativeFact fact, RuleContext context, ApplicationRow row, DiagnosticDescriptor descriptor)
    {
        var cell = table[row, ApplicantColumn.Total];
        if (context.Operands(NarrativeCells.Identity(descriptor, cell), [cell]) is [var value] && value != fact.Value)
        {
            context.Report(descriptor, NarrativeCells.At(fact.Sentence, cell), [cell], Quote(fact), fact.Value, value);
        }
    }

    private static void CheckCompleted(ApplicationTable table, NarrativeFact fact, RuleContext context)
    {
        var total = table[ApplicationRow.OutcomeTotal, ApplicantColumn.Total];
        if (context.Operands(NarrativeCells.Identity(Descriptors.NarrativeCompletedMismatch, total), [total]) is not [var completed] || completed == fact.Value)
        {
            return;
        }

        // 共办理 may count every application handled, finished or not: 新收 + 上年结转.
        if (fact.Anchor == "办理"
            && NarrativeCells.Sum(context, [table[ApplicationRow.NewlyReceived, ApplicantColumn.Total], table[ApplicationRow.CarriedOver, ApplicantColumn.Total]], identity: null) is { } handled
            && handled == fact.Value)
        {
            return;
        }

        context.Report(Descriptors.NarrativeCompletedMismatch, NarrativeCells.At(fact.Sentence, total), [total], Quote(fact), fact.Value, completed);
    }

    private static void CheckOutcome(ApplicationTable table, NarrativeFact fact, RuleContext context)
    {
        var cells = fact.Outcomes.SelectMany(row => NarrativeCells.Outcome(table, row)).ToList();
        if (cells.Count == 0 || NarrativeCells.Sum(context, cells, NarrativeCells.Identity(Descriptors.NarrativeOutcomeMismatch, cells[0])) is not { } count)
        {
            return;
        }

        var location = NarrativeCells.At(fact.Sentence, cells[0]);
        if (count != fact.Value)
        {
            context.Report(Descriptors.NarrativeOutcomeMismatch, location, cells, Quote(fact), fact.Label, fact.Value, count);
            return;
        }

        if (fact.Percent is not { } stated)
        {
            return;
        }

        var completed = context.Operand(table[ApplicationRow.OutcomeTotal, ApplicantColumn.Total]);
        var received = context.Operand(table[ApplicationRow.NewlyReceived, ApplicantColumn.Total]);
        var carried = context.Operand(table[ApplicationRow.CarriedOver, ApplicantColumn.Total]);
        var bases = new[] { completed, received, received + carried }.Where(b => b is > 0m).Select(b => b!.Value).ToList();
        if (completed is not > 0m)
        {
            return;
        }

        var tolerance = Unit(fact.PercentDecimals);
        if (bases.Any(b => Math.Abs((count * 100m / b) - stated) < tolerance))
        {
            return;
        }

        var computed = Math.Round(count * 100m / completed.Value, fact.PercentDecimals, MidpointRounding.AwayFromZero);
        context.Report(
            Descriptors.NarrativePercentageMismatch, location, cells.Append(table[ApplicationRow.OutcomeTotal, ApplicantColumn.Total]),
            Quote(fact), fact.Label, stated, computed, count, completed.Value);
    }

    /// <summary>One unit of the last printed digit: 17.46% is accepted for anything in (17.45, 17.47).</summary>
    private static decimal Unit(int decimals)
    {
        var unit = 1m;
        for (var i = 0; i < decimals; i++)
        {
            unit /= 10m;
        }

        return unit;
    }

    private static string Quote(NarrativeFact fact) => NarrativeText.Quote(fact.Sentence.Text, fact.Position);
}
