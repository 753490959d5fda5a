using System.Collections.Immutable;

namespace ReportParser.Spec;

/// <summary>One of the six top-level sections (spec §1.1): id, template ordinal and heading, and the keywords that identify variants.</summary>
internal sealed record SectionSpec(string Id, string Ordinal, string CanonicalTitle, ImmutableArray<string> Keywords);

/// <summary>The six sections of both templates, held as data.</summary>
internal static class SectionSpecs
{
    public static readonly ImmutableArray<SectionSpec> All =
    [
        new("S1", "一", "一、总体情况", ["总体情况", "概述", "总体"]),
        new("S2", "二", "二、主动公开政府信息情况", ["主动公开"]),
        new("S3", "三", "三、收到和处理政府信息公开申请情况", ["收到和处理", "依申请公开", "申请情况", "处理政府信息公开申请"]),
        new("S4", "四", "四、政府信息公开行政复议、行政诉讼情况", ["行政复议", "行政诉讼", "复议", "诉讼"]),
        new("S5", "五", "五、存在的主要问题及改进情况", ["存在的主要问题", "存在问题", "主要问题", "问题及", "改进情况", "整改"]),
        new("S6", "六", "六、其他需要报告的事项", ["其他需要报告", "需要报告的事项", "其他事项"]),
    ];

    /// <summary>Keyword precedence: a heading that mentions several is the later, more specific section.</summary>
    public static readonly ImmutableArray<string> MatchOrder = ["S6", "S5", "S4", "S3", "S2", "S1"];
}
