using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using ReportParser.Model;

namespace ReportParser.Fixtures;

/// <summary>
/// Every fixture under <c>fixtures/</c>. <c>tools/ReportParser.FixtureGenerator</c> writes the HTML and DOCX files,
/// every truth file and <c>fixtures/README.md</c>; <c>fixtures/make-pdfs.sh</c> renders the PDFs from the HTML and DOCX
/// fixtures they name. Tests check the committed files are current.
/// </summary>
public static class FixtureCatalog
{
    public const string HtmlProducer = "HtmlReportWriter";
    public const string DocxProducer = "DocxReportWriter (OpenXml)";
    public const string LibreOffice = "LibreOffice";
    public const string Chromium = "Chromium";

    public static IReadOnlyList<FixtureDefinition> All { get; } = Build();

    /// <summary>
    /// The fixtures an external producer makes from another fixture (every PDF, and the HTML/DOCX conversions LibreOffice
    /// makes), each with its source; <c>fixtures/make-pdfs.sh</c> renders them.
    /// </summary>
    public static IEnumerable<FixtureDefinition> Rendered => All.Where(f => f.RenderedFrom is not null);

    /// <summary>A valid report for a fixture: the balanced 2021 sample with the given switches.</summary>
    public static ReportSpec Balanced(Variations variations) => SampleReports.Balanced2021() with { Variations = variations };

    // ---- seeded defects: each breaks one rule, and only that rule (ReportOracle finds exactly the seeded rule) ----

    /// <summary>RULE.T3.BALANCE: 结转下年度 of 自然人 raised by one with its row total, so the row still adds up.</summary>
    public static ReportSpec BreakBalance(ReportSpec spec) =>
        spec.Bump("T3.R4|T3.C.natural_person", 1).Bump("T3.R4|T3.C.total", 1);

    /// <summary>RULE.T3.RESULT_SUM: one 予以公开 application moved from 商业企业 to 自然人; rows and the 勾稽关系 still hold.</summary>
    public static ReportSpec BreakResultSum(ReportSpec spec) =>
        spec.Bump("T3.R3.1|T3.C.natural_person", 1).Bump("T3.R3.1|T3.C.commercial", -1);

    /// <summary>
    /// RULE.T3.RESULT_SUM in a row of zeros: 4.无正当理由大量反复申请 自然人 and its 总计 printed 1, so the outcomes add up to
    /// one more than （七）总计 in 自然人 and 总计 (the row total holds). The row the page break splits in the row-split fixtures.
    /// </summary>
    public static ReportSpec BreakSplitRowResultSum(ReportSpec spec) =>
        spec.Bump("T3.R3.5.4|T3.C.natural_person", 1).Bump("T3.R3.5.4|T3.C.total", 1);

    /// <summary>RULE.T3.ROW_TOTAL: 总计 of 新收 and of 结转下年度 both one too high, so the 总计 column still balances.</summary>
    public static ReportSpec BreakRowTotal(ReportSpec spec) =>
        spec.Bump("T3.R1|T3.C.total", 1).Bump("T3.R4|T3.C.total", 1);

    /// <summary>RULE.T3.NONNEG_INT: 属于国家秘密 printed as −1 自然人 / 1 商业企业, compensated in 予以公开, so every sum holds.</summary>
    public static ReportSpec BreakApplicationCount(ReportSpec spec) =>
        spec.Bump("T3.R3.3.1|T3.C.natural_person", -1).Bump("T3.R3.3.1|T3.C.commercial", 1)
            .Bump("T3.R3.1|T3.C.natural_person", 1).Bump("T3.R3.1|T3.C.commercial", -1);

    /// <summary>RULE.T4.BLOCK_TOTAL: 未经复议直接起诉 总计 one too high.</summary>
    public static ReportSpec BreakBlockTotal(ReportSpec spec) => spec.Bump("T4.R.count|T4.C.lit_direct.total", 1);

    /// <summary>RULE.T4.NONNEG_INT: 行政复议 结果纠正 −1 and 其他结果 one higher, so the block total holds.</summary>
    public static ReportSpec BreakReviewCount(ReportSpec spec) =>
        spec.Bump("T4.R.count|T4.C.review.corrected", -1).Bump("T4.R.count|T4.C.review.other", 1);

    /// <summary>RULE.T2.NONNEG: 规章 本年废止件数 printed as −1.</summary>
    public static ReportSpec BreakDisclosureValue(ReportSpec spec) => spec.WithCell("T2.R.regulation|T2.C.repealed", "-1");

