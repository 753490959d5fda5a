using System.Collections.Generic;
using System.Linq;
using ReportParser.Model;

namespace ReportParser.Fixtures;

/// <summary>
/// The official layouts of 表二, 表三 and 表四 (spec §3, §4) with the template's merges, filled from a
/// <see cref="ReportSpec"/>. A value cell absent from <see cref="ReportSpec.Cells"/> is printed blank.
/// </summary>
public static class TemplateLayouts
{
    public const string T3Note = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）";

    private static readonly (string Id, string Label)[] NotDisclosedRows =
    [
        ("T3.R3.3.1", "1.属于国家秘密"), ("T3.R3.3.2", "2.其他法律行政法规禁止公开"), ("T3.R3.3.3", "3.危及“三安全一稳定”"),
        ("T3.R3.3.4", "4.保护第三方合法权益"), ("T3.R3.3.5", "5.属于三类内部事务信息"), ("T3.R3.3.6", "6.属于四类过程性信息"),
        ("T3.R3.3.7", "7.属于行政执法案卷"), ("T3.R3.3.8", "8.属于行政查询事项"),
    ];

    private static readonly (string Id, string Label)[] CannotProvideRows =
    [
        ("T3.R3.4.1", "1.本机关不掌握相关政府信息"), ("T3.R3.4.2", "2.没有现成信息需要另行制作"), ("T3.R3.4.3", "3.补正后申请内容仍不明确"),
    ];

    private static readonly (string Id, string Label)[] NotProcessedRows =
    [
        ("T3.R3.5.1", "1.信访举报投诉类申请"), ("T3.R3.5.2", "2.重复申请"), ("T3.R3.5.3", "3.要求提供公开出版物"),
        ("T3.R3.5.4", "4.无正当理由大量反复申请"), ("T3.R3.5.5", "5.要求行政机关确认或重新出具已获取信息"),
    ];

