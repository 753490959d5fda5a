using System.Collections.Immutable;
using ReportParser.Diagnostics;
using ReportParser.Model;

namespace ReportParser.Rules.Arithmetic;

/// <summary>
/// RULE.T2.FEE_MAGNITUDE (spec §5.3, info): 表二's 本年收费金额 is in 万元; a cell that says 元, or an amount of
/// 1,000,000 万元 (10 billion yuan) or more, was probably filled in 元.
/// </summary>
internal sealed class FeeMagnitudeRule : ReportRule
{
    /// <summary>1,000,000 万元 = 100 亿元: far above what a county or city collects in 行政事业性收费 (淮安市 2024: 96,171.6).</summary>
    public const decimal Threshold = 1_000_000m;

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Descriptors.FeeAmountLooksLikeYuan];

    public override void Check(AnnualReport report, RuleContext context)
    {
        if (report.ActiveDisclosure is not { Version: TemplateVersion.V2021 } table)
        {
            return;
        }

        var fee = table[DisclosureRow.AdministrativeFee, DisclosureColumn.FeeAmount];
        if (RuleContext.ReadNumber(fee) is { } amount && (fee.Unit == "元" || amount >= Threshold))
        {
            context.Report(Descriptors.FeeAmountLooksLikeYuan, fee.Location, [fee], fee.Raw, amount);
        }
    }
}
