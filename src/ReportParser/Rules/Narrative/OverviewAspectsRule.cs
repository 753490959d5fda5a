using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text.RegularExpressions;
using ReportParser.Diagnostics;
using ReportParser.Model;
using ReportParser.Recognition.Narrative;
using ReportParser.Spec;

namespace ReportParser.Rules.Narrative;

/// <summary>
/// RULE.N.S1_ASPECTS (spec §1.2, 2021 format): 一、总体情况 covers 主动公开, 依申请公开, 政府信息管理, 政府信息公开平台建设
/// and 监督保障 (RP0614), and a people's government's report also states 工作考核, 社会评议 and 责任追究 results
/// (条例 art. 50 (四), RP0615). Checked by loose keywords: wording varies, and a missing word is not a missing topic
/// when a synonym is there. A report with its own outline (上海市科委 2024: 三、主动公开工作情况 … 六、政府信息公开平台建设)
/// puts these topics in chapters the recogniser files under 二–四, so their text counts as well; 五 and 六 do not (problems
/// and plans name the topics without reporting on them).
/// </summary>
internal sealed class OverviewAspectsRule : ReportRule
{
    private static readonly (string Aspect, string[] Keywords)[] Aspects =
    [
        ("主动公开", ["主动公开"]),
        ("依申请公开", ["依申请", "申请公开", "公开申请"]),
        ("政府信息管理", ["信息管理", "公开属性", "保密审查", "发布审查", "源头认定", "清理", "审核"]),
        ("政府信息公开平台建设", ["平台", "网站", "新媒体", "公报", "专栏", "专区"]),
        ("监督保障", ["监督", "保障", "考核", "考评", "培训", "评议", "问责", "追究"]),
    ];

    private static readonly (string Item, string[] Keywords)[] Accountability =
    [
        ("工作考核", ["考核", "考评"]),
        ("社会评议", ["评议"]),
        ("责任追究", ["责任追究", "追究责任", "问责", "追责", "责任追究"]),
    ];

    private static readonly Regex Parenthetical = new(@"[（(][^）)]*[）)]", RegexOptions.CultureInvariant);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Descriptors.OverviewAspectMissing, Descriptors.GovernmentAccountabilityMissing];

    public override void Check(AnnualReport report, RuleContext context)
    {
        var applies = context.Options.Templates.Governing(report.Template, report.Year) is { RequiresOverviewAspects: true };
        if (!applies || report.Section("S1") is not { } overview)
        {
            return;
        }

        var text = string.Concat(report.Sections.Where(s => s.Id is "S1" or "S2" or "S3" or "S4").Select(s => NarrativeText.Clean(s.Text)));
        var missing = Aspects.Where(a => !a.Keywords.Any(text.Contains)).Select(a => a.Aspect).ToList();
        if (missing.Count > 0)
        {
            context.Report(Descriptors.OverviewAspectMissing, overview.Location, string.Join("、", missing));
        }

        if (IsPeoplesGovernment(report.Agency))
        {
            var items = Accountability.Where(a => !a.Keywords.Any(text.Contains)).Select(a => a.Item).ToList();
            if (items.Count > 0)
            {
                context.Report(Descriptors.GovernmentAccountabilityMissing, overview.Location, string.Join("、", items));
            }
        }
    }

    /// <summary>
    /// The agency is a people's government itself (<c>淮安市洪泽区人民政府</c>), not one of its offices or departments:
    /// a report titled <c>…人民政府办公室</c> may be the office's own report, so it is not held to the government's duty.
    /// </summary>
    internal static bool IsPeoplesGovernment(string? agency)
    {
        if (agency is null)
        {
            return false;
        }

        var name = Parenthetical.Replace(NarrativeText.Clean(agency), string.Empty);
        return name.EndsWith("人民政府", System.StringComparison.Ordinal);
    }
}
