using System.Collections.Immutable;
using System.Linq;
using ReportParser.Diagnostics;
using ReportParser.Model;
using ReportParser.Spec;

namespace ReportParser.Rules.Arithmetic;

/// <summary>RULE.T4.BLOCK_TOTAL: in each of 行政复议, 未经复议直接起诉 and 复议后起诉, 总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结.</summary>
internal sealed class ReviewBlockTotalRule : ReportRule
{
    private const string Rule = "RULE.T4.BLOCK_TOTAL";

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Descriptors.ReviewTotalMismatch];

    public override void Check(AnnualReport report, RuleContext context)
    {
        if (report.ReviewLitigation is not { } table)
        {
            return;
        }

        for (var block = 0; block < StandardTables.ReviewBlocks.Length; block++)
        {
            // The block's four results and its 总计, by their spec ids (never by enum position).
            var ids = StandardTables.ReviewResults.Select(r => StandardTables.ReviewColumnId(StandardTables.ReviewBlocks[block], r)).ToList();
            var cells = ids.Select(id => table.Find(StandardTables.ReviewRowId, id)!).ToList();
            var parts = cells.Take(cells.Count - 1).ToList();
            var total = cells[cells.Count - 1];
            if (context.CheckSum(parts, total, Rule, RuleContext.Identity(Rule, total.ColumnId)) is { } sum)
            {
                context.Report(
                    Descriptors.ReviewTotalMismatch, total.Location, parts.Append(total),
                    StandardTables.ReviewBlockLabels[block], context.Operand(parts[0])!.Value, context.Operand(parts[1])!.Value, context.Operand(parts[2])!.Value, context.Operand(parts[3])!.Value, sum, context.Operand(total)!.Value);
            }
        }
    }
}