    private static List<FixtureDefinition> Build()
    {
        var fixtures = new List<FixtureDefinition>();
        var b21 = SampleReports.Balanced2021();
        var b19 = SampleReports.Balanced2019();
        var stale = b21 with { OtherHandlingSplit = false, Cells = SampleReports.Disclosure2021().AddRange(SampleReports.Applications(split: false)).AddRange(SampleReports.Review()) };
        var large = SampleReports.Large2021();

        // ---- the bundled samples (README "Try it") ----
        fixtures.Add(Html("samples/balanced_2021.html", "A 2023 report in the official 2021 format; every identity holds.", b21));
        fixtures.Add(Html("samples/balanced_2019_trial.html", "A 2020 report in the 2019 trial format (single （六）其他处理 row, 2019 表二).", b19));
        fixtures.Add(Html(
            "samples/unbalanced_applications_2021.html",
            "表三 自然人 新收 raised from 13 to 14 with its row total: the 勾稽关系 breaks in 自然人 and 总计.",
            b21.WithCell("T3.R1", "T3.C.natural_person", "14").WithCell("T3.R1", "T3.C.total", "17"),
            "RULE.T3.BALANCE"));
        fixtures.Add(Html("samples/review_total_wrong_2021.html", "表四 未经复议直接起诉 总计 printed as 3 instead of 2.", BreakBlockTotal(b21), "RULE.T4.BLOCK_TOTAL"));
        fixtures.Add(Html(
            "samples/missing_section_2021.html",
            "Section 五 missing and 六 numbered 五.",
            b21.WithoutSection("S5").WithHeading("S6", "五、其他需要报告的事项"),
            "RULE.S.HEADINGS"));

        // ---- text conversions (issue 13): tab-separated and Markdown pipe tables, with conversion noise ----
        fixtures.Add(Text("text/official_2021_tabs.txt", "The 2021 sample as tab-separated text: one line per grid row, an empty slot where a merged cell covers the grid.", b21, TextForm.Tabs, TextNoise.None));
        fixtures.Add(Text("text/official_2021_pipes.md", "The 2021 sample as Markdown: # headings, pipe tables with empty cells where merged cells cover the grid.", b21, TextForm.Pipes, TextNoise.None));
        fixtures.Add(Text("text/template_2019_tabs.txt", "The 2019 trial-format sample as tab-separated text.", b19, TextForm.Tabs, TextNoise.None));
        fixtures.Add(Text("text/template_2019_pipes.md", "The 2019 trial-format sample as Markdown pipe tables.", b19, TextForm.Pipes, TextNoise.None));
        fixtures.Add(Text("text/unbalanced_applications_2021.md", "Markdown with 表三 自然人 结转下年度 one too high (row total kept): RULE.T3.BALANCE.", BreakBalance(b21), TextForm.Pipes, TextNoise.None, "RULE.T3.BALANCE"));
        fixtures.Add(Text("text/noise_confusions_2021.txt", "Tab-separated with look-alike characters in row labels (秘蜜, 权異): matched approximately (RP0211).", b21, TextForm.Tabs, TextNoise.Confusions));
        fixtures.Add(Text("text/noise_lost_header_2021.md", "Markdown whose 自然人 header cell was lost, values kept: the column inferred (RP0210).", b21, TextForm.Pipes, TextNoise.LostHeader));

        // ---- HTML: one switch at a time (spec §8) ----
        var none = Variations.None;
        fixtures.Add(Html("html/official_2021.html", "The official 2021 layout; 表三 numbers also stated in the text of 三.", Balanced(none with { NarrativeNumbers = true })));
        fixtures.Add(Html("html/template_2019.html", "A 2019 trial-format report (2019 表二 with 第二十条第（九）项, single （六）) on a portal page.", b19 with { Variations = none with { PageChrome = true } }));
        fixtures.Add(Html("html/labels_halfwidth_brackets.html", "Labels with ASCII brackets: (一)予以公开, (三)不予公开, 第二十条第(一)项.", Balanced(none with { HalfWidthBrackets = true })));
        fixtures.Add(Html("html/labels_comma_markers.html", "Sub-row markers `1、` instead of `1.` (淮安 2024).", Balanced(none with { ListMarker = ListMarkerStyle.Comma })));
        fixtures.Add(Html("html/labels_dot_space_markers.html", "Sub-row markers `1. ` with a space.", Balanced(none with { ListMarker = ListMarkerStyle.DotSpace })));
        fixtures.Add(Html("html/labels_stray_spaces.html", "Stray spaces inside labels: 商业 企业, 社会公益 组织, 总 计, 第二十条 第（一）项.", Balanced(none with { StraySpaces = true })));
        fixtures.Add(Html("html/labels_line_breaks.html", "Line breaks inside labels: （三）不<br>予公开, 商业企<br>业, 本年制发<br>件数.", Balanced(none with { LabelLineBreaks = true })));
        fixtures.Add(Html("html/labels_typo.html", "The real typo `2.其他法律行政止公开` for 其他法律行政法规禁止公开 (洪泽 2023/2024).", Balanced(none with { Typos = true })));
        fixtures.Add(Html(
            "html/heading_variants.html",
            "Heading variants seen in real reports: 四、…行政法复议… (typo, 平潭 2022) and 五、存在的主要问题及整改措施 — accepted, noted as RP0404.",
            b21.WithHeading("S4", "四、政府信息公开行政法复议、行政诉讼情况").WithHeading("S5", "五、存在的主要问题及整改措施")));
        fixtures.Add(Html("html/merges_drifted.html", "Drifted merges: group labels and 三、本年度办理结果 not merged, header not merged down, extra empty label cell in （七）.", Balanced(none with { Merges = MergeStyle.Drifted })));
        fixtures.Add(Html("html/zeros_blank.html", "Every 0 printed as an empty cell (blank ≠ 0: identities over them not assessed).", Balanced(none with { Zeros = ZeroStyle.Blank })));
        fixtures.Add(Html("html/zeros_dash.html", "Every 0 printed as `—`.", Balanced(none with { Zeros = ZeroStyle.Dash })));
        fixtures.Add(Html("html/zeros_slash.html", "Every 0 printed as `/`.", Balanced(none with { Zeros = ZeroStyle.Slash })));
        fixtures.Add(Html(
            "html/total_column_blank.html",
            "表三 总计 column left blank on every outcome sub-row, only （七）总计 filled (上海 2019): RP0508 where the parts add up to more than 0.",
            SampleReports.Applications(split: true).Keys.Where(k => k.StartsWith("T3.R3.", System.StringComparison.Ordinal) && !k.StartsWith("T3.R3.7", System.StringComparison.Ordinal) && k.EndsWith("|T3.C.total", System.StringComparison.Ordinal))
                .Aggregate(b21, (s, k) => s.WithCell(k, string.Empty))));
        fixtures.Add(Html("html/digits_fullwidth.html", "Digits printed full-width: １３, １２．５.", Balanced(none with { FullWidthDigits = true })));
        fixtures.Add(Html("html/numbers_large_thousands.html", "A large city's numbers with thousands separators: 2,874,650.", large with { Variations = none with { ThousandsSeparators = true } }));
        fixtures.Add(Html("html/numbers_fullwidth_thousands.html", "Large numbers, full-width digits and full-width separators: ２，８７４，６５０.", large with { Variations = none with { ThousandsSeparators = true, FullWidthDigits = true } }));
        fixtures.Add(Html("html/units_in_cells.html", "Units printed in the cells: 13件, 12.5万元.", Balanced(none with { UnitsInCells = true })));
        fixtures.Add(Html("html/vertical_group_label.html", "三、本年度办理结果 printed one character per line.", Balanced(none with { VerticalGroupLabels = true })));
        fixtures.Add(Html("html/stale_other_handling_2021.html", "A 2023 report with the 2021 表二 but the old single （六）其他处理 row (洪泽 2023/2024): RP0406.", stale));
        fixtures.Add(Html("html/stale_normative_label_2021.html", "A 2021-format 表二 whose row 2 still says 规范性文件 (上海市科委 2024): RP0408.", Balanced(none with { StaleNormativeDocLabel = true })));
        fixtures.Add(Html("html/org_subtotal_column.html", "A non-standard 法人或其他组织 小计 column between 其他 and 总计 (peer templates).", Balanced(none with { OrgSubtotalColumn = true })));
        fixtures.Add(Html("html/extra_department_table.html", "An extra per-department application table right after 表三 (aggregated reports).", Balanced(none with { ExtraDepartmentTable = true })));
        fixtures.Add(Html("html/page_chrome.html", "A portal page: header, navigation, breadcrumb, 索引号 metadata box, share links, footer.", Balanced(none with { PageChrome = true })));
        fixtures.Add(Html("html/page_chrome_gbk.html", "The portal page encoded in GBK.", Balanced(none with { PageChrome = true, Encoding = PageEncoding.Gbk })));
        fixtures.Add(Html("html/split_t3_page_break.html", "表三 split into two tables after 1.本机关不掌握相关政府信息, a page number `- 3 -` between them.", Balanced(none with { SplitApplicationsAfterRow = "T3.R3.4.1" })));
        fixtures.Add(Html("html/borderless.html", "Tables without borders.", Balanced(none with { Borderless = true })));
        fixtures.Add(Html(
            "html/messy_combined.html",
            "Many switches at once, as on a real portal: GBK, chrome, ASCII brackets, `1、`, stray spaces, line breaks, drifted merges, blank zeros, full-width digits.",
            Balanced(none with
            {
                PageChrome = true, Encoding = PageEncoding.Gbk, HalfWidthBrackets = true, ListMarker = ListMarkerStyle.Comma, StraySpaces = true,
                LabelLineBreaks = true, Merges = MergeStyle.Drifted, Zeros = ZeroStyle.Blank, FullWidthDigits = true,
            })));

        fixtures.Add(Html(
            "html/disclosure_spans_disagree_2019.html",
            "A 2019 表二 on five grid columns (上海 2019): under 上一年项目数量 | 本年增/减 (colspan 2) | 处理决定数量 the data rows print v (colspan 2) | v | v — three values for three headings, matched in order (RP0207).",
            b19 with { Variations = none with { DisclosureSpansDisagree = true } }));

        // ---- HTML: seeded defects, one per arithmetic and structure rule ----
        fixtures.Add(Html("html/defect_t3_balance.html", "结转下年度 自然人 and its 总计 one too high: 一 + 二 ≠ 三 + 四 in 自然人 and 总计.", BreakBalance(b21), "RULE.T3.BALANCE"));
        fixtures.Add(Html("html/defect_t3_result_sum.html", "One 予以公开 application moved from 商业企业 to 自然人: outcomes ≠ （七）总计 in both columns.", BreakResultSum(b21), "RULE.T3.RESULT_SUM"));
        fixtures.Add(Html("html/defect_t3_row_total.html", "总计 of 新收 and of 结转下年度 one too high.", BreakRowTotal(b21), "RULE.T3.ROW_TOTAL"));
        fixtures.Add(Html("html/defect_t3_nonneg_int.html", "属于国家秘密 自然人 printed as −1 (sums still hold).", BreakApplicationCount(b21), "RULE.T3.NONNEG_INT"));
        fixtures.Add(Html("html/defect_t4_block_total.html", "表四 未经复议直接起诉 总计 3 where the results add up to 2.", BreakBlockTotal(b21), "RULE.T4.BLOCK_TOTAL"));
        fixtures.Add(Html("html/defect_t4_nonneg_int.html", "表四 行政复议 结果纠正 printed as −1 (the block total holds).", BreakReviewCount(b21), "RULE.T4.NONNEG_INT"));
        fixtures.Add(Html("html/defect_t2_nonneg.html", "表二 规章 本年废止件数 printed as −1.", BreakDisclosureValue(b21), "RULE.T2.NONNEG"));
        fixtures.Add(Html("html/defect_s_headings_missing.html", "Section 五 removed (its text runs on under 四).", b21.WithoutSection("S5"), "RULE.S.HEADINGS"));
        fixtures.Add(Html("html/defect_s_headings_misnumbered.html", "Section 三 numbered 二.", b21.WithHeading("S3", "二、收到和处理政府信息公开申请情况"), "RULE.S.HEADINGS"));
        fixtures.Add(Html("html/defect_s_tables_missing.html", "表四 not printed.", b21.WithoutTable("T4"), "RULE.S.TABLES"));
        fixtures.Add(Html("html/defect_s_tables_image.html", "表三 published as a picture.", Balanced(none with { TablesAsImages = ["T3"] }), "RULE.S.TABLES"));
        fixtures.Add(Html("html/defect_s_version_2019_for_2023.html", "A 2023 report in the 2019 trial format.", b19 with { Year = 2023 }, "RULE.S.VERSION"));
        fixtures.Add(Html("html/defect_s_version_2021_for_2020.html", "A 2020 report in the 2021 format.", b21 with { Year = 2020 }, "RULE.S.VERSION"));
        fixtures.Add(Html("html/defect_t3_balance_messy.html", "The 勾稽关系 defect on a messy GBK portal page with drifted merges and `—` zeros.", BreakBalance(Balanced(none with
        {
            PageChrome = true, Encoding = PageEncoding.Gbk, Merges = MergeStyle.Drifted, Zeros = ZeroStyle.Dash, ListMarker = ListMarkerStyle.Comma,
        })), "RULE.T3.BALANCE"));

        // ---- HTML made for printing to PDF (make-pdfs.sh) ----
        var print = none with { NarrowColumns = true };
        var printSplit = Html("html/print_split_t3.html", "For PDF: 表三 split by a page break after 1.本机关不掌握相关政府信息, narrow label columns.", Balanced(print with { SplitApplicationsAfterRow = "T3.R3.4.1" }));
        var printVertical = Html("html/print_vertical_label.html", "For PDF: 三、本年度办理结果 printed vertically, narrow columns.", Balanced(print with { VerticalGroupLabels = true }));
        var printBorderless = Html("html/print_borderless.html", "For PDF: tables without ruling lines.", Balanced(print with { Borderless = true }));
        var printWrapped = Html("html/print_wrapped_labels.html", "For PDF: narrow label columns and line breaks, so labels wrap.", Balanced(print with { LabelLineBreaks = true }));
        var printLarge = Html("html/print_large_numbers.html", "For PDF: a large city's numbers with thousands separators.", large with { Variations = print with { ThousandsSeparators = true } });
        var printBlank = Html(
            "html/print_blank_dash.html",
            "For PDF: zeros printed `—` in 表二/表三, 表四 复议后起诉 left blank.",
            new[] { "upheld", "corrected", "other", "pending", "total" }.Aggregate(Balanced(print with { Zeros = ZeroStyle.Dash }), (s, r) => s.WithCell("T4.R.count|T4.C.lit_after_review." + r, string.Empty)));
        var print2019 = Html("html/print_template_2019.html", "For PDF: the 2019 trial format.", b19 with { Variations = print });
        var printBigType = Html("html/print_large_print.html", "For PDF: large type, so 表三 runs over a page boundary by itself (no repeated header).", Balanced(none with { LargePrint = true }));
        var printDefect = Html("html/print_defect_t3_balance.html", "For PDF: the 勾稽关系 defect.", BreakBalance(Balanced(print)), "RULE.T3.BALANCE");
        var printDefectT4 = Html("html/print_defect_t4_block_total.html", "For PDF: a 表四 block total defect.", BreakBlockTotal(Balanced(print)), "RULE.T4.BLOCK_TOTAL");
        fixtures.AddRange([printSplit, printVertical, printBorderless, printWrapped, printLarge, printBlank, print2019, printBigType, printDefect, printDefectT4]);
        var printVeryNarrow = Html("html/print_very_narrow_labels.html", "For PDF: very narrow label columns, row labels over 3–5 lines, （五）不予处理 one or two characters a line.", Balanced(none with { VeryNarrowColumns = true }));
        var printVeryNarrowSplit = Html(
            "html/print_very_narrow_page_break.html",
            "For PDF: very narrow label columns and eight paragraphs before 三: Chromium breaks 表三 inside a wrapped row, and the page after 表四 begins with 六、其他需要报告的事项 below a line of text that fills its page.",
            Balanced(none with { VeryNarrowColumns = true, ParagraphsBeforeApplications = 8 }));
        var printVeryNarrowHeaderSplit = Html(
            "html/print_very_narrow_header_split.html",
            "For PDF: very narrow label columns and one paragraph before 三: Chromium breaks the page inside 表三's header, drawing no bottom rule under the cells that go on and leaving the corner note's last line 第三项加第四项之和） below the frame.",
            Balanced(none with { VeryNarrowColumns = true, ParagraphsBeforeApplications = 1 }));
        fixtures.AddRange([printVeryNarrow, printVeryNarrowSplit, printVeryNarrowHeaderSplit]);

        // ---- DOCX ----
        var docxOfficial = Docx("docx/official_2021.docx", "The official 2021 template filled with a balanced report (26 gridSpan / 58 vMerge as in the blank template).", b21);
        var docx2019 = Docx("docx/template_2019.docx", "The 2019 trial format.", b19);
        var docxDrifted = Docx("docx/merges_drifted.docx", "Drifted merges (labels not merged, extra empty label cells).", Balanced(none with { Merges = MergeStyle.Drifted }));
        var docxVertical = Docx("docx/vertical_group_label.docx", "三、本年度办理结果 with vertical text direction (w:textDirection tbRl).", Balanced(none with { VerticalGroupLabels = true }));
        var docxLabels = Docx("docx/label_variants.docx", "ASCII brackets, `1、` markers, stray spaces and line breaks (separate paragraphs) inside labels, the 止公开 typo.", Balanced(none with
        {
            HalfWidthBrackets = true, ListMarker = ListMarkerStyle.Comma, StraySpaces = true, LabelLineBreaks = true, Typos = true,
        }));
        var docxBlank = Docx(
            "docx/blank_dash_cells.docx",
            "Zeros printed `—`, 表四 复议后起诉 left blank.",
            new[] { "upheld", "corrected", "other", "pending", "total" }.Aggregate(Balanced(none with { Zeros = ZeroStyle.Dash }), (s, r) => s.WithCell("T4.R.count|T4.C.lit_after_review." + r, string.Empty)));
        var docxLarge = Docx("docx/large_numbers.docx", "A large city's numbers with thousands separators.", large with { Variations = none with { ThousandsSeparators = true } });
        var docxSplit = Docx("docx/split_t3_page_break.docx", "表三 as two tables with a page break and `- 3 -` between them.", Balanced(none with { SplitApplicationsAfterRow = "T3.R3.4.1" }));
        var docxBorderless = Docx("docx/borderless.docx", "Tables without borders.", Balanced(none with { Borderless = true }));
        var docxWrapped = Docx("docx/narrow_wrapped_labels.docx", "Narrow label columns, so labels wrap when printed.", Balanced(none with { NarrowColumns = true, LabelLineBreaks = true }));
        var docxDefect = Docx("docx/defect_t3_balance.docx", "The 勾稽关系 defect.", BreakBalance(b21), "RULE.T3.BALANCE");
        fixtures.AddRange([docxOfficial, docx2019, docxDrifted, docxVertical, docxLabels, docxBlank, docxLarge, docxSplit, docxBorderless, docxWrapped, docxDefect]);
        var docxRowSplit = Docx(
            "docx/row_split_page_break.docx",
            "Narrow wrapped labels and eight paragraphs before 三, so LibreOffice splits a row at the page break: 4.无正当理由大 with its seven 0s at the foot of a page, 量反复申请 in a row of empty cells at the top of the next.",
            Balanced(none with { NarrowColumns = true, LabelLineBreaks = true, ParagraphsBeforeApplications = 8 }));
        var docxRowSplitDefect = Docx(
            "docx/defect_row_split_result_sum.docx",
            "The split row of row_split_page_break holds a RESULT_SUM defect: 4.无正当理由大量反复申请 自然人 and 总计 printed 1, so the outcomes exceed （七）总计 by one in both columns.",
            BreakSplitRowResultSum(Balanced(none with { NarrowColumns = true, LabelLineBreaks = true, ParagraphsBeforeApplications = 8 })),
            "RULE.T3.RESULT_SUM");
        var docxRowSplitLate = Docx(
            "docx/row_split_page_break_late.docx",
            "Narrow wrapped labels and one paragraph before 三: LibreOffice splits 2.申请人逾期未 | 按收费通知要求缴纳费用… in （六） at the page break.",
            Balanced(none with { NarrowColumns = true, LabelLineBreaks = true, ParagraphsBeforeApplications = 1 }));
        fixtures.AddRange([docxRowSplit, docxRowSplitDefect, docxRowSplitLate]);
        var docxVeryNarrow = Docx("docx/very_narrow_labels.docx", "Very narrow label columns: row labels over 3–5 lines, group labels one or two characters a line.", Balanced(none with { VeryNarrowColumns = true }));
        var docxVeryNarrowSplit = Docx(
            "docx/very_narrow_page_break.docx",
            "Very narrow label columns and ten paragraphs before 三: LibreOffice breaks 表三 inside a wrapped row, and the page holding 三's heading has six one-line indented paragraphs and no line at the margin.",
            Balanced(none with { VeryNarrowColumns = true, ParagraphsBeforeApplications = 10 }));
        var docxVeryNarrowGroupSplit = Docx(
            "docx/very_narrow_group_split.docx",
            "Very narrow label columns and 24 paragraphs before 三: LibreOffice breaks the page inside the first row of （三）, so 三、本年度办|理结果, （三|）不予公开 and 1.属于国|家秘密 are each cut in two, the values on the first page.",
            Balanced(none with { VeryNarrowColumns = true, ParagraphsBeforeApplications = 24 }));
        fixtures.AddRange([docxVeryNarrow, docxVeryNarrowSplit, docxVeryNarrowGroupSplit]);
        var docxWide = Docx("docx/wide_applications_table.docx", "表三 wider than the page (value columns 1100 twips, aligned left): printed by LibreOffice, 其他 and 总计 lie beyond the right page edge.", Balanced(none with { WideApplicationsTable = true }));
        var docxWideCentred = Docx(
            "docx/wide_applications_table_centred.docx",
            "表三 much wider than the page and centred (value columns 1500 twips): printed by LibreOffice, it runs off both page edges.",
            Balanced(none with { WideApplicationsTable = true, WideTableCentred = true }));
        fixtures.AddRange([docxWide, docxWideCentred]);
        fixtures.Add(Docx("docx/disclosure_spans_disagree_2019.docx", "A 2019 表二 whose header spans disagree with the data rows (gridSpan): three values for three headings, matched in order.", b19 with { Variations = none with { DisclosureSpansDisagree = true } }));
        fixtures.Add(Docx("docx/stale_other_handling_2021.docx", "2021 表二 with the old single （六）其他处理 row.", stale));
        fixtures.Add(Docx("docx/org_subtotal_column.docx", "A non-standard 法人或其他组织 小计 column.", Balanced(none with { OrgSubtotalColumn = true })));
        fixtures.Add(Docx("docx/units_fullwidth.docx", "Units in cells and full-width digits.", Balanced(none with { UnitsInCells = true, FullWidthDigits = true })));
        fixtures.Add(Docx("docx/extra_department_table.docx", "An extra per-department table after 表三.", Balanced(none with { ExtraDepartmentTable = true })));
        fixtures.Add(Docx("docx/defect_t3_result_sum.docx", "Outcomes ≠ （七）总计 in 自然人 and 商业企业.", BreakResultSum(b21), "RULE.T3.RESULT_SUM"));
        fixtures.Add(Docx("docx/defect_t3_row_total.docx", "总计 of 新收 and 结转下年度 one too high.", BreakRowTotal(b21), "RULE.T3.ROW_TOTAL"));
        fixtures.Add(Docx("docx/defect_t3_nonneg_int.docx", "属于国家秘密 自然人 −1.", BreakApplicationCount(b21), "RULE.T3.NONNEG_INT"));
        fixtures.Add(Docx("docx/defect_t4_block_total.docx", "表四 未经复议直接起诉 总计 one too high.", BreakBlockTotal(b21), "RULE.T4.BLOCK_TOTAL"));
        fixtures.Add(Docx("docx/defect_t4_nonneg_int.docx", "表四 结果纠正 −1.", BreakReviewCount(b21), "RULE.T4.NONNEG_INT"));
        fixtures.Add(Docx("docx/defect_t2_nonneg.docx", "表二 规章 本年废止件数 −1.", BreakDisclosureValue(b21), "RULE.T2.NONNEG"));
        fixtures.Add(Docx("docx/defect_s_headings.docx", "Section 五 removed.", b21.WithoutSection("S5"), "RULE.S.HEADINGS"));
        fixtures.Add(Docx("docx/defect_s_tables.docx", "表四 not printed.", b21.WithoutTable("T4"), "RULE.S.TABLES"));
        fixtures.Add(Docx("docx/defect_s_version.docx", "A 2022 report in the 2019 trial format.", b19 with { Year = 2022 }, "RULE.S.VERSION"));

        // ---- PDF, rendered by fixtures/make-pdfs.sh; truth = the source's truth ----
        fixtures.Add(Pdf("pdf/split_t3.chromium.pdf", Chromium, printSplit));
        fixtures.Add(Pdf("pdf/split_t3.libreoffice.pdf", LibreOffice, docxSplit));
        fixtures.Add(Pdf("pdf/large_print_page_flow.chromium.pdf", Chromium, printBigType));
        fixtures.Add(Pdf("pdf/vertical_label.chromium.pdf", Chromium, printVertical));
        fixtures.Add(Pdf("pdf/vertical_label.libreoffice.pdf", LibreOffice, docxVertical));
        fixtures.Add(Pdf("pdf/borderless.chromium.pdf", Chromium, printBorderless));
        fixtures.Add(Pdf("pdf/borderless.libreoffice.pdf", LibreOffice, docxBorderless));
        fixtures.Add(Pdf("pdf/wrapped_labels.chromium.pdf", Chromium, printWrapped));
        fixtures.Add(Pdf("pdf/wrapped_labels.libreoffice.pdf", LibreOffice, docxWrapped));
        fixtures.Add(Pdf("pdf/large_numbers.chromium.pdf", Chromium, printLarge));
        fixtures.Add(Pdf("pdf/large_numbers.libreoffice.pdf", LibreOffice, docxLarge));
        fixtures.Add(Pdf("pdf/blank_dash.chromium.pdf", Chromium, printBlank));
        fixtures.Add(Pdf("pdf/blank_dash.libreoffice.pdf", LibreOffice, docxBlank));
        fixtures.Add(Pdf("pdf/template_2019.chromium.pdf", Chromium, print2019));
        fixtures.Add(Pdf("pdf/template_2019.libreoffice.pdf", LibreOffice, docx2019));
        fixtures.Add(Pdf("pdf/official_2021.libreoffice.pdf", LibreOffice, docxOfficial));
        fixtures.Add(Pdf("pdf/drifted_merges.libreoffice.pdf", LibreOffice, docxDrifted));
        fixtures.Add(Pdf("pdf/label_variants.libreoffice.pdf", LibreOffice, docxLabels));
        fixtures.Add(Pdf("pdf/defect_t3_balance.chromium.pdf", Chromium, printDefect));
        fixtures.Add(Pdf("pdf/defect_t3_balance.libreoffice.pdf", LibreOffice, docxDefect));
        fixtures.Add(Pdf("pdf/defect_t4_block_total.chromium.pdf", Chromium, printDefectT4));
        fixtures.Add(Pdf("pdf/row_split.libreoffice.pdf", LibreOffice, docxRowSplit));
        fixtures.Add(Pdf("pdf/defect_row_split_result_sum.libreoffice.pdf", LibreOffice, docxRowSplitDefect));
        fixtures.Add(Pdf("pdf/row_split_late.libreoffice.pdf", LibreOffice, docxRowSplitLate));
        fixtures.Add(Pdf("pdf/wide_table_clipped.libreoffice.pdf", LibreOffice, docxWide) with
        {
            CellsOffThePage = PrintedCellsOf(docxWide.Spec, "|T3.C.other", "|T3.C.total")
                .ToDictionary(k => k, _ => "beyond the right page edge: LibreOffice cuts the table there, the column is not on the page"),
        });
        var cutLeft = new[] { "T3.R1|", "T3.R2|", "T3.R3.1|", "T3.R3.2|", "T3.R3.7|", "T3.R4|" };
        fixtures.Add(Pdf("pdf/wide_table_clipped_both.libreoffice.pdf", LibreOffice, docxWideCentred) with
        {
            CellsOffThePage = PrintedCellsOf(docxWideCentred.Spec, "|T3.C.other", "|T3.C.total")
                .ToDictionary(k => k, _ => "beyond the right page edge: LibreOffice cuts the table there, the column is not on the page")
                .Concat(TruthWriter.PrintedCells(docxWideCentred.Spec).Select(c => c.Key)
                    .Where(k => cutLeft.Any(p => k.StartsWith(p, System.StringComparison.Ordinal)) && !k.EndsWith("|T3.C.other", System.StringComparison.Ordinal) && !k.EndsWith("|T3.C.total", System.StringComparison.Ordinal))
                    .ToDictionary(k => k, _ => "the row's label lies beyond the left page edge: which row the values belong to is not on the page"))
                .ToDictionary(p => p.Key, p => p.Value),
        });
        fixtures.Add(Pdf("pdf/very_narrow_labels.chromium.pdf", Chromium, printVeryNarrow));
        fixtures.Add(Pdf("pdf/very_narrow_labels.libreoffice.pdf", LibreOffice, docxVeryNarrow));
        fixtures.Add(Pdf("pdf/very_narrow_page_break.chromium.pdf", Chromium, printVeryNarrowSplit));
        fixtures.Add(Pdf("pdf/very_narrow_header_split.chromium.pdf", Chromium, printVeryNarrowHeaderSplit));
        fixtures.Add(Pdf("pdf/very_narrow_page_break.libreoffice.pdf", LibreOffice, docxVeryNarrowSplit));
        fixtures.Add(Pdf("pdf/very_narrow_group_split.libreoffice.pdf", LibreOffice, docxVeryNarrowGroupSplit));
        fixtures.Add(Pdf("pdf/official_2021_html.libreoffice.pdf", LibreOffice, fixtures.Single(f => f.Path == "html/official_2021.html")));

        // ---- other producers' HTML and DOCX (make-pdfs.sh): Word-style markup from LibreOffice, and web pages saved as Word ----
        fixtures.Add(Pdf("html/official_2021.libreoffice.html", LibreOffice, docxOfficial));
        fixtures.Add(Pdf("html/vertical_group_label.libreoffice.html", LibreOffice, docxVertical));
        fixtures.Add(Pdf("html/label_variants.libreoffice.html", LibreOffice, docxLabels));
        fixtures.Add(Pdf("html/split_t3.libreoffice.html", LibreOffice, docxSplit));
        fixtures.Add(Pdf("docx/official_2021.libreoffice.docx", LibreOffice, fixtures.Single(f => f.Path == "html/official_2021.html")));
        fixtures.Add(Pdf("docx/merges_drifted.libreoffice.docx", LibreOffice, fixtures.Single(f => f.Path == "html/merges_drifted.html")));
        fixtures.Add(Pdf("docx/page_chrome_gbk.libreoffice.docx", LibreOffice, fixtures.Single(f => f.Path == "html/page_chrome_gbk.html")));
        AddWordBinary(fixtures);
        return fixtures;
    }

