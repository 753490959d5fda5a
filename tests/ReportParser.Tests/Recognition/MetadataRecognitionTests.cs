using ReportParser.Fixtures;
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
