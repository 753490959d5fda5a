using System.Collections.Immutable;
using ReportParser.Diagnostics;
using ReportParser.Model;
using ReportParser.Recognition.Narrative;

namespace ReportParser.Rules.Narrative;

/// <summary>
/// RULE.N.REVIEW_LIT (spec §5.5): the text's number of 政府信息公开 行政复议 against 表四's review total, its 行政诉讼
/// against the two litigation totals; 未发生…行政复议、行政诉讼 means 0.
/// </summary>
internal sealed class ReviewNarrativeRule : ReportRule
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Descriptors.NarrativeReviewLitigationMismatch];

    public override void Check(AnnualReport report, RuleContext context)
    {
        if (report.ReviewLitigation is not { } table)
        {
            return;
        }

        foreach (var fact in report.Narrative.Facts)
        {
            CellValue[] cells = fact.Kind switch
            {
                FactKind.Review => [table[ReviewLitigationColumn.ReviewTotal]],
                FactKind.Litigation => [table[ReviewLitigationColumn.DirectSuitTotal], table[ReviewLitigationColumn.SuitAfterReviewTotal]],
                _ => [],
            };
            if (cells.Length == 0 || NarrativeCells.Sum(context, cells, RuleContext.Identity(Descriptors.NarrativeReviewLitigationMismatch.Rule, cells[cells.Length - 1].ColumnId)) is not { } value || value == fact.Value)
            {
                continue;
            }

            context.Report(
                Descriptors.NarrativeReviewLitigationMismatch, NarrativeCells.At(fact.Sentence, cells[cells.Length - 1]), cells,
                NarrativeText.Quote(fact.Sentence.Text, fact.Position), fact.Label, fact.Value, value);
        }
    }
}