    /// <summary>
    /// Word 97–2003 <c>.doc</c> and WPS <c>.wps</c> (make-pdfs.sh, LibreOffice's "MS Word 97" filter): every DOCX our writer
    /// makes and three HTML pages as <c>.doc</c>; four as <c>.wps</c> (LibreOffice writes the same bytes for both, as WPS
    /// Office's own .wps is the same format); and LibreOffice's own DOCX conversion of every <c>.doc</c>, the oracle the
    /// <c>.doc</c> reader is compared with.
    /// </summary>
    private static void AddWordBinary(List<FixtureDefinition> fixtures)
    {
        var sources = fixtures.Where(f => f.Producer == DocxProducer).ToList();
        var docs = sources.Select(source => Pdf("doc/" + System.IO.Path.GetFileNameWithoutExtension(source.Path) + ".doc", LibreOffice, source)).ToList();
        foreach (var (html, name) in new[] { ("html/official_2021.html", "official_2021_html"), ("html/merges_drifted.html", "merges_drifted_html"), ("html/page_chrome_gbk.html", "page_chrome_gbk_html") })
        {
            docs.Add(Pdf("doc/" + name + ".doc", LibreOffice, fixtures.Single(f => f.Path == html)));
        }

        fixtures.AddRange(docs);
        foreach (var name in new[] { "official_2021", "template_2019", "merges_drifted", "defect_t3_balance" })
        {
            fixtures.Add(Pdf("wps/" + name + ".wps", LibreOffice, sources.Single(f => f.Path == "docx/" + name + ".docx")));
        }

        fixtures.AddRange(docs.Select(doc => Pdf(System.IO.Path.ChangeExtension(doc.Path, ".libreoffice.docx"), LibreOffice, doc)));
    }

