using System.Collections.Generic;
using System.Text;

namespace ReportParser.Fixtures;

/// <summary>Every generated fixture. <c>tools/ReportParser.FixtureGenerator</c> writes them; a test checks the committed files are current.</summary>
public static class FixtureCatalog
{
    public static IReadOnlyList<FixtureDefinition> All { get; } = Build();

    private static byte[] Html(ReportSpec spec) => new UTF8Encoding(false).GetBytes(HtmlReportWriter.Write(spec));

    private static List<FixtureDefinition> Build() =>
    [
        new("samples/balanced_2021.html", "A 2023 report in the official 2021 format; every identity holds.", SampleReports.Balanced2021(), Html, []),
        new("samples/balanced_2019_trial.html", "A 2020 report in the 2019 trial format (single （六）其他处理 row, 2019 表二).", SampleReports.Balanced2019(), Html, []),
        new(
            "samples/unbalanced_applications_2021.html",
            "表三 自然人 新收 raised from 13 to 14 with its row total: the 勾稽关系 breaks in 自然人 and 总计.",
            SampleReports.Balanced2021().WithCell("T3.R1", "T3.C.natural_person", "14").WithCell("T3.R1", "T3.C.total", "17"),
            Html,
            ["RULE.T3.BALANCE"]),
        new(
            "samples/review_total_wrong_2021.html",
            "表四 未经复议直接起诉 总计 printed as 3 instead of 2.",
            SampleReports.Balanced2021().WithCell("T4.R.count", "T4.C.lit_direct.total", "3"),
            Html,
            ["RULE.T4.BLOCK_TOTAL"]),
        new(
            "samples/missing_section_2021.html",
            "Section 五 missing and 六 numbered 五.",
            SampleReports.Balanced2021().WithoutSection("S5").WithHeading("S6", "五、其他需要报告的事项"),
            Html,
            ["RULE.S.HEADINGS"]),
    ];
}
