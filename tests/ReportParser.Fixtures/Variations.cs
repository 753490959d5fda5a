using System.Collections.Generic;

namespace ReportParser.Fixtures;

/// <summary>How list markers of sub-rows are printed: <c>1.</c> (template), <c>1、</c> (淮安 2024) or <c>1. </c>.</summary>
public enum ListMarkerStyle
{
    Dot,
    Comma,
    DotSpace,
}

/// <summary>How a value cell that holds 0 is printed (spec §8.4).</summary>
public enum ZeroStyle
{
    Zero,
    Blank,
    Dash,
    Slash,
}

/// <summary>How the table merges are laid out: as the official template has them, or as drifted real reports have them (spec §8.1–§8.2).</summary>
public enum MergeStyle
{
    Official,

    /// <summary>
    /// Group labels and 三、本年度办理结果 not merged (printed in their first row, empty cells below), header cells not merged
    /// vertically, an extra empty label cell in the （六）/（七） rows (洪泽 2024), 表二 single values not merged across 3 columns.
    /// </summary>
    Drifted,
}

/// <summary>The character encoding of an HTML page.</summary>
public enum PageEncoding
{
    Utf8,
    Gbk,
}

/// <summary>
/// The variation switches of spec §8 a generated report can carry. Each is off by default (the official template,
/// clean labels, plain digits, a bare page). Switches change only how the report is printed, never its values; the
/// truth file records what is printed.
/// </summary>
public sealed record Variations
{
    public static readonly Variations None = new();

    // ---- labels (§8.5) ----

    /// <summary>ASCII brackets <c>(一)</c> instead of full-width <c>（一）</c>.</summary>
    public bool HalfWidthBrackets { get; init; }

    public ListMarkerStyle ListMarker { get; init; } = ListMarkerStyle.Dot;

    /// <summary>Stray spaces inside labels: <c>商业 企业</c>, <c>社会公益 组织</c>, <c>总 计</c>, <c>第二十条 第（一）项</c>.</summary>
    public bool StraySpaces { get; init; }

    /// <summary>Line breaks inside labels: <c>（三）不\n予公开</c>, <c>商业企\n业</c>, <c>本年新\n制作数量</c>.</summary>
    public bool LabelLineBreaks { get; init; }

    /// <summary>A typo seen in real reports: <c>2.其他法律行政止公开</c> (洪泽 2023/2024).</summary>
    public bool Typos { get; init; }

    /// <summary>表二 row 2 labelled with the old <c>规范性文件</c> in a 2021 report (上海市科委 2024, 沭阳发改局 2023).</summary>
    public bool StaleNormativeDocLabel { get; init; }

    // ---- layout (§8.1, §8.2) ----

    public MergeStyle Merges { get; init; } = MergeStyle.Official;

    /// <summary><c>三、本年度办理结果</c> printed vertically (one character per line in HTML, <c>w:textDirection</c> in DOCX).</summary>
    public bool VerticalGroupLabels { get; init; }

    /// <summary>A non-standard <c>法人或其他组织</c> 小计 column between 其他 and 总计 (peer templates).</summary>
    public bool OrgSubtotalColumn { get; init; }

    /// <summary>An extra per-department application table (aggregated government reports), which is not a standard table.</summary>
    public bool ExtraDepartmentTable { get; init; }

    /// <summary>表三 printed as two tables with a page break and a page number (<c>- 3 -</c>) between them, after this row id.</summary>
    public string? SplitApplicationsAfterRow { get; init; }

    /// <summary>
    /// A 2019 表二 on a five-column grid whose header spans disagree with the data rows (上海 2019): in 第二十条第（五）/（六）项 the
    /// header prints <c>上一年项目数量 | 本年增/减 (colspan 2) | 处理决定数量</c> over data rows <c>v (colspan 2) | v | v</c>: three
    /// values for three headings, which only their order matches.
    /// </summary>
    public bool DisclosureSpansDisagree { get; init; }

    /// <summary>Tables without borders (for PDF rendering: no ruling lines).</summary>
    public bool Borderless { get; init; }

    /// <summary>Fixed, narrow label columns so labels wrap when printed (for PDF rendering).</summary>
    public bool NarrowColumns { get; init; }

    /// <summary>
    /// Very narrow label columns (表三: 400 / 560 / 1100 twips): row labels wrap over 3–5 lines, group labels such as
    /// <c>（五）不予处理</c> break one or two characters per line (for PDF rendering; overrides <see cref="NarrowColumns"/>).
    /// </summary>
    public bool VeryNarrowColumns { get; init; }

    /// <summary>
    /// 表三 wider than the page (value columns 1100 twips, aligned left): LibreOffice printing it cuts the table at the
    /// right page edge, so 其他 and 总计 are off the page.
    /// </summary>
    public bool WideApplicationsTable { get; init; }

    /// <summary>
    /// With <see cref="WideApplicationsTable"/>: value columns 1500 twips and the table centred, so it runs off both page
    /// edges — the left label columns (一、…, 二、…, （一）, （二）, （七）, 四、…) and 其他/总计 are cut.
    /// </summary>
    public bool WideTableCentred { get; init; }

    /// <summary>Larger type and cell padding so 表三 runs over a page boundary on its own (for PDF rendering).</summary>
    public bool LargePrint { get; init; }

    /// <summary>
    /// Extra body paragraphs at the end of section 二, before the heading of 三, to move 表三 down the page so that the
    /// page break falls inside a row (Word, WPS and LibreOffice let a row break across pages): with the DOCX layout
    /// printed by LibreOffice, 8 paragraphs split <c>4.无正当理由大|量反复申请</c>, 1 splits <c>2.申请人逾期未|按收费…</c>.
    /// </summary>
    public int ParagraphsBeforeApplications { get; init; }

    /// <summary>The standard tables (by id) printed as an image instead of a text table.</summary>
    public IReadOnlyCollection<string> TablesAsImages { get; init; } = [];

    // ---- values (§8.4) ----

    public ZeroStyle Zeros { get; init; } = ZeroStyle.Zero;

    /// <summary>Digits printed full-width: <c>１２</c>.</summary>
    public bool FullWidthDigits { get; init; }

    /// <summary>Numbers of 1000 and more printed with thousands separators: <c>3,985,758</c>.</summary>
    public bool ThousandsSeparators { get; init; }

    /// <summary>Units printed in value cells: <c>12件</c>, <c>12.5万元</c>.</summary>
    public bool UnitsInCells { get; init; }

    // ---- HTML page (§8.3) ----

    /// <summary>Navigation, breadcrumb, a 索引号 metadata box, share links and a footer around the report.</summary>
    public bool PageChrome { get; init; }

    public PageEncoding Encoding { get; init; } = PageEncoding.Utf8;

    /// <summary>Section texts state the application numbers of 表三 (for the narrative rules, spec §5.5).</summary>
    public bool NarrativeNumbers { get; init; }
}
