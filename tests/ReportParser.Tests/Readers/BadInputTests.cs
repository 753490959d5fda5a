using System.Linq;
using System.Text;
using ReportParser.Diagnostics;
using ReportParser.Model;
using ReportParser.Tests.Infrastructure;

namespace ReportParser.Tests.Readers;

public sealed class BadInputTests
{
    [Fact]
    public void An_empty_file_is_unreadable_with_RP0101()
    {
        var result = Check.Bytes([], "empty.html");

        result.Status.Should().Be(ReportStatus.Unreadable);
        result.Ids().Should().Equal(DiagnosticIds.FileEmpty);
    }

    [Fact]
    public void Binary_data_is_an_unsupported_format()
    {
        var result = Check.Bytes(Enumerable.Range(0, 2000).Select(i => (byte)(i * 7 % 32)).ToArray(), "junk.html");

        result.Status.Should().Be(ReportStatus.Unreadable);
        var finding = result.Diagnostics.Should().ContainSingle().Subject;
        finding.Id.Should().Be(DiagnosticIds.UnsupportedFormat);
        finding.Arguments.Should().Equal("binary data");
    }

    [Fact]
    public void A_compound_file_with_a_broken_header_gets_RP0102_naming_the_format()
    {
        var ole = new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }.Concat(new byte[512]).ToArray();

        var result = Check.Bytes(ole, "report.doc");

        result.Status.Should().Be(ReportStatus.Unreadable);
        var finding = result.Diagnostics.Should().ContainSingle().Subject;
        finding.Id.Should().Be(DiagnosticIds.FileCorrupt);
        finding.Arguments.Should().Equal("Word 97-2003 (.doc/.wps)", "the compound file header declares a sector shift of 0 (only 9 and 12 exist)");
    }

    [Fact]
    public void An_HTML_page_that_is_not_a_report_is_not_a_report()
    {
        var result = Check.Html("<html><head><title>首页</title></head><body><p>欢迎访问示例县人民政府网站。</p><table><tr><td>新闻</td><td>通知</td></tr></table></body></html>");

        result.Status.Should().Be(ReportStatus.NotAReport);
        result.Ids().Should().Equal(DiagnosticIds.NotAReport);
    }

    [Fact]
    public void A_page_that_only_links_the_report_as_an_attachment_says_so()
    {
        var result = Check.Html("""
            <html><head><title>示例县2023年政府信息公开工作年度报告</title></head><body>
            <div class="content"><p>示例县2023年政府信息公开工作年度报告已发布，请下载附件查看。</p>
            <p>附件：<a href="/files/2024/ndbg.pdf">示例县2023年政府信息公开工作年度报告.pdf</a></p></div>
            </body></html>
            """);

        result.Status.Should().Be(ReportStatus.NotAReport);
        var finding = result.Diagnostics.Should().ContainSingle().Subject;
        finding.Id.Should().Be(DiagnosticIds.ReportIsAttachment);
        finding.Arguments.Should().Equal("示例县2023年政府信息公开工作年度报告.pdf");
    }

    [Fact]
    public void A_report_page_whose_tables_are_missing_gets_RP0403_for_each()
    {
        var result = Check.Html("""
            <html><body><h1>某局2023年政府信息公开工作年度报告</h1>
            <p>一、总体情况</p><p>正文。</p><p>二、主动公开政府信息情况</p><p>三、收到和处理政府信息公开申请情况</p>
            <p>四、政府信息公开行政复议、行政诉讼情况</p><p>五、存在的主要问题及改进情况</p><p>六、其他需要报告的事项</p><p>无收费。</p>
            </body></html>
            """);

        result.Status.Should().Be(ReportStatus.Checked);
        result.Diagnostics.Where(d => d.Id == DiagnosticIds.TableMissing).Select(d => d.Location.Table).Should().Equal("T2", "T3", "T4");
    }

    [Fact]
    public void A_PDF_saved_with_an_html_extension_is_noticed()
    {
        var result = Check.Bytes(Encoding.ASCII.GetBytes("%PDF-1.7\n%junk"), "report.html");

        result.Diagnostics.Should().Contain(d => d.Id == DiagnosticIds.FormatMismatch && d.Arguments.SequenceEqual(new object[] { "HTML", "PDF" }));
        result.Status.Should().Be(ReportStatus.Unreadable);
    }

    [Fact]
    public void A_file_over_the_size_limit_is_refused_before_parsing()
    {
        var result = Check.Bytes(new byte[2048], "big.html", ReportCheckerOptions.Default with { MaxFileBytes = 1024 });

        result.Status.Should().Be(ReportStatus.Unreadable);
        result.Diagnostics.Should().ContainSingle().Which.Id.Should().Be(DiagnosticIds.ResourceLimitExceeded);
    }

    [Fact]
    public void An_absurd_colspan_table_is_refused_with_RP0108_and_the_rest_is_read()
    {
        var result = Check.Html("<html><body><p>一、总体情况</p><table><tr><td colspan=\"1000\">x</td></tr><tr><td colspan=\"1000\">y</td></tr></table></body></html>",
            options: ReportCheckerOptions.Default with { MaxTableGridPositions = 500 });

        result.Diagnostics.Should().Contain(d => d.Id == DiagnosticIds.ResourceLimitExceeded);
    }
}
