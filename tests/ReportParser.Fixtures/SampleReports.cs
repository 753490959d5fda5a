using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using ReportParser.Model;

namespace ReportParser.Fixtures;

/// <summary>Valid reports in which every identity of spec §5.1–§5.2 holds, as starting points for one-defect variants.</summary>
public static class SampleReports
{
    public static readonly string[] ApplicantColumns =
        ["T3.C.natural_person", "T3.C.commercial", "T3.C.research", "T3.C.public_interest", "T3.C.legal_service", "T3.C.other", "T3.C.total"];

    /// <summary>
    /// A balanced 2021-template report. 表三 (自然人, 商业企业, 科研, 公益, 法律服务, 其他, 总计):
    /// 新收 13 2 0 0 1 0 16; 结转 1 0 0 0 0 0 1; （七）总计 12 2 0 0 1 0 15; 结转下年度 2 0 0 0 0 0 2.
    /// </summary>
    public static ReportSpec Balanced2021() => new()
    {
        Version = TemplateVersion.V2021,
        Year = 2023,
        OtherHandlingSplit = true,
        Cells = Disclosure2021().AddRange(Applications(split: true)).AddRange(Review()),
    };

    /// <summary>A balanced 2019-trial-template report for 2020 (single （六）其他处理 row, 2019 表二).</summary>
    public static ReportSpec Balanced2019() => new()
    {
        Version = TemplateVersion.V2019Trial,
        Year = 2020,
        OtherHandlingSplit = false,
        Headings = ReportSpec.DefaultHeadings,
        SectionText = ReportSpec.DefaultSectionText.SetItem("S6", ["无。"]),
        Cells = Disclosure2019().AddRange(Applications(split: false)).AddRange(Review()),
    };

    public static ImmutableDictionary<string, string> Disclosure2021() => new Dictionary<string, string>
    {
        ["T2.R.regulation|T2.C.issued"] = "0",
        ["T2.R.regulation|T2.C.repealed"] = "0",
        ["T2.R.regulation|T2.C.in_force"] = "3",
        ["T2.R.normative_doc|T2.C.issued"] = "2",
        ["T2.R.normative_doc|T2.C.repealed"] = "1",
        ["T2.R.normative_doc|T2.C.in_force"] = "15",
        ["T2.R.license|T2.C.decisions"] = "120",
        ["T2.R.penalty|T2.C.decisions"] = "35",
        ["T2.R.coercion|T2.C.decisions"] = "4",
        ["T2.R.admin_fee|T2.C.fee_amount"] = "12.5",
    }.ToImmutableDictionary();

    public static ImmutableDictionary<string, string> Disclosure2019() => new Dictionary<string, string>
    {
        ["T2.R.regulation|T2.C.new_made"] = "0",
        ["T2.R.regulation|T2.C.new_published"] = "0",
        ["T2.R.regulation|T2.C.total_published"] = "3",
        ["T2.R.normative_doc|T2.C.new_made"] = "2",
        ["T2.R.normative_doc|T2.C.new_published"] = "2",
        ["T2.R.normative_doc|T2.C.total_published"] = "15",
        ["T2.R.license|T2.C.prev_year_items"] = "40",
        ["T2.R.license|T2.C.change"] = "-2",
        ["T2.R.license|T2.C.decisions"] = "120",
        ["T2.R.other_admin_service|T2.C.prev_year_items"] = "10",
        ["T2.R.other_admin_service|T2.C.change"] = "+1",
        ["T2.R.other_admin_service|T2.C.decisions"] = "8",
        ["T2.R.penalty|T2.C.prev_year_items"] = "60",
        ["T2.R.penalty|T2.C.change"] = "0",
        ["T2.R.penalty|T2.C.decisions"] = "35",
        ["T2.R.coercion|T2.C.prev_year_items"] = "5",
        ["T2.R.coercion|T2.C.change"] = "0",
        ["T2.R.coercion|T2.C.decisions"] = "4",
        ["T2.R.admin_fee|T2.C.prev_year_items"] = "3",
        ["T2.R.admin_fee|T2.C.change"] = "-1",
        ["T2.R.central_procurement|T2.C.procurement_items"] = "6",
        ["T2.R.central_procurement|T2.C.procurement_amount"] = "251000元",
    }.ToImmutableDictionary();