    /// <summary>The list make-pdfs.sh reads: <c>output path, producer, source path</c>, tab-separated.</summary>
    public static string RenderedSources()
    {
        var text = new StringBuilder("# output\tproducer\tsource — written by tools/ReportParser.FixtureGenerator; read by fixtures/make-pdfs.sh\n");
        foreach (var pdf in Rendered)
        {
            text.Append(pdf.Path).Append('\t').Append(pdf.Producer == Chromium ? "chromium" : "libreoffice").Append('\t').Append(pdf.RenderedFrom).Append('\n');
        }

        return text.ToString();
    }

    /// <summary><c>fixtures/README.md</c>: every fixture, what it exercises, its producer and its expected findings.</summary>
    public static string Readme()
    {
        var text = new StringBuilder();
        text.Append("# Fixtures\n\n")
            .Append("<!-- Generated by `dotnet run --project tools/ReportParser.FixtureGenerator -- fixtures`. Do not edit by hand. -->\n\n")
            .Append("Our own test documents. Each `X.html` / `X.docx` / `X.pdf` / `X.doc` / `X.wps` has a `X.truth.json` beside it in the shape of ")
            .Append("`../shared/corpus/truth/*.json`: `cells` keyed `rowId|columnId` with the raw printed text, and `expected_findings` ")
            .Append("with the spec rule, the diagnostic id and where it points. The truth is written from the typed description ")
            .Append("(`tests/ReportParser.Fixtures`: `ReportSpec` + `Variations`, findings by `ReportOracle`), never by running the parser.\n\n")
            .Append("- HTML and DOCX files and every truth file: `dotnet run --project tools/ReportParser.FixtureGenerator -- fixtures`.\n")
            .Append("- PDFs, Word 97–2003 `.doc` and WPS `.wps` files, and the HTML/DOCX conversions made by another producer (`*.libreoffice.html`, `*.libreoffice.docx`): ")
            .Append("`fixtures/make-pdfs.sh` renders the sources listed in `rendered.tsv` with LibreOffice (`fonts-noto-cjk`) and ")
            .Append("headless Chromium and records each source's SHA-256 in `rendered-manifest.tsv`; the outputs are committed, so tests never need those tools. ")
            .Append("A rendered file's truth is the truth of its source.\n")
            .Append("- `tests/ReportParser.Tests/EndToEnd/FixtureTests.cs` checks every fixture against its truth (cells equal, every expected finding ")
            .Append("found, no other error) and that the committed files are current; formats without a reader yet are skipped.\n\n");

        foreach (var (format, title) in new[] { ("html", "HTML"), ("docx", "DOCX"), ("pdf", "PDF"), ("doc", "Word 97–2003 .doc"), ("wps", "WPS .wps") })
        {
            var list = All.Where(f => f.Format == format).ToList();
            text.Append("## ").Append(title).Append(" (").Append(list.Count.ToString(CultureInfo.InvariantCulture)).Append(")\n\n")
                .Append("| File | Exercises | Producer | Expected findings |\n|---|---|---|---|\n");
            foreach (var f in list)
            {
                var switches = string.Join(", ", f.Switches());
                var exercises = f.Description + (switches.Length > 0 ? " *(" + switches + ")*" : string.Empty);
                var producer = f.RenderedFrom is null ? f.Producer : f.Producer + " from `" + f.RenderedFrom + "`";
                var findings = f.ExpectedFindings.Count == 0
                    ? "—"
                    : string.Join("<br>", f.ExpectedFindings.GroupBy(e => e.Rule + " " + e.Id).Select(g => "`" + g.Key + "`" + (g.Count() > 1 ? " ×" + g.Count().ToString(CultureInfo.InvariantCulture) : string.Empty)));
                text.Append("| `").Append(f.Path).Append("` | ").Append(exercises.Replace("|", "\\|").Replace("\n", " ")).Append(" | ").Append(producer).Append(" | ").Append(findings).Append(" |\n");
            }

            text.Append('\n');
        }

        return text.ToString();
    }

