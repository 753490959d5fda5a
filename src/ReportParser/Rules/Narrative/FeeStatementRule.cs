using System.Collections.Immutable;
using System.Linq;
using System.Text.RegularExpressions;
using ReportParser.Diagnostics;
using ReportParser.Model;
using ReportParser.Recognition.Narrative;
using ReportParser.Spec;

namespace ReportParser.Rules.Narrative;

/// <summary>
/// RULE.N.FEE (spec §1.2, §5.5): from the 2021 format on, 六、其他需要报告的事项 states whether and how much 信息处理费
/// was charged — a sentence with a fee word and an amount or an explicit nil (未收取 / 无 / 0 元). A statement placed in
/// another part of the report is accepted too: the information is there, if misplaced.
/// </summary>
internal sealed class FeeStatementRule : ReportRule
{
    private static readonly Regex AdministrativeFee = new("行政事业性收费", RegexOptions.CultureInvariant);

    private static readonly Regex FeeWord = new("信息处理费|处理费|收费|收取费用|收取.{0,6}费|费用", RegexOptions.CultureInvariant);

    private static readonly Regex InformationFeeWord = new("信息处理费|处理费", RegexOptions.CultureInvariant);

    private static readonly Regex AmountOrNil = new(@"未|无|没有|不|零|[0-9０-９]+(?:[.．][0-9０-９]+)?(?:万)?元", RegexOptions.CultureInvariant);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Descriptors.FeeStatementMissing];

    public override void Check(AnnualReport report, RuleContext context)
    {
        // The 2021 format asks for it (spec: RULE.N.FEE, V2021); a report on the 2019 template is already RP0405 when
        // its year wants the 2021 one, and its template has no such instruction. Unknown template: the year decides.
        var required = context.Options.Templates.Governing(report.Template, report.Year) is { RequiresFeeStatement: true };
        if (!required || report.Section("S6") is not { } other)
        {
            return;
        }

        if (States(other.Text, FeeWord))
        {
            return;
        }

        var elsewhere = report.Sections.Where(s => s.Id != "S6").Select(s => s.Text).Append(report.Preamble);
        if (elsewhere.Any(text => States(text, InformationFeeWord)))
        {
            return;
        }

        context.Report(Descriptors.FeeStatementMissing, other.Location, other.Title);
    }

    private static bool States(string text, Regex feeWord) =>
        NarrativeText.Split(NarrativeText.Clean(text))
            .Select(sentence => AdministrativeFee.Replace(sentence, string.Empty))
            .Any(sentence => feeWord.IsMatch(sentence) && AmountOrNil.IsMatch(sentence));
}
