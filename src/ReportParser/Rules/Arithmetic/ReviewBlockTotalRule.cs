using System.Collections.Immutable;
using System.Linq;
using ReportParser.Diagnostics;
using ReportParser.Model;
using ReportParser.Recognition.Templates;

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

        for (var block = 0; block < 3; block++)
        {
            var parts = Enumerable.Range(block * 5, 4).Select(i => table[(ReviewLitigationColumn)i]).ToList();
            var total = table[(ReviewLitigationColumn)((block * 5) + 4)];
            if (context.CheckSum(parts, total, Rule, RuleContext.Identity(Rule, total.ColumnId)) is { } sum)
            {
                context.Report(
                    Descriptors.ReviewTotalMismatch, total.Location, parts.Append(total),
                    StandardTables.ReviewBlockLabels[block], context.Operand(parts[0])!.Value, context.Operand(parts[1])!.Value, context.Operand(parts[2])!.Value, context.Operand(parts[3])!.Value, sum, context.Operand(total)!.Value);
            }
        }
    }
}
