using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ReportParser.Model;

namespace ReportParser.Fixtures;

/// <summary>
/// The layouts of 表二, 表三 and 表四 (spec §3, §4) with the template's merges — or the drifted merges of real reports —
/// filled from a <see cref="ReportSpec"/> and printed under its <see cref="Variations"/>. A value cell absent from
/// <see cref="ReportSpec.Cells"/> is printed blank.
/// </summary>
public static class TemplateLayouts
{
    public const string T3Note = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）";

    public static readonly (string Id, string Label)[] NotDisclosedRows =
    [
        ("T3.R3.3.1", "1.属于国家秘密"), ("T3.R3.3.2", "2.其他法律行政法规禁止公开"), ("T3.R3.3.3", "3.危及“三安全一稳定”"),
        ("T3.R3.3.4", "4.保护第三方合法权益"), ("T3.R3.3.5", "5.属于三类内部事务信息"), ("T3.R3.3.6", "6.属于四类过程性信息"),
        ("T3.R3.3.7", "7.属于行政执法案卷"), ("T3.R3.3.8", "8.属于行政查询事项"),
    ];

    public static readonly (string Id, string Label)[] CannotProvideRows =
    [
        ("T3.R3.4.1", "1.本机关不掌握相关政府信息"), ("T3.R3.4.2", "2.没有现成信息需要另行制作"), ("T3.R3.4.3", "3.补正后申请内容仍不明确"),
    ];

    public static readonly (string Id, string Label)[] NotProcessedRows =
    [
        ("T3.R3.5.1", "1.信访举报投诉类申请"), ("T3.R3.5.2", "2.重复申请"), ("T3.R3.5.3", "3.要求提供公开出版物"),
        ("T3.R3.5.4", "4.无正当理由大量反复申请"), ("T3.R3.5.5", "5.要求行政机关确认或重新出具已获取信息"),
    ];

