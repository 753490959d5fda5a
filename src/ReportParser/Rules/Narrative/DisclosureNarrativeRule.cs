using System.Collections.Immutable;
using ReportParser.Diagnostics;
using ReportParser.Model;
using ReportParser.Recognition.Narrative;

namespace ReportParser.Rules.Narrative;

/// <summary>
/// RULE.N.T2_DOCS (spec §5.5, info): 制发/出台/公开 规章 or 行政规范性文件 X 件 in the text against 表二's 本年制发件数.
/// Loose by nature — the text often counts documents published, not issued — so an info only.
/// </summary>
internal sealed class DisclosureNarrativeRule : ReportRule
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Descriptors.NarrativeDisclosureCountMismatch];

    public override void Check(AnnualReport report, RuleContext context)
    {
        // Only a 表二 that prints 本年制发件数 (the 2021 format).
        if (report.ActiveDisclosure is not { } table || table.Find(ReportIds.Of(DisclosureRow.Regulation), ReportIds.Of(DisclosureColumn.Issued)) is null)
        {
            return;
        }

        foreach (var fact in report.Narrative.Facts)
        {
            DisclosureRow? row = fact.Kind switch
            {
                FactKind.Regulation => DisclosureRow.Regulation,
                FactKind.NormativeDocument => DisclosureRow.NormativeDocument,
                _ => null,
            };
            if (row is not { } r)
            {
                continue;
            }

            var issued = table[r, DisclosureColumn.Issued];
            var identity = RuleContext.Identity(Descriptors.NarrativeDisclosureCountMismatch.Rule, issued.RowId);
            if (context.Operands(identity, [issued]) is [var value] && value != fact.Value)
            {
                context.Report(
                    Descriptors.NarrativeDisclosureCountMismatch, NarrativeCells.At(fact.Sentence, issued), [issued],
                    NarrativeText.Quote(fact.Sentence.Text, fact.Position), fact.Label, fact.Value, value);
            }
        }
    }
}