    /// <summary>表三 values: rows by id, each with the six applicant columns (the total is computed).</summary>
    public static ImmutableDictionary<string, string> Applications(bool split)
    {
        var rows = new Dictionary<string, int[]>
        {
            ["T3.R1"] = [13, 2, 0, 0, 1, 0],
            ["T3.R2"] = [1, 0, 0, 0, 0, 0],
            ["T3.R3.1"] = [6, 1, 0, 0, 0, 0],
            ["T3.R3.2"] = [2, 0, 0, 0, 0, 0],
            ["T3.R3.3.1"] = [0, 0, 0, 0, 0, 0],
            ["T3.R3.3.2"] = [0, 0, 0, 0, 0, 0],
            ["T3.R3.3.3"] = [0, 0, 0, 0, 0, 0],
            ["T3.R3.3.4"] = [1, 0, 0, 0, 0, 0],
            ["T3.R3.3.5"] = [0, 0, 0, 0, 0, 0],
            ["T3.R3.3.6"] = [0, 0, 0, 0, 0, 0],
            ["T3.R3.3.7"] = [0, 0, 0, 0, 0, 0],
            ["T3.R3.3.8"] = [0, 0, 0, 0, 0, 0],
            ["T3.R3.4.1"] = [2, 1, 0, 0, 1, 0],
            ["T3.R3.4.2"] = [0, 0, 0, 0, 0, 0],
            ["T3.R3.4.3"] = [0, 0, 0, 0, 0, 0],
            ["T3.R3.5.1"] = [0, 0, 0, 0, 0, 0],
            ["T3.R3.5.2"] = [1, 0, 0, 0, 0, 0],
            ["T3.R3.5.3"] = [0, 0, 0, 0, 0, 0],
            ["T3.R3.5.4"] = [0, 0, 0, 0, 0, 0],
            ["T3.R3.5.5"] = [0, 0, 0, 0, 0, 0],
        };
        if (split)
        {
            rows["T3.R3.6.1"] = [0, 0, 0, 0, 0, 0];
            rows["T3.R3.6.2"] = [0, 0, 0, 0, 0, 0];
            rows["T3.R3.6.3"] = [0, 0, 0, 0, 0, 0];
        }
        else
        {
            rows["T3.R3.6"] = [0, 0, 0, 0, 0, 0];
        }

        rows["T3.R3.7"] = [12, 2, 0, 0, 1, 0];
        rows["T3.R4"] = [2, 0, 0, 0, 0, 0];

        return ApplicationCells(rows);
    }

    /// <summary>表三 cells from rows of the six applicant columns; each row's 总计 is their sum.</summary>
    public static ImmutableDictionary<string, string> ApplicationCells(IReadOnlyDictionary<string, int[]> rows)
    {
        var cells = new Dictionary<string, string>();
        foreach (var (row, values) in rows)
        {
            for (var c = 0; c < 6; c++)
            {
                cells[row + "|" + ApplicantColumns[c]] = values[c].ToString(CultureInfo.InvariantCulture);
            }

            cells[row + "|T3.C.total"] = values.Sum().ToString(CultureInfo.InvariantCulture);
        }

        return cells.ToImmutableDictionary();
    }

