using System.Collections.Immutable;
using ReportParser.Diagnostics;
using ReportParser.Model;

namespace ReportParser.Rules.Arithmetic;

/// <summary>RULE.T3.BALANCE, the template's own 勾稽关系: 一 + 二 = 三（七）总计 + 四, for each applicant column of 表三.</summary>
internal sealed class ApplicationBalanceRule : ReportRule
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Descriptors.ApplicationsDoNotBalance];

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
            var identity = RuleContext.Identity(Descriptors.ApplicationsDoNotBalance.Rule, ReportIds.Of(column));
            if (context.Operands(identity, [received, carriedOver, outcomes, carriedForward]) is [var r, var c, var o, var f] && r + c != o + f)
            {
                context.Report(
                    Descriptors.ApplicationsDoNotBalance, outcomes.Location, [received, carriedOver, outcomes, carriedForward],
                    ApplicantColumns.Label(column), r, c, o, f);
            }
        }
    }
}
