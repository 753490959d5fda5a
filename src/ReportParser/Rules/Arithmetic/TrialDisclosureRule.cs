using System.Collections.Immutable;
using ReportParser.Diagnostics;
using ReportParser.Model;
using ReportParser.Recognition.Templates;

namespace ReportParser.Rules.Arithmetic;

/// <summary>
/// Plausibility of the 2019 trial 表二 (spec §5.3, warnings): 上一年项目数量 + 本年增/减 ≥ 0 for the item rows
/// (RULE.T2.V2019_ITEMS), and 本年新公开数量 ≤ 对外公开总数量 for 规章 and 规范性文件 (RULE.T2.V2019_PUBLISHED).
/// </summary>
internal sealed class TrialDisclosureRule : ReportRule
{
    private static readonly ImmutableArray<DisclosureRow> ItemRows =
    [
        DisclosureRow.License, DisclosureRow.OtherAdministrativeService, DisclosureRow.Penalty, DisclosureRow.Coercion, DisclosureRow.AdministrativeFee,
    ];

    private static readonly ImmutableArray<DisclosureRow> DocumentRows = [DisclosureRow.Regulation, DisclosureRow.NormativeDocument];

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Descriptors.TrialItemCountNegative, Descriptors.TrialPublishedExceedsTotal];

    public override void Check(AnnualReport report, RuleContext context)
    {
        if (report.ActiveDisclosure is not { Version: TemplateVersion.V2019Trial } table)
        {
            return;
        }

        foreach (var row in ItemRows)
        {
            var previous = table[row, DisclosureColumn.PreviousYearItems];
            var change = table[row, DisclosureColumn.Change];
            var items = RuleContext.Identity(Descriptors.TrialItemCountNegative.Rule, ReportIds.Of(row));
            if (context.Operands(items, [previous, change]) is [var p, var c] && p + c < 0)
            {
                context.Report(Descriptors.TrialItemCountNegative, change.Location, [previous, change], Label(table, row), p, c, p + c);
            }
        }

        foreach (var row in DocumentRows)
        {
            var published = table[row, DisclosureColumn.NewlyPublished];
            var total = table[row, DisclosureColumn.TotalPublished];
            var documents = RuleContext.Identity(Descriptors.TrialPublishedExceedsTotal.Rule, ReportIds.Of(row));
            if (context.Operands(documents, [published, total]) is [var n, var t] && n > t)
            {
                context.Report(Descriptors.TrialPublishedExceedsTotal, published.Location, [published, total], Label(table, row), n, t);
            }
        }
    }

    private static string Label(ActiveDisclosureTable table, DisclosureRow row) =>
        table.RowLabels.TryGetValue(ReportIds.Of(row), out var printed) ? printed : StandardTables.DisclosureRows[(int)row].ShortLabel;
}