    /// <summary>
    /// A balanced 2021 report of a large city government: numbers of four to seven digits (行政处罚 2874650, 新收 2982),
    /// non-zero 法律服务机构 and 其他 columns.
    /// </summary>
    public static ReportSpec Large2021()
    {
        var rows = new Dictionary<string, int[]>
        {
            ["T3.R1"] = [2875, 41, 3, 0, 57, 6],
            ["T3.R2"] = [29, 0, 0, 0, 0, 0],
            ["T3.R3.1"] = [1203, 20, 2, 0, 44, 3],
            ["T3.R3.2"] = [412, 6, 0, 0, 3, 1],
            ["T3.R3.3.1"] = [2, 0, 0, 0, 0, 0],
            ["T3.R3.3.2"] = [27, 1, 0, 0, 0, 0],
            ["T3.R3.3.3"] = [4, 0, 0, 0, 0, 0],
            ["T3.R3.3.4"] = [6, 0, 0, 0, 0, 0],
            ["T3.R3.3.5"] = [3, 0, 0, 0, 0, 0],
            ["T3.R3.3.6"] = [11, 0, 0, 0, 0, 0],
            ["T3.R3.3.7"] = [1, 0, 0, 0, 0, 0],
            ["T3.R3.3.8"] = [9, 0, 0, 0, 0, 0],
            ["T3.R3.4.1"] = [702, 5, 1, 0, 5, 1],
            ["T3.R3.4.2"] = [48, 0, 0, 0, 0, 0],
            ["T3.R3.4.3"] = [17, 0, 0, 0, 0, 0],
            ["T3.R3.5.1"] = [65, 0, 0, 0, 0, 0],
            ["T3.R3.5.2"] = [120, 2, 0, 0, 2, 0],
            ["T3.R3.5.3"] = [3, 0, 0, 0, 0, 0],
            ["T3.R3.5.4"] = [38, 0, 0, 0, 0, 0],
            ["T3.R3.5.5"] = [5, 0, 0, 0, 0, 0],
            ["T3.R3.6.1"] = [96, 1, 0, 0, 0, 0],
            ["T3.R3.6.2"] = [2, 0, 0, 0, 0, 0],
            ["T3.R4"] = [88, 2, 0, 0, 1, 0],
        };

        // （七）总计 = 一 + 二 − 四, and 3.其他 takes what the listed outcomes leave of it.
        var done = new int[6];
        var listed = new int[6];
        for (var c = 0; c < 6; c++)
        {
            done[c] = rows["T3.R1"][c] + rows["T3.R2"][c] - rows["T3.R4"][c];
            listed[c] = rows.Where(r => r.Key.StartsWith("T3.R3.", System.StringComparison.Ordinal)).Sum(r => r.Value[c]);
        }

        rows["T3.R3.6.3"] = done.Select((d, c) => d - listed[c]).ToArray();
        rows["T3.R3.7"] = done;

        var disclosure = new Dictionary<string, string>
        {
            ["T2.R.regulation|T2.C.issued"] = "2",
            ["T2.R.regulation|T2.C.repealed"] = "0",
            ["T2.R.regulation|T2.C.in_force"] = "9",
            ["T2.R.normative_doc|T2.C.issued"] = "11",
            ["T2.R.normative_doc|T2.C.repealed"] = "23",
            ["T2.R.normative_doc|T2.C.in_force"] = "58",
            ["T2.R.license|T2.C.decisions"] = "352417",
            ["T2.R.penalty|T2.C.decisions"] = "2874650",
            ["T2.R.coercion|T2.C.decisions"] = "61392",
            ["T2.R.admin_fee|T2.C.fee_amount"] = "84217.35",
        };

        return new ReportSpec
        {
            Version = TemplateVersion.V2021,
            Year = 2024,
            Agency = "示例市人民政府",
            OtherHandlingSplit = true,
            Cells = disclosure.ToImmutableDictionary().AddRange(ApplicationCells(rows)).AddRange(ReviewCells([[58, 41, 150, 29], [11, 3, 9, 2], [9, 1, 2, 5]])),
        };
    }

