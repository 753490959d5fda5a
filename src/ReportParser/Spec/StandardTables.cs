using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using ReportParser.Model;

namespace ReportParser.Spec;

/// <summary>
/// The standard tables of both templates (spec §3, §4) held as data: row and column ids, canonical labels and the
/// anchors the recognizer matches. Order of the arrays is the printed order.
/// </summary>
internal static class StandardTables
{
    public const string T2 = "T2";
    public const string T3 = "T3";
    public const string T4 = "T4";

    /// <summary>T3.R3 三、本年度办理结果: the group of the outcome rows.</summary>
    public const string OutcomesGroupId = "T3.R3";

    /// <summary>T3.R3.6 （六）其他处理: a data row in the 2019 layout, a group of three in the 2021 one.</summary>
    public const string OtherHandlingGroupId = "T3.R3.6";

    /// <summary>T3.R3.7 （七）总计: the total of the outcome rows.</summary>
    public const string OutcomeTotalId = "T3.R3.7";

    /// <summary>The id of a 表四 column: block <c>review</c>, result <c>total</c> → <c>T4.C.review.total</c>.</summary>
    public static string ReviewColumnId(string block, string result) => "T4.C." + block + "." + result;

    /// <summary>A column of any table by id, or null.</summary>
    public static ColumnSpec? FindColumn(string id) =>
        ApplicantColumns.Concat(ReviewColumns).Concat(DisclosureColumns).FirstOrDefault(c => c.Id == id);

    /// <summary>The outcome rows of a layout's data rows: everything under 三、本年度办理结果 except （七）总计.</summary>
    public static bool IsOutcomeRow(string rowId) =>
        rowId.StartsWith(OutcomesGroupId + ".", StringComparison.Ordinal) && rowId != OutcomeTotalId && !IsSubtotalRow(rowId);

    /// <summary>
    /// A short header for one value cell, for spreadsheets and reports: the row's numbering and short label, under its
    /// group for the sub-rows, and the column (<c>T3.R1</c>, <c>T3.C.natural_person</c> → <c>一、本年新收 · 自然人</c>;
    /// <c>T3.R3.3.1</c> → <c>（三）不予公开 1.属于国家秘密 · …</c>; 表四's single row → the column alone). Null for unknown ids.
    /// </summary>
    public static string? HeaderLabel(string rowId, string columnId)
    {
        var column = FindColumn(columnId);
        if (column is null)
        {
            return null;
        }

        if (rowId == ReviewRowId)
        {
            var block = ReviewBlocks.IndexOf(columnId.Split('.')[2]);
            var result = ReviewResults.IndexOf(columnId.Split('.')[3]);
            return ReviewBlockLabels[block] + " · " + ReviewResultLabels[result];
        }

        var row = ApplicationRows.Concat(DisclosureRows).FirstOrDefault(r => r.Id == rowId);
        if (row is null)
        {
            return null;
        }

        var label = NumberedShortLabel(row);
        var parentId = rowId.Substring(0, rowId.LastIndexOf('.'));
        var parent = parentId.Count(c => c == '.') >= 2 ? ApplicationRows.FirstOrDefault(r => r.Id == parentId) : null;
        return (parent is null ? label : NumberedShortLabel(parent) + " " + label) + " · " + column.Label;
    }

    /// <summary><c>一、本年新收政府信息公开申请数量</c> → <c>一、本年新收</c>: the printed numbering and the short label.</summary>
    private static string NumberedShortLabel(RowSpec row)
    {
        var match = System.Text.RegularExpressions.Regex.Match(row.Label, "^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|[0-9]+[.．])");
        return match.Success && !row.ShortLabel.StartsWith(match.Value, StringComparison.Ordinal) ? match.Value + row.ShortLabel : row.ShortLabel;
    }

    /// <summary>The 表三 row whose short label is <paramref name="shortLabel"/> (<c>予以公开</c> → <c>T3.R3.1</c>), or null.</summary>
    public static string? ApplicationRowByShortLabel(string shortLabel) =>
        ApplicationRows.FirstOrDefault(r => r.ShortLabel == shortLabel)?.Id;

