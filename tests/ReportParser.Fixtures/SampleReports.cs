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