    /// <summary>
    /// A valid report built from random counts (for property tests): per applicant column, the outcome rows and 上年结转 /
    /// 结转下年度 are drawn, （七）总计 is their sum and 本年新收 is whatever balances the template's identity.
    /// </summary>
    /// <param name="draw">Returns a count in [0, max] on each call.</param>
    public static ReportSpec Random(System.Func<int, int> draw, bool version2021, bool otherHandlingSplit)
    {
        var rowIds = TemplateLayouts.ApplicationRowIds(otherHandlingSplit).ToList();
        var outcomes = rowIds.Where(r => r.StartsWith("T3.R3.", System.StringComparison.Ordinal) && r != "T3.R3.7").ToList();
        var rows = rowIds.ToDictionary(r => r, _ => new int[6]);
        for (var c = 0; c < 6; c++)
        {
            var scale = c == 0 ? 400 : 12;
            foreach (var outcome in outcomes)
            {
                rows[outcome][c] = draw(draw(1) == 0 ? 0 : scale);
            }

            var done = outcomes.Sum(o => rows[o][c]);
            rows["T3.R3.7"][c] = done;
            rows["T3.R4"][c] = draw(scale / 4);
            rows["T3.R2"][c] = draw(System.Math.Min(done + rows["T3.R4"][c], scale / 4));
            rows["T3.R1"][c] = done + rows["T3.R4"][c] - rows["T3.R2"][c];
        }

        var review = Enumerable.Range(0, 3).Select(_ => Enumerable.Range(0, 4).Select(_ => draw(30)).ToArray()).ToArray();
        string N(int max) => draw(max).ToString(CultureInfo.InvariantCulture);
        var disclosure = version2021
            ? new Dictionary<string, string>
            {
                ["T2.R.regulation|T2.C.issued"] = N(20), ["T2.R.regulation|T2.C.repealed"] = N(20), ["T2.R.regulation|T2.C.in_force"] = N(200),
                ["T2.R.normative_doc|T2.C.issued"] = N(50), ["T2.R.normative_doc|T2.C.repealed"] = N(50), ["T2.R.normative_doc|T2.C.in_force"] = N(500),
                ["T2.R.license|T2.C.decisions"] = N(500000), ["T2.R.penalty|T2.C.decisions"] = N(5000000), ["T2.R.coercion|T2.C.decisions"] = N(100000),
                ["T2.R.admin_fee|T2.C.fee_amount"] = N(99999) + "." + draw(99).ToString("00", CultureInfo.InvariantCulture),
            }
            : Disclosure2019().ToDictionary(p => p.Key, p => p.Key.Contains("procurement_amount", System.StringComparison.Ordinal) ? N(9000000) + "元" : p.Key.Contains("T2.C.change", System.StringComparison.Ordinal) ? "-" + N(9) : N(300));

        return new ReportSpec
        {
            Version = version2021 ? TemplateVersion.V2021 : TemplateVersion.V2019Trial,
            Year = version2021 ? 2021 + draw(4) : 2019 + draw(1),
            OtherHandlingSplit = otherHandlingSplit,
            SectionText = version2021 ? ReportSpec.DefaultSectionText : ReportSpec.DefaultSectionText.SetItem("S6", ["无。"]),
            Cells = disclosure.ToImmutableDictionary().AddRange(ApplicationCells(rows)).AddRange(ReviewCells(review)),
        };
    }

    /// <summary>表四 cells from the first four results of each block; each block's 总计 is their sum.</summary>
    public static ImmutableDictionary<string, string> ReviewCells(int[][] blocksOfFour)
    {
        string[] blocks = ["review", "lit_direct", "lit_after_review"];
        string[] results = ["upheld", "corrected", "other", "pending"];
        var cells = new Dictionary<string, string>();
        for (var b = 0; b < 3; b++)
        {
            for (var r = 0; r < 4; r++)
            {
                cells["T4.R.count|T4.C." + blocks[b] + "." + results[r]] = blocksOfFour[b][r].ToString(CultureInfo.InvariantCulture);
            }

            cells["T4.R.count|T4.C." + blocks[b] + ".total"] = blocksOfFour[b].Sum().ToString(CultureInfo.InvariantCulture);
        }

        return cells.ToImmutableDictionary();
    }

    /// <summary>表四: 复议 1 0 1 0 = 2; 直接起诉 0 1 0 1 = 2; 复议后起诉 0 0 0 0 = 0.</summary>
    public static ImmutableDictionary<string, string> Review()
    {
        string[] blocks = ["review", "lit_direct", "lit_after_review"];
        string[] results = ["upheld", "corrected", "other", "pending", "total"];
        int[][] values = [[1, 0, 1, 0, 2], [0, 1, 0, 1, 2], [0, 0, 0, 0, 0]];
        var cells = new Dictionary<string, string>();
        for (var b = 0; b < 3; b++)
        {
            for (var r = 0; r < 5; r++)
            {
                cells["T4.R.count|T4.C." + blocks[b] + "." + results[r]] = values[b][r].ToString(CultureInfo.InvariantCulture);
            }
        }

        return cells.ToImmutableDictionary();
    }
}
