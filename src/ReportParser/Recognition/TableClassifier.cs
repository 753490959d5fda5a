using System.Linq;

namespace ReportParser.Recognition;

/// <summary>Which standard table a table looks like, by counting label anchors in its text (spec §8.5).</summary>
internal static class TableClassifier
{
    private static readonly string[] DisclosureAnchors =
        ["第二十条", "信息内容", "规章", "规范性文件", "行政许可", "行政处罚", "行政强制", "事业性收费", "制发件数", "现行有效", "处理决定", "收费金额", "新制作", "对外公开总", "集中采购"];

    private static readonly string[] ApplicationAnchors =
        ["本年新收", "上年结转", "办理结果", "予以公开", "部分公开", "不予公开", "无法提供", "不予处理", "其他处理", "自然人", "商业企业", "科研机构", "法律服务", "结转下年度", "国家秘密", "不掌握", "信访", "重复申请", "勾稽"];

    private static readonly string[] ReviewAnchors =
        ["行政复议", "行政诉讼", "结果维持", "结果纠正", "其他结果", "尚未审结", "直接起诉", "复议后起诉"];

    /// <summary>Minimum anchors for a table to count as a standard table.</summary>
    private const int Threshold = 3;

    public static string? Classify(TableView view)
    {
        var text = view.AllText;
        var t2 = DisclosureAnchors.Count(text.Contains);
        var t3 = ApplicationAnchors.Count(text.Contains);
        var t4 = ReviewAnchors.Count(text.Contains);
        var best = new[] { ("T2", t2), ("T3", t3), ("T4", t4) }.OrderByDescending(x => x.Item2).First();
        return best.Item2 >= Threshold ? best.Item1 : null;
    }
}