    private static FixtureDefinition Html(string path, string description, ReportSpec spec, params string[] seeded) =>
        new(path, description, spec, HtmlProducer, HtmlReportWriter.WriteBytes, seeded);

    private static FixtureDefinition Text(string path, string description, ReportSpec spec, TextForm form, TextNoise noise, params string[] seeded) =>
        new(path, description, spec, "TextReportWriter (" + form + (noise == TextNoise.None ? string.Empty : ", " + noise) + ")", s => TextReportWriter.Write(s, form, noise), seeded);

    private static FixtureDefinition Docx(string path, string description, ReportSpec spec, params string[] seeded) =>
        new(path, description, spec, DocxProducer, DocxReportWriter.Write, seeded);

    /// <summary>The printed cells of <paramref name="spec"/> whose id ends with one of <paramref name="columnSuffixes"/>.</summary>
    private static IEnumerable<string> PrintedCellsOf(ReportSpec spec, params string[] columnSuffixes) =>
        TruthWriter.PrintedCells(spec).Select(c => c.Key).Where(k => columnSuffixes.Any(s => k.EndsWith(s, System.StringComparison.Ordinal)));

    /// <summary>A file an external producer renders from <paramref name="source"/> (a PDF, or LibreOffice's HTML/DOCX conversion).</summary>
    private static FixtureDefinition Pdf(string path, string producer, FixtureDefinition source) =>
        new(path, source.Description, source.Spec, producer, null, source.SeededRules) { RenderedFrom = source.Path };
}