    public static readonly (string Id, string Label)[] OtherHandlingRows =
    [
        ("T3.R3.6.1", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"),
        ("T3.R3.6.2", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"),
        ("T3.R3.6.3", "3.其他"),
    ];

    /// <summary>The 表三 data rows printed for a spec, in order.</summary>
    public static IEnumerable<string> ApplicationRowIds(bool otherHandlingSplit)
    {
        yield return "T3.R1";
        yield return "T3.R2";
        yield return "T3.R3.1";
        yield return "T3.R3.2";
        foreach (var id in NotDisclosedRows.Concat(CannotProvideRows).Concat(NotProcessedRows).Select(r => r.Id))
        {
            yield return id;
        }

        if (otherHandlingSplit)
        {
            foreach (var (id, _) in OtherHandlingRows)
            {
                yield return id;
            }
        }
        else
        {
            yield return "T3.R3.6";
        }

        yield return "T3.R3.7";
        yield return "T3.R4";
    }

    /// <summary>The standard tables a spec prints as text tables, in document order.</summary>
    public static IEnumerable<LayoutTable> StandardTables(ReportSpec spec)
    {
        if (spec.Tables.Contains("T2") && !spec.Variations.TablesAsImages.Contains("T2"))
        {
            yield return Disclosure(spec);
        }

        if (spec.Tables.Contains("T3") && !spec.Variations.TablesAsImages.Contains("T3"))
        {
            yield return Applications(spec);
        }

        if (spec.Tables.Contains("T4") && !spec.Variations.TablesAsImages.Contains("T4"))
        {
            yield return Review(spec);
        }
    }

    public static LayoutTable Disclosure(ReportSpec spec) =>
        spec.Version == TemplateVersion.V2019Trial ? Disclosure2019(spec) : Disclosure2021(spec);

    public static LayoutTable Applications(ReportSpec spec)
    {
        var v = spec.Variations;
        var drifted = v.Merges == MergeStyle.Drifted;
        string L(string label) => spec.PrintedLabel(label);

        var valueColumns = new List<string>(SampleReports.ApplicantColumns);
        if (v.OrgSubtotalColumn)
        {
            valueColumns.Insert(6, OrgSubtotal);
        }

        var width = 3 + valueColumns.Count;
        var last = width - 1;
        var orgSpan = v.OrgSubtotalColumn ? 6 : 5;
        var cells = new List<LayoutCell>();
        if (drifted)
        {
            cells.Add(new LayoutCell(0, 0, L(T3Note), ColumnSpan: 3));
            cells.Add(new LayoutCell(1, 0, string.Empty, ColumnSpan: 3));
            cells.Add(new LayoutCell(2, 0, string.Empty, ColumnSpan: 3));
            cells.Add(new LayoutCell(1, 3, L("自然人")));
            cells.Add(new LayoutCell(2, 3, string.Empty));
            cells.Add(new LayoutCell(1, last, L("总计")));
            cells.Add(new LayoutCell(2, last, string.Empty));
        }
        else
        {
            cells.Add(new LayoutCell(0, 0, L(T3Note), RowSpan: 3, ColumnSpan: 3));
            cells.Add(new LayoutCell(1, 3, L("自然人"), RowSpan: 2));
            cells.Add(new LayoutCell(1, last, L("总计"), RowSpan: 2));
        }

        cells.Add(new LayoutCell(0, 3, L("申请人情况"), ColumnSpan: valueColumns.Count));
        cells.Add(new LayoutCell(1, 4, L("法人或其他组织"), ColumnSpan: orgSpan));
        string[] orgLabels = ["商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"];
        for (var i = 0; i < orgLabels.Length; i++)
        {
            cells.Add(new LayoutCell(2, 4 + i, L(orgLabels[i])));
        }

        if (v.OrgSubtotalColumn)
        {
            cells.Add(new LayoutCell(2, 9, L("小计")));
        }

        var row = 3;
        void Values(string rowId, int r)
        {
            for (var c = 0; c < valueColumns.Count; c++)
            {
                if (valueColumns[c] == OrgSubtotal)
                {
                    cells.Add(new LayoutCell(r, 3 + c, OrgSubtotalText(spec, rowId)));
                    continue;
                }

                var key = rowId + "|" + valueColumns[c];
                cells.Add(new LayoutCell(r, 3 + c, spec.PrintedValue(key), Key: key));
            }
        }

        void Leaf(string id, string label, int column, int columnSpan)
        {
            if (drifted && columnSpan == 2 && id is "T3.R3.6" or "T3.R3.7")
            {
                // 洪泽 2024: the label sits in the group column and an empty cell fills the sub-label column.
                cells.Add(new LayoutCell(row, column, L(label)));
                cells.Add(new LayoutCell(row, column + 1, string.Empty));
            }
            else
            {
                cells.Add(new LayoutCell(row, column, L(label), ColumnSpan: columnSpan));
            }

            Values(id, row);
            row++;
        }

        void Merged(int firstRow, int count, int column, string text, bool vertical = false)
        {
            if (drifted)
            {
                cells.Add(new LayoutCell(firstRow, column, text, Vertical: vertical));
                for (var r = firstRow + 1; r < firstRow + count; r++)
                {
                    cells.Add(new LayoutCell(r, column, string.Empty));
                }
            }
            else
            {
                cells.Add(new LayoutCell(firstRow, column, text, RowSpan: count, Vertical: vertical));
            }
        }

        void Group(string label, (string Id, string Label)[] children)
        {
            Merged(row, children.Length, 1, L(label));
            foreach (var (id, childLabel) in children)
            {
                Leaf(id, childLabel, 2, 1);
            }
        }

        Leaf("T3.R1", "一、本年新收政府信息公开申请数量", 0, 3);
        Leaf("T3.R2", "二、上年结转政府信息公开申请数量", 0, 3);
        var resultStart = row;
        Leaf("T3.R3.1", "（一）予以公开", 1, 2);
        Leaf("T3.R3.2", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", 1, 2);
        Group("（三）不予公开", NotDisclosedRows);
        Group("（四）无法提供", CannotProvideRows);
        Group("（五）不予处理", NotProcessedRows);
        if (spec.OtherHandlingSplit)
        {
            Group("（六）其他处理", OtherHandlingRows);
        }
        else
        {
            Leaf("T3.R3.6", "（六）其他处理", 1, 2);
        }

        Leaf("T3.R3.7", "（七）总计", 1, 2);
        Merged(resultStart, row - resultStart, 0, L("三、本年度办理结果"), v.VerticalGroupLabels);
        Leaf("T3.R4", "四、结转下年度继续办理", 0, 3);
        var widths = new List<int> { 754, 921, 3271 };
        widths.AddRange(Enumerable.Repeat(685, valueColumns.Count));
        if (v.WideApplicationsTable)
        {
            widths = v.WideTableCentred
                ? [1200, 1400, 3600, .. Enumerable.Repeat(1500, valueColumns.Count)]
                : [754, 921, 3271, .. Enumerable.Repeat(1100, valueColumns.Count)];
        }
        else if (v.VeryNarrowColumns)
        {
            widths[0] = 400;
            widths[1] = 560;
            widths[2] = 1100;
        }
        else if (v.NarrowColumns)
        {
            widths[0] = 500;
            widths[1] = 700;
            widths[2] = 1600;
        }

        return new LayoutTable("T3", row, width, cells) { ColumnWidths = widths };
    }

    public static LayoutTable Review(ReportSpec spec)
    {
        var drifted = spec.Variations.Merges == MergeStyle.Drifted;
        string L(string label) => spec.PrintedLabel(label);
        string[] leaves = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"];
        string[] results = ["upheld", "corrected", "other", "pending", "total"];
        string[] blocks = ["review", "lit_direct", "lit_after_review"];
        var cells = new List<LayoutCell>
        {
            new(0, 0, L("行政复议"), ColumnSpan: 5),
            new(0, 5, L("行政诉讼"), ColumnSpan: 10),
            new(1, 5, L("未经复议直接起诉"), ColumnSpan: 5),
            new(1, 10, L("复议后起诉"), ColumnSpan: 5),
        };
        for (var i = 0; i < 5; i++)
        {
            if (drifted)
            {
                cells.Add(new LayoutCell(1, i, L(leaves[i])));
                cells.Add(new LayoutCell(2, i, string.Empty));
            }
            else
            {
                cells.Add(new LayoutCell(1, i, L(leaves[i]), RowSpan: 2));
            }

            cells.Add(new LayoutCell(2, 5 + i, L(leaves[i])));
            cells.Add(new LayoutCell(2, 10 + i, L(leaves[i])));
        }

        for (var b = 0; b < 3; b++)
        {
            for (var r = 0; r < 5; r++)
            {
                var key = "T4.R.count|T4.C." + blocks[b] + "." + results[r];
                cells.Add(new LayoutCell(3, (b * 5) + r, spec.PrintedValue(key), Key: key));
            }
        }

        return new LayoutTable("T4", 4, 15, cells) { ColumnWidths = Enumerable.Repeat(650, 15).ToList() };
    }

    /// <summary>An aggregated report's per-department table (spec §8.2): not a standard table, kept as an extra table.</summary>
    public static LayoutTable DepartmentTable(ReportSpec spec)
    {
        string[] header = ["序号", "单位名称", "本年新收申请", "上年结转申请", "本年办结", "结转下年度"];
        (string Name, int[] Values)[] rows =
        [
            ("县发展和改革局", [5, 0, 5, 0]),
            ("县自然资源局", [8, 1, 7, 2]),
            ("县住房和城乡建设局", [3, 0, 3, 0]),
        ];
        var cells = header.Select((h, i) => new LayoutCell(0, i, h)).ToList();
        for (var r = 0; r < rows.Length; r++)
        {
            cells.Add(new LayoutCell(r + 1, 0, (r + 1).ToString(CultureInfo.InvariantCulture)));
            cells.Add(new LayoutCell(r + 1, 1, rows[r].Name));
            for (var i = 0; i < 4; i++)
            {
                cells.Add(new LayoutCell(r + 1, 2 + i, Printing.Value("X", rows[r].Values[i].ToString(CultureInfo.InvariantCulture), spec.Variations)));
            }
        }

        return new LayoutTable("X1", rows.Length + 1, header.Length, cells) { ColumnWidths = [600, 3000, 1500, 1500, 1500, 1500] };
    }

    private const string OrgSubtotal = "(org subtotal)";

    /// <summary>What the non-standard 小计 column prints in a row: the five organisation columns added up, blank when one is not a whole number.</summary>
    internal static string OrgSubtotalText(ReportSpec spec, string rowId)
    {
        decimal sum = 0;
        foreach (var column in SampleReports.ApplicantColumns.Skip(1).Take(5))
        {
            if (!spec.Cells.TryGetValue(rowId + "|" + column, out var raw)
                || !decimal.TryParse(raw, NumberStyles.Integer | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
            {
                return string.Empty;
            }

            sum += value;
        }

        return Printing.Value("T3.C.subtotal", sum.ToString(CultureInfo.InvariantCulture), spec.Variations);
    }

    private static LayoutTable Disclosure2021(ReportSpec spec)
    {
        var drifted = spec.Variations.Merges == MergeStyle.Drifted;
        string L(string label) => spec.PrintedLabel(label);
        var cells = new List<LayoutCell>();
        var row = 0;
        void Title(string text) => cells.Add(new LayoutCell(row++, 0, L(text), ColumnSpan: 4));
        void Header(params string[] labels)
        {
            cells.Add(new LayoutCell(row, 0, L("信息内容")));
            if (labels.Length == 1)
            {
                cells.Add(new LayoutCell(row, 1, L(labels[0]), ColumnSpan: 3));
            }
            else
            {
                for (var i = 0; i < labels.Length; i++)
                {
                    cells.Add(new LayoutCell(row, 1 + i, L(labels[i])));
                }
            }

            row++;
        }

        void Data(string rowId, string label, params string[] columns)
        {
            cells.Add(new LayoutCell(row, 0, L(label)));
            for (var i = 0; i < columns.Length; i++)
            {
                var key = rowId + "|" + columns[i];
                if (columns.Length == 1 && drifted)
                {
                    cells.Add(new LayoutCell(row, 1, spec.PrintedValue(key), Key: key));
                    cells.Add(new LayoutCell(row, 2, string.Empty));
                    cells.Add(new LayoutCell(row, 3, string.Empty));
                }
                else
                {
                    cells.Add(new LayoutCell(row, 1 + i, spec.PrintedValue(key), ColumnSpan: columns.Length == 1 ? 3 : 1, Key: key));
                }
            }

            row++;
        }

        Title("第二十条第（一）项");
        Header("本年制发件数", "本年废止件数", "现行有效件数");
        Data("T2.R.regulation", "规章", "T2.C.issued", "T2.C.repealed", "T2.C.in_force");
        Data("T2.R.normative_doc", spec.Variations.StaleNormativeDocLabel ? "规范性文件" : "行政规范性文件", "T2.C.issued", "T2.C.repealed", "T2.C.in_force");
        Title("第二十条第（五）项");
        Header("本年处理决定数量");
        Data("T2.R.license", "行政许可", "T2.C.decisions");
        Title("第二十条第（六）项");
        Header("本年处理决定数量");
        Data("T2.R.penalty", "行政处罚", "T2.C.decisions");
        Data("T2.R.coercion", "行政强制", "T2.C.decisions");
        Title("第二十条第（八）项");
        Header("本年收费金额（单位：万元）");
        Data("T2.R.admin_fee", "行政事业性收费", "T2.C.fee_amount");
        return new LayoutTable("T2", row, 4, cells) { ColumnWidths = [2435, 2435, 2435, 2435] };
    }

    private static LayoutTable Disclosure2019(ReportSpec spec)
    {
        string L(string label) => spec.PrintedLabel(label);
        var disagree = spec.Variations.DisclosureSpansDisagree;
        var width = disagree ? 5 : 4;
        var cells = new List<LayoutCell>();
        var row = 0;

        // The column spans of a block's value cells: on four columns a two-column block's second cell spans two; on the
        // five-column grid of 上海 2019 every block fills four value columns its own way.
        // Only the 上一年项目数量 | 本年增/减 | 处理决定数量 blocks disagree.
        int[] Spans(string[] columns, bool header) => (columns.Length, disagree) switch
        {
            (2, false) => [1, 2],
            (3, false) => [1, 1, 1],
            (2, true) => [2, 2],
            (3, true) when columns.Contains("本年增/减") || columns.Contains("T2.C.change") => header ? [1, 2, 1] : [2, 1, 1],
            _ => [1, 1, 2],
        };

        void Title(string text) => cells.Add(new LayoutCell(row++, 0, L(text), ColumnSpan: width));
        void Header(params string[] labels)
        {
            cells.Add(new LayoutCell(row, 0, L("信息内容")));
            var spans = Spans(labels, header: true);
            for (int i = 0, column = 1; i < labels.Length; column += spans[i], i++)
            {
                cells.Add(new LayoutCell(row, column, L(labels[i]), ColumnSpan: spans[i]));
            }

            row++;
        }

        void Data(string rowId, string label, params string[] columns)
        {
            cells.Add(new LayoutCell(row, 0, L(label)));
            var spans = Spans(columns, header: false);
            for (int i = 0, column = 1; i < columns.Length; column += spans[i], i++)
            {
                var key = rowId + "|" + columns[i];
                cells.Add(new LayoutCell(row, column, spec.PrintedValue(key), ColumnSpan: spans[i], Key: key));
            }

            row++;
        }

        Title("第二十条第（一）项");
        Header("本年新制作数量", "本年新公开数量", "对外公开总数量");
        Data("T2.R.regulation", "规章", "T2.C.new_made", "T2.C.new_published", "T2.C.total_published");
        Data("T2.R.normative_doc", "规范性文件", "T2.C.new_made", "T2.C.new_published", "T2.C.total_published");
        Title("第二十条第（五）项");
        Header("上一年项目数量", "本年增/减", "处理决定数量");
        Data("T2.R.license", "行政许可", "T2.C.prev_year_items", "T2.C.change", "T2.C.decisions");
        Data("T2.R.other_admin_service", "其他对外管理服务事项", "T2.C.prev_year_items", "T2.C.change", "T2.C.decisions");
        Title("第二十条第（六）项");
        Header("上一年项目数量", "本年增/减", "处理决定数量");
        Data("T2.R.penalty", "行政处罚", "T2.C.prev_year_items", "T2.C.change", "T2.C.decisions");
        Data("T2.R.coercion", "行政强制", "T2.C.prev_year_items", "T2.C.change", "T2.C.decisions");
        Title("第二十条第（八）项");
        Header("上一年项目数量", "本年增/减");
        Data("T2.R.admin_fee", "行政事业性收费", "T2.C.prev_year_items", "T2.C.change");
        Title("第二十条第（九）项");
        Header("采购项目数量", "采购总金额");
        Data("T2.R.central_procurement", "政府集中采购", "T2.C.procurement_items", "T2.C.procurement_amount");
        return new LayoutTable("T2", row, width, cells) { ColumnWidths = disagree ? [2435, 1826, 1826, 1826, 1827] : [2435, 2435, 2435, 2435] };
    }
}