    private static readonly (string Id, string Label)[] OtherHandlingRows =
    [
        ("T3.R3.6.1", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"),
        ("T3.R3.6.2", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"),
        ("T3.R3.6.3", "3.其他"),
    ];

    public static LayoutTable Disclosure(ReportSpec spec) =>
        spec.Version == TemplateVersion.V2019Trial ? Disclosure2019(spec) : Disclosure2021(spec);

    public static LayoutTable Applications(ReportSpec spec)
    {
        var cells = new List<LayoutCell>
        {
            new(0, 0, T3Note, RowSpan: 3, ColumnSpan: 3),
            new(0, 3, "申请人情况", ColumnSpan: 7),
            new(1, 3, "自然人", RowSpan: 2),
            new(1, 4, "法人或其他组织", ColumnSpan: 5),
            new(1, 9, "总计", RowSpan: 2),
            new(2, 4, "商业企业"), new(2, 5, "科研机构"), new(2, 6, "社会公益组织"), new(2, 7, "法律服务机构"), new(2, 8, "其他"),
        };

        var row = 3;
        void Values(string rowId, int r)
        {
            for (var c = 0; c < 7; c++)
            {
                var key = rowId + "|" + SampleReports.ApplicantColumns[c];
                cells.Add(new LayoutCell(r, 3 + c, spec.Cells.GetValueOrDefault(key, string.Empty), Key: key));
            }
        }

        void Leaf(string id, string label, int column, int columnSpan)
        {
            cells.Add(new LayoutCell(row, column, label, ColumnSpan: columnSpan));
            Values(id, row);
            row++;
        }

        void Group(string label, (string Id, string Label)[] children)
        {
            cells.Add(new LayoutCell(row, 1, label, RowSpan: children.Length));
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
        cells.Add(new LayoutCell(resultStart, 0, "三、本年度办理结果", RowSpan: row - resultStart));
        Leaf("T3.R4", "四、结转下年度继续办理", 0, 3);
        return new LayoutTable("T3", row, 10, cells);
    }

    public static LayoutTable Review(ReportSpec spec)
    {
        string[] leaves = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"];
        string[] results = ["upheld", "corrected", "other", "pending", "total"];
        string[] blocks = ["review", "lit_direct", "lit_after_review"];
        var cells = new List<LayoutCell>
        {
            new(0, 0, "行政复议", ColumnSpan: 5),
            new(0, 5, "行政诉讼", ColumnSpan: 10),
            new(1, 5, "未经复议直接起诉", ColumnSpan: 5),
            new(1, 10, "复议后起诉", ColumnSpan: 5),
        };
        for (var i = 0; i < 5; i++)
        {
            cells.Add(new LayoutCell(1, i, leaves[i], RowSpan: 2));
            cells.Add(new LayoutCell(2, 5 + i, leaves[i]));
            cells.Add(new LayoutCell(2, 10 + i, leaves[i]));
        }

        for (var b = 0; b < 3; b++)
        {
            for (var r = 0; r < 5; r++)
            {
                var key = "T4.R.count|T4.C." + blocks[b] + "." + results[r];
                cells.Add(new LayoutCell(3, (b * 5) + r, spec.Cells.GetValueOrDefault(key, string.Empty), Key: key));
            }
        }

        return new LayoutTable("T4", 4, 15, cells);
    }

    private static LayoutTable Disclosure2021(ReportSpec spec)
    {
        var cells = new List<LayoutCell>();
        var row = 0;
        void Title(string text) => cells.Add(new LayoutCell(row++, 0, text, ColumnSpan: 4));
        void Header(params string[] labels)
        {
            cells.Add(new LayoutCell(row, 0, "信息内容"));
            if (labels.Length == 1)
            {
                cells.Add(new LayoutCell(row, 1, labels[0], ColumnSpan: 3));
            }
            else
            {
                for (var i = 0; i < labels.Length; i++)
                {
                    cells.Add(new LayoutCell(row, 1 + i, labels[i]));
                }
            }

            row++;
        }

        void Data(string rowId, string label, params string[] columns)
        {
            cells.Add(new LayoutCell(row, 0, label));
            for (var i = 0; i < columns.Length; i++)
            {
                var key = rowId + "|" + columns[i];
                cells.Add(new LayoutCell(row, 1 + i, spec.Cells.GetValueOrDefault(key, string.Empty), ColumnSpan: columns.Length == 1 ? 3 : 1, Key: key));
            }

            row++;
        }

        Title("第二十条第（一）项");
        Header("本年制发件数", "本年废止件数", "现行有效件数");
        Data("T2.R.regulation", "规章", "T2.C.issued", "T2.C.repealed", "T2.C.in_force");
        Data("T2.R.normative_doc", "行政规范性文件", "T2.C.issued", "T2.C.repealed", "T2.C.in_force");
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
        return new LayoutTable("T2", row, 4, cells);
    }

    private static LayoutTable Disclosure2019(ReportSpec spec)
    {
        var cells = new List<LayoutCell>();
        var row = 0;
        void Title(string text) => cells.Add(new LayoutCell(row++, 0, text, ColumnSpan: 4));
        void Header(params string[] labels)
        {
            cells.Add(new LayoutCell(row, 0, "信息内容"));
            for (var i = 0; i < labels.Length; i++)
            {
                cells.Add(new LayoutCell(row, 1 + i, labels[i], ColumnSpan: labels.Length == 2 && i == 1 ? 2 : 1));
            }

            row++;
        }

        void Data(string rowId, string label, params string[] columns)
        {
            cells.Add(new LayoutCell(row, 0, label));
            for (var i = 0; i < columns.Length; i++)
            {
                var key = rowId + "|" + columns[i];
                cells.Add(new LayoutCell(row, 1 + i, spec.Cells.GetValueOrDefault(key, string.Empty), ColumnSpan: columns.Length == 2 && i == 1 ? 2 : 1, Key: key));
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
        return new LayoutTable("T2", row, 4, cells);
    }
}
