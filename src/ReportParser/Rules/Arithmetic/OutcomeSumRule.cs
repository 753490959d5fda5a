using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using ReportParser.Diagnostics;
using ReportParser.Model;

namespace ReportParser.Rules.Arithmetic;

/// <summary>
/// RULE.T3.RESULT_SUM: in every column of 表三, （七）总计 = （一） + （二） + Σ（三） + Σ（四） + Σ（五） + （六）, where （六） is its
/// three sub-rows (2021 layout) or its single row (2019 layout).
/// </summary>
internal sealed class OutcomeSumRule : ReportRule
{
    private const string Rule = "RULE.T3.RESULT_SUM";

    private static readonly ImmutableArray<ApplicationRow> CommonOutcomes =
    [
        ApplicationRow.Disclosed, ApplicationRow.PartiallyDisclosed,
        ApplicationRow.NotDisclosedStateSecret, ApplicationRow.NotDisclosedProhibitedByLaw, ApplicationRow.NotDisclosedEndangersSecurity,
        ApplicationRow.NotDisclosedThirdPartyRights, ApplicationRow.NotDisclosedInternalAffairs, ApplicationRow.NotDisclosedProcessInformation,
        ApplicationRow.NotDisclosedEnforcementFile, ApplicationRow.NotDisclosedQueryMatter,
        ApplicationRow.CannotProvideNotHeld, ApplicationRow.CannotProvideNeedsCreation, ApplicationRow.CannotProvideStillUnclear,
        ApplicationRow.NotProcessedComplaint, ApplicationRow.NotProcessedRepeated, ApplicationRow.NotProcessedPublication,
        ApplicationRow.NotProcessedExcessive, ApplicationRow.NotProcessedConfirmation,
    ];

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Descriptors.OutcomeSumMismatch];

    public override void Check(AnnualReport report, RuleContext context)
    {
        if (report.Applications is not { } table)
        {
            return;
        }

        IEnumerable<ApplicationRow> other = table.OtherHandlingIsSplit
            ? [ApplicationRow.OtherHandlingNoCorrection, ApplicationRow.OtherHandlingFeeUnpaid, ApplicationRow.OtherHandlingOther]
            : [ApplicationRow.OtherHandling];
        var rows = CommonOutcomes.Concat(other).ToList();

        foreach (var column in ApplicantColumns.All)
        {
            // Every outcome row the layout prints takes part: a row the reader did not find stops the identity (it
            // may hold the difference), it is never left out of the sum.
            var parts = rows.Select(r => table[r, column]).ToList();
            var total = table[ApplicationRow.OutcomeTotal, column];
            if (context.CheckSum(parts, total, Rule, RuleContext.Identity(Rule, ReportIds.Of(column))) is { } sum)
            {
                context.Report(Descriptors.OutcomeSumMismatch, total.Location, parts.Append(total), ApplicantColumns.Label(column), sum, context.Operand(total)!.Value);
            }
        }
    }
}
