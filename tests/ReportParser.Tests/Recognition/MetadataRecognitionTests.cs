using System.Linq;
using ReportParser.Fixtures;
using ReportParser.Model;
using ReportParser.Tests.Rules;
using ReportParser.Tests.Infrastructure;

namespace ReportParser.Tests.Recognition;

public sealed class MetadataRecognitionTests
{
    [Fact]
    public void A_breadcrumb_left_in_the_text_does_not_hide_the_title_with_the_year()
    {
        // A portal page saved as Word (or converted to HTML by another tool) keeps its breadcrumb as an ordinary paragraph.
        var html = HtmlReportWriter.Write(SampleReports.Balanced2021())
            .Replace("<div class=\"article\">", "<div class=\"article\">\n<p>当前位置：首页 &gt; 政府信息公开 &gt; 政府信息公开年度报告</p>", System.StringComparison.Ordinal);

        var result = Check.Html(html);

        result.Report.Title.Should().Be("示例县人民政府办公室2023年政府信息公开工作年度报告");
        result.Report.Agency.Should().Be("示例县人民政府办公室");
        result.Report.Year.Should().Be(2023);
    }
}

public sealed class StatisticsPeriodTests
{
    [Theory]
    [InlineData("本报告中所列数据的统计期限为2022年1月1日至12月31日。", 2022)]
    [InlineData("本报告统计数据从 2022 年 1 月 1 日到 12 月 31 日。", 2022)]
    [InlineData("本报告所列数据统计期限自２０２２年１月１日起。", 2022)]
    public void The_year_the_title_lacks_comes_from_the_same_period_the_year_rule_judges(string sentence, int year)
    {
        // One parse (StatisticsPeriodFinder) serves both stages: the year recognised from the sentence is the year the
        // rule holds the sentence to, so the two can never disagree into a false RP0612/RP0613.
        var html = HtmlReportWriter.Write(SampleReports.Balanced2021())
            .Replace("2023年政府信息公开工作年度报告", "政府信息公开工作年度报告", System.StringComparison.Ordinal)
            .Replace("<div class=\"article\">", "<div class=\"article\">\n<p>" + sentence + "</p>", System.StringComparison.Ordinal);

        var result = Check.Html(html);

        result.Report.Year.Should().Be(year);
        result.Report.Narrative.Period.Should().NotBeNull();
        result.Report.Narrative.Period!.StartYear.Should().Be(year);
        result.Diagnostics.Select(d => d.Id).Should().NotContain(["RP0612", "RP0613"]);
    }

    [Fact]
    public void A_lone_reference_date_is_not_a_period_and_does_not_give_the_year()
    {
        var html = HtmlReportWriter.Write(SampleReports.Balanced2021())
            .Replace("2023年政府信息公开工作年度报告", "政府信息公开工作年度报告", System.StringComparison.Ordinal)
            .Replace("<div class=\"article\">", "<div class=\"article\">\n<p>本报告统计数据截止2022年6月30日。</p>", System.StringComparison.Ordinal);

        var result = Check.Html(html);

        // The sample's own period sentence (2023) follows the reference date and is the one taken.
        result.Report.Year.Should().Be(2023);
        result.Report.Narrative.Period!.StartYear.Should().Be(2023);
    }

    [Fact]
    public void The_facts_of_the_text_are_read_once_in_recognition_and_carried_by_the_report()
    {
        var result = Check.Spec(SampleReports.Balanced2021().WithParagraph("S1", "全年共收到政府信息公开申请7件。"));

        result.Report.Narrative.Facts.Should().Contain(f => f.Kind == FactKind.Received && f.Value == 7m && f.Sentence.SectionId == "S1");
    }
}
