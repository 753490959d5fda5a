using System;
using System.Collections.Immutable;
using System.Linq;

namespace ReportParser.Spec;

/// <summary>
/// One of the three standard tables (spec §3, §4): its id (<c>T3</c>), Chinese name (<c>表三</c>), title, the section
/// that holds it, its rows and columns (of every template), and the words that tell it apart from other tables.
/// The only place the table ids and names are written.
/// </summary>
internal sealed class StandardTable
{
    /// <summary>表二 主动公开政府信息情况.</summary>
    public static readonly StandardTable Disclosure = new(
        StandardTables.T2, "表二", "主动公开政府信息情况", "S2",
        ["第二十条", "信息内容", "规章", "规范性文件", "行政许可", "行政处罚", "行政强制", "事业性收费", "制发件数", "现行有效", "处理决定", "收费金额", "新制作", "对外公开总", "集中采购"]);

    /// <summary>表三 收到和处理政府信息公开申请情况.</summary>
    public static readonly StandardTable Applications = new(
        StandardTables.T3, "表三", "收到和处理政府信息公开申请情况", "S3",
        ["本年新收", "上年结转", "办理结果", "予以公开", "部分公开", "不予公开", "无法提供", "不予处理", "其他处理", "自然人", "商业企业", "科研机构", "法律服务", "结转下年度", "国家秘密", "不掌握", "信访", "重复申请", "勾稽"]);

    /// <summary>表四 政府信息公开行政复议、行政诉讼情况.</summary>
    public static readonly StandardTable Review = new(
        StandardTables.T4, "表四", "政府信息公开行政复议、行政诉讼情况", "S4",
        ["行政复议", "行政诉讼", "结果维持", "结果纠正", "其他结果", "尚未审结", "直接起诉", "复议后起诉"]);

    /// <summary>The three tables in printed order.</summary>
    public static readonly ImmutableArray<StandardTable> All = [Disclosure, Applications, Review];

    private StandardTable(string id, string name, string title, string sectionId, ImmutableArray<string> classifierAnchors)
    {
        Id = id;
        Name = name;
        Title = title;
        SectionId = sectionId;
        ClassifierAnchors = classifierAnchors;
    }

    /// <summary><c>T2</c>, <c>T3</c> or <c>T4</c>.</summary>
    public string Id { get; }

    /// <summary><c>表二</c>, <c>表三</c> or <c>表四</c>.</summary>
    public string Name { get; }

    /// <summary>The title of the section that holds it, without its ordinal (<c>收到和处理政府信息公开申请情况</c>).</summary>
    public string Title { get; }

    /// <summary>The section that holds it (<c>S3</c>).</summary>
    public string SectionId { get; }

    /// <summary>Words (normalised for matching) that appear in this table and hardly in the others; a table is classified by counting them.</summary>
    public ImmutableArray<string> ClassifierAnchors { get; }

    /// <summary>The rows of every template, in printed order (表四: its single data row).</summary>
    public ImmutableArray<RowSpec> Rows => Id switch
    {
        StandardTables.T2 => StandardTables.DisclosureRows,
        StandardTables.T3 => StandardTables.ApplicationRows,
        _ => [],
    };

    /// <summary>The value columns of every template, in printed order.</summary>
    public ImmutableArray<ColumnSpec> Columns => Id switch
    {
        StandardTables.T2 => StandardTables.DisclosureColumns,
        StandardTables.T3 => StandardTables.ApplicantColumns,
        _ => StandardTables.ReviewColumns,
    };

    /// <summary>The table with the id, or null.</summary>
    public static StandardTable? ById(string? id) => All.FirstOrDefault(t => string.Equals(t.Id, id, StringComparison.Ordinal));

    /// <summary>The Chinese name of a table id (<c>T3</c> → <c>表三</c>), or the id itself when unknown.</summary>
    public static string NameOf(string tableId) => ById(tableId)?.Name ?? tableId;

    /// <inheritdoc />
    public override string ToString() => Id + " " + Name;
}
