using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using ReportParser.Model;

namespace ReportParser.Fixtures;

/// <summary>
/// A typed description of a report to generate: template, year, agency, section texts and every value cell's
/// printed text (keyed <c>rowId|columnId</c>). Immutable; the <c>With…</c> methods derive variants.
/// </summary>
public sealed record ReportSpec
{
    public TemplateVersion Version { get; init; } = TemplateVersion.V2021;

    public int Year { get; init; } = 2023;

    public string Agency { get; init; } = "示例县人民政府办公室";

    /// <summary>Title as printed; null derives <c>{Agency}{Year}年政府信息公开工作年度报告</c>.</summary>
    public string? Title { get; init; }

    /// <summary>Section headings as printed, by id (S1…S6). A missing id means the heading is not printed.</summary>
    public ImmutableDictionary<string, string> Headings { get; init; } = DefaultHeadings;

    /// <summary>Body paragraphs per section id.</summary>
    public ImmutableDictionary<string, ImmutableArray<string>> SectionText { get; init; } = DefaultSectionText;

    /// <summary>Printed text of every value cell, keyed <c>rowId|columnId</c>.</summary>
    public ImmutableDictionary<string, string> Cells { get; init; } = ImmutableDictionary<string, string>.Empty;

    /// <summary>表三 （六）其他处理 printed with its three sub-rows (2021) or as one row (2019 / stale template).</summary>
    public bool OtherHandlingSplit { get; init; } = true;

    /// <summary>Which standard tables are printed.</summary>
    public ImmutableHashSet<string> Tables { get; init; } = ["T2", "T3", "T4"];

    /// <summary>How the report is printed (spec §8); the values stay the same.</summary>
    public Variations Variations { get; init; } = Variations.None;

    public string EffectiveTitle => Title ?? Agency + Year + "年政府信息公开工作年度报告";

    /// <summary>The printed text of a value cell (blank when the spec has no value for it).</summary>
    public string PrintedValue(string key)
    {
        if (!Cells.TryGetValue(key, out var canonical))
        {
            return string.Empty;
        }

        return Printing.Value(key.Substring(key.IndexOf('|', System.StringComparison.Ordinal) + 1), canonical, Variations);
    }

    /// <summary>A template label as this report prints it.</summary>
    public string PrintedLabel(string label) => Printing.Label(label, Variations);

    /// <summary>The paragraphs printed under a section: <see cref="SectionText"/>, plus the 表三 numbers when <see cref="Variations.NarrativeNumbers"/> is on.</summary>
    public ImmutableArray<string> PrintedSectionText(string sectionId)
    {
        var paragraphs = SectionText.GetValueOrDefault(sectionId, []);
        if (sectionId == "S3" && Variations.NarrativeNumbers && Tables.Contains("T3"))
        {
            string Total(string row) => Cells.GetValueOrDefault(row + "|T3.C.total", "0");
            paragraphs = paragraphs.Add(
                $"本年度共新收政府信息公开申请{Total("T3.R1")}件，上年结转{Total("T3.R2")}件，办结{Total("T3.R3.7")}件，结转下年度继续办理{Total("T3.R4")}件。");
        }

        return paragraphs;
    }

    public ReportSpec With(System.Func<Variations, Variations> change) => this with { Variations = change(Variations) };

    public ReportSpec WithCell(string key, string raw) => this with { Cells = Cells.SetItem(key, raw) };

    public ReportSpec WithCell(string rowId, string columnId, string raw) => WithCell(rowId + "|" + columnId, raw);

    /// <summary>Adds <paramref name="delta"/> to a value cell's canonical number.</summary>
    public ReportSpec Bump(string key, int delta)
    {
        var value = int.Parse(Cells[key], System.Globalization.CultureInfo.InvariantCulture) + delta;
        return WithCell(key, value.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    public ReportSpec WithoutSection(string id) => this with { Headings = Headings.Remove(id) };

    public ReportSpec WithHeading(string id, string heading) => this with { Headings = Headings.SetItem(id, heading) };

    public ReportSpec WithoutTable(string tableId) => this with { Tables = Tables.Remove(tableId) };

    public static readonly ImmutableDictionary<string, string> DefaultHeadings = new Dictionary<string, string>
    {
        ["S1"] = "一、总体情况",
        ["S2"] = "二、主动公开政府信息情况",
        ["S3"] = "三、收到和处理政府信息公开申请情况",
        ["S4"] = "四、政府信息公开行政复议、行政诉讼情况",
        ["S5"] = "五、存在的主要问题及改进情况",
        ["S6"] = "六、其他需要报告的事项",
    }.ToImmutableDictionary();

    public static readonly ImmutableDictionary<string, ImmutableArray<string>> DefaultSectionText = new Dictionary<string, ImmutableArray<string>>
    {
        ["S1"] =
        [
            "（一）主动公开。全年主动公开政府信息1200余条，及时发布政策文件和解读材料。",
            "（二）依申请公开。严格按照《条例》规定的时限和程序办理政府信息公开申请。",
            "（三）政府信息管理。落实公开属性源头认定和保密审查机制。",
            "（四）政府信息公开平台建设。持续优化政府网站信息公开专栏。",
            "（五）监督保障。将政务公开纳入年度考核，全年未发生责任追究情况。",
        ],
        ["S2"] = [],
        ["S3"] = [],
        ["S4"] = [],
        ["S5"] = ["存在的主要问题：政策解读形式较为单一。改进情况：丰富图解、视频等解读形式。"],
        ["S6"] = ["本年度未收取信息处理费。"],
    }.ToImmutableDictionary();
}