    // ---- 表三 收到和处理政府信息公开申请情况 (shared by V2019Trial and V2021) ----
    public static readonly ImmutableArray<RowSpec> ApplicationRows =
    [
        Data("T3.R1", "一、本年新收政府信息公开申请数量", "本年新收", "本年新收", "新收政府信息公开申请", "新收"),
        Data("T3.R2", "二、上年结转政府信息公开申请数量", "上年结转", "上年结转"),
        Group("T3.R3", "三、本年度办理结果", "本年度办理结果", "办理结果"),
        Data("T3.R3.1", "（一）予以公开", "予以公开", "予以公开"),
        Data("T3.R3.2", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "部分公开", "部分公开"),
        Group("T3.R3.3", "（三）不予公开", "不予公开", "不予公开"),
        Data("T3.R3.3.1", "1.属于国家秘密", "属于国家秘密", "国家秘密"),
        Data("T3.R3.3.2", "2.其他法律行政法规禁止公开", "其他法律行政法规禁止公开", "禁止公开", "法律行政法规", "其他法律行政"),
        Data("T3.R3.3.3", "3.危及“三安全一稳定”", "危及“三安全一稳定”", "三安全一稳定", "三安全", "危及"),
        Data("T3.R3.3.4", "4.保护第三方合法权益", "保护第三方合法权益", "第三方合法权益", "第三方"),
        Data("T3.R3.3.5", "5.属于三类内部事务信息", "属于三类内部事务信息", "内部事务"),
        Data("T3.R3.3.6", "6.属于四类过程性信息", "属于四类过程性信息", "过程性"),
        Data("T3.R3.3.7", "7.属于行政执法案卷", "属于行政执法案卷", "执法案卷"),
        Data("T3.R3.3.8", "8.属于行政查询事项", "属于行政查询事项", "行政查询", "查询事项"),
        Group("T3.R3.4", "（四）无法提供", "无法提供", "无法提供"),
        Data("T3.R3.4.1", "1.本机关不掌握相关政府信息", "本机关不掌握相关政府信息", "不掌握"),
        Data("T3.R3.4.2", "2.没有现成信息需要另行制作", "没有现成信息需要另行制作", "另行制作", "没有现成"),
        Data("T3.R3.4.3", "3.补正后申请内容仍不明确", "补正后申请内容仍不明确", "仍不明确", "补正后"),
        Group("T3.R3.5", "（五）不予处理", "不予处理", "不予处理"),
        Data("T3.R3.5.1", "1.信访举报投诉类申请", "信访举报投诉类申请", "信访", "举报投诉"),
        Data("T3.R3.5.2", "2.重复申请", "重复申请", "重复申请"),
        Data("T3.R3.5.3", "3.要求提供公开出版物", "要求提供公开出版物", "出版物"),
        Data("T3.R3.5.4", "4.无正当理由大量反复申请", "无正当理由大量反复申请", "大量反复"),
        Data("T3.R3.5.5", "5.要求行政机关确认或重新出具已获取信息", "要求行政机关确认或重新出具已获取信息", "重新出具", "确认或重新"),
        Group("T3.R3.6", "（六）其他处理", "其他处理", "其他处理"),
        Data("T3.R3.6.1", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", "逾期不补正", "逾期不补正", "不补正"),
        Data("T3.R3.6.2", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "逾期未缴纳费用", "收费通知", "缴纳费用"),
        Data("T3.R3.6.3", "3.其他", "其他"),
        Data("T3.R3.7", "（七）总计", "总计"),
        Data("T3.R4", "四、结转下年度继续办理", "结转下年度继续办理", "结转下年度", "下年度继续办理", "结转下一年", "结转下年"),
    ];

    /// <summary>The groups of 表三 under which some reports print a non-standard 小计 row (spec §5.1 RULE.T3.GROUP_SUBTOTAL).</summary>
    public static readonly ImmutableArray<string> SubtotalGroups = ["T3.R3.3", "T3.R3.4", "T3.R3.5", "T3.R3.6"];

    /// <summary>Column id of a non-standard 法人或其他组织 小计/合计 column (spec §5.1 RULE.T3.ORG_SUBTOTAL, §8.2).</summary>
    public const string OrgSubtotalColumnId = "T3.C.legal_or_other_subtotal";

    /// <summary>Label used for the non-standard 法人或其他组织 subtotal column in messages.</summary>
    public const string OrgSubtotalColumnLabel = "法人或其他组织小计";

    /// <summary>Row id of a non-standard 小计 row under a group: <c>T3.R3.3</c> → <c>T3.R3.3.subtotal</c>.</summary>
    public static string SubtotalRowId(string groupId) => groupId + ".subtotal";

    /// <summary>True for the row ids <see cref="SubtotalRowId"/> makes.</summary>
    public static bool IsSubtotalRow(string rowId) => rowId.EndsWith(".subtotal", StringComparison.Ordinal);

    /// <summary>The group a subtotal row belongs to: <c>T3.R3.3.subtotal</c> → <c>T3.R3.3</c>.</summary>
    public static string GroupOfSubtotal(string rowId) => rowId.Substring(0, rowId.Length - ".subtotal".Length);

    public static readonly ImmutableArray<ColumnSpec> ApplicantColumns =
    [
        Column("T3.C.natural_person", "自然人", exact: false, "自然人"),
        Column("T3.C.commercial", "商业企业", exact: false, "商业企业"),
        Column("T3.C.research", "科研机构", exact: false, "科研机构"),
        Column("T3.C.public_interest", "社会公益组织", exact: false, "社会公益组织", "公益组织"),
        Column("T3.C.legal_service", "法律服务机构", exact: false, "法律服务机构", "法律服务"),
        Column("T3.C.other", "其他", exact: true, "其他"),
        Column("T3.C.total", "总计", exact: true, "总计", "合计"),
    ];

    // ---- 表四 政府信息公开行政复议、行政诉讼情况 ----
    public static readonly ImmutableArray<string> ReviewBlocks = ["review", "lit_direct", "lit_after_review"];

    public static readonly ImmutableArray<string> ReviewBlockLabels = ["行政复议", "未经复议直接起诉", "复议后起诉"];

    public static readonly ImmutableArray<string> ReviewResults = ["upheld", "corrected", "other", "pending", "total"];

    public static readonly ImmutableArray<string> ReviewResultLabels = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"];

    public static readonly ImmutableArray<ColumnSpec> ReviewColumns =
        ReviewBlocks.SelectMany((block, b) => ReviewResults.Select((result, r) =>
            Column(ReviewColumnId(block, result), ReviewBlockLabels[b] + ReviewResultLabels[r], exact: true, ReviewResultLabels[r])))
        .ToImmutableArray();

    public const string ReviewRowId = "T4.R.count";

    /// <summary>How messages name 表四's single data row, which has no label of its own.</summary>
    public const string ReviewRowLabel = "数据行";

    // ---- 表二 主动公开政府信息情况 ----
    public static readonly ImmutableArray<RowSpec> DisclosureRows =
    [
        Data("T2.R.regulation", "规章", "规章", "规章"),
        Data("T2.R.normative_doc", "行政规范性文件", "行政规范性文件", "规范性文件"),
        Data("T2.R.license", "行政许可", "行政许可", "行政许可"),
        Data("T2.R.other_admin_service", "其他对外管理服务事项", "其他对外管理服务事项", "对外管理服务"),
        Data("T2.R.penalty", "行政处罚", "行政处罚", "行政处罚"),
        Data("T2.R.coercion", "行政强制", "行政强制", "行政强制"),
        Data("T2.R.admin_fee", "行政事业性收费", "行政事业性收费", "事业性收费"),
        Data("T2.R.central_procurement", "政府集中采购", "政府集中采购", "集中采购"),
    ];

    /// <summary>表二 columns of every template; <see cref="TemplateSpec.DisclosureColumns"/> says which belong to which.</summary>
    public static readonly ImmutableArray<ColumnSpec> DisclosureColumns =
    [
        Column("T2.C.issued", "本年制发件数", exact: false, "制发件数", "本年制发"),
        Column("T2.C.repealed", "本年废止件数", exact: false, "废止件数", "本年废止"),
        Column("T2.C.in_force", "现行有效件数", exact: false, "现行有效") with { IsStock = true },
        Column("T2.C.decisions", "本年处理决定数量", exact: false, "处理决定数量", "处理决定"),
        Column("T2.C.fee_amount", "本年收费金额（单位：万元）", exact: false, "收费金额") with { Unit = "万元", Kind = ValueKind.Amount },
        Column("T2.C.new_made", "本年新制作数量", exact: false, "新制作"),
        Column("T2.C.new_published", "本年新公开数量", exact: false, "新公开"),
        Column("T2.C.total_published", "对外公开总数量", exact: false, "对外公开总", "公开总数量") with { IsStock = true },
        Column("T2.C.prev_year_items", "上一年项目数量", exact: false, "上一年项目", "上年项目") with { IsStock = true },
        Column("T2.C.change", "本年增/减", exact: false, "增/减", "增减", "增(减)") with { Kind = ValueKind.SignedCount },
        Column("T2.C.procurement_items", "采购项目数量", exact: false, "采购项目"),
        Column("T2.C.procurement_amount", "采购总金额", exact: false, "采购总金额", "采购金额") with { Unit = "元", Kind = ValueKind.Amount },
    ];

    private static readonly Dictionary<string, int> Order = BuildOrder();

    /// <summary>Position of a row or column id in printed order, for deterministic sorting (unknown ids sort last).</summary>
    public static int OrderOf(string? id) => id is not null && Order.TryGetValue(id, out var order) ? order : int.MaxValue;

    public static RowSpec ApplicationRow(string id) => ApplicationRows.First(r => r.Id == id);

    public static ColumnSpec Column(string id) =>
        ApplicantColumns.Concat(ReviewColumns).Concat(DisclosureColumns).First(c => c.Id == id);

    public static string RowLabel(string id) =>
        ApplicationRows.Concat(DisclosureRows).FirstOrDefault(r => r.Id == id)?.Label ?? (id == ReviewRowId ? "表四" : id);

    private static Dictionary<string, int> BuildOrder()
    {
        var order = new Dictionary<string, int>(StringComparer.Ordinal) { [T2] = 0, [T3] = 1, [T4] = 2 };
        var i = 10;
        foreach (var id in DisclosureRows.Select(r => r.Id)
                     .Concat(DisclosureColumns.Select(c => c.Id))
                     .Concat(ApplicationRows.SelectMany(r => SubtotalGroups.Contains(r.Id) ? new[] { r.Id, SubtotalRowId(r.Id) } : new[] { r.Id }))
                     .Concat(ApplicantColumns.Take(ApplicantColumns.Length - 1).Select(c => c.Id))
                     .Append(OrgSubtotalColumnId)
                     .Append(ApplicantColumns[ApplicantColumns.Length - 1].Id)
                     .Append(ReviewRowId)
                     .Concat(ReviewColumns.Select(c => c.Id)))
        {
            order[id] = i++;
        }

        return order;
    }

    private static RowSpec Data(string id, string label, string shortLabel, params string[] anchors) =>
        new(id, label, shortLabel, RowKind.Data, anchors.Select(LabelText.ForMatching).ToImmutableArray());

    private static RowSpec Group(string id, string label, string shortLabel, params string[] anchors) =>
        new(id, label, shortLabel, RowKind.Group, anchors.Select(LabelText.ForMatching).ToImmutableArray());

    private static ColumnSpec Column(string id, string label, bool exact, params string[] anchors) =>
        new(id, label, anchors.Select(LabelText.ForMatching).ToImmutableArray(), exact);
}
