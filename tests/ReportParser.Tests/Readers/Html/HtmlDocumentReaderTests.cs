using System.IO;
using System.Linq;
using System.Text;
using ReportParser.Diagnostics;
using ReportParser.Documents;
using ReportParser.Fixtures;
using ReportParser.Model;
using ReportParser.Tests.Infrastructure;

namespace ReportParser.Tests.Readers.Html;

public sealed class HtmlDocumentReaderTests
{
    private static string Page(string body, string head = "<meta charset=\"utf-8\">") =>
        "<!DOCTYPE html><html><head>" + head + "<title>t</title></head><body>" + body + "</body></html>";

    [Fact]
    public void Cell_text_split_over_spans_fonts_and_o_p_is_joined_without_spaces()
    {
        var document = Check.ReadHtml(Page("""
            <table border="1"><tr>
              <td><p><span>申请人情</span><span>况</span></p></td>
              <td><p><font face="宋体">总</font><font>计</font><o:p></o:p></p></td>
              <td><span>2</span><span>6</span></td>
            </tr><tr><td>a</td><td>b</td><td>c</td></tr></table>
            """));

        var table = document.Blocks.OfType<TableBlock>().Single();
        table.GetCell(0, 0)!.Text.Should().Be("申请人情况");
        table.GetCell(0, 1)!.Text.Should().Be("总计");
        table.GetCell(0, 2)!.Text.Should().Be("26");
    }

    [Fact]
    public void Paragraphs_and_br_inside_a_cell_become_lines()
    {
        var document = Check.ReadHtml(Page("<table><tr><td><p>本年新</p><p>制作数量</p></td><td>本年<br/>废止件数</td></tr><tr><td>1</td><td>2</td></tr></table>"));

        var table = document.Blocks.OfType<TableBlock>().Single();
        table.GetCell(0, 0)!.Text.Should().Be("本年新\n制作数量");
        table.GetCell(0, 1)!.Text.Should().Be("本年\n废止件数");
    }

    [Fact]
    public void Rowspan_and_colspan_are_resolved_into_a_grid()
    {
        var document = Check.ReadHtml(Page("""
            <table>
              <tr><td rowspan="3" colspan="2">corner</td><td colspan="3">head</td></tr>
              <tr><td rowspan="2">a</td><td colspan="2">b</td></tr>
              <tr><td>c</td><td>d</td></tr>
              <tr><td colspan="2">label</td><td>1</td><td>2</td><td>3</td></tr>
            </table>
            """));

        var table = document.Blocks.OfType<TableBlock>().Single();
        table.RowCount.Should().Be(4);
        table.ColumnCount.Should().Be(5);
        table.GetCell(2, 1)!.Text.Should().Be("corner");
        table.GetCell(2, 2)!.Text.Should().Be("a");
        table.GetCell(2, 3)!.Text.Should().Be("c");
        table.GetCell(2, 4)!.Text.Should().Be("d");
        table.GetCell(3, 4)!.Text.Should().Be("3");
        table.GetCell(0, 0)!.RowSpan.Should().Be(3);
    }

    [Fact]
    public void Overlapping_spans_are_clipped_instead_of_failing()
    {
        var document = Check.ReadHtml(Page("""
            <table>
              <tr><td rowspan="2">a</td><td>b</td></tr>
              <tr><td colspan="5">c</td></tr>
              <tr><td rowspan="9">d</td><td>e</td></tr>
            </table>
            """));

        var table = document.Blocks.OfType<TableBlock>().Single();
        table.GetCell(1, 1)!.Text.Should().Be("c");
        table.GetCell(2, 0)!.RowSpan.Should().Be(1);
    }

    [Fact]
    public void A_GBK_page_declared_in_a_meta_tag_is_decoded()
    {
        var html = Page("<p>一、总体情况</p><p>沭阳县发展和改革局</p>", "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">");
        var bytes = GbkBytes(html);

        var document = ReportChecker.Default.Read(new MemoryStream(bytes), SourceFormat.Html, "gbk.html");

        document.Blocks.OfType<ParagraphBlock>().Select(p => p.Text).Should().Equal("一、总体情况", "沭阳县发展和改革局");
        document.Diagnostics.Should().BeEmpty();
    }

    [Fact]
    public void A_GB18030_page_without_any_declaration_is_sniffed()
    {
        var bytes = GbkBytes("<html><body><p>四、政府信息公开行政复议、行政诉讼情况</p></body></html>");

        var document = ReportChecker.Default.Read(new MemoryStream(bytes), SourceFormat.Html, "sniffed.html");

        document.Blocks.OfType<ParagraphBlock>().Single().Text.Should().Be("四、政府信息公开行政复议、行政诉讼情况");
    }

    [Fact]
    public void A_UTF8_page_that_still_declares_gb2312_is_read_as_UTF8()
    {
        var bytes = Encoding.UTF8.GetBytes(Page("<p>结转下年度继续办理</p>", "<meta charset=\"gb2312\">"));

        var document = ReportChecker.Default.Read(new MemoryStream(bytes), SourceFormat.Html, "resaved.html");

        document.Blocks.OfType<ParagraphBlock>().Single().Text.Should().Be("结转下年度继续办理");
    }

    [Fact]
    public void A_UTF8_byte_order_mark_wins()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes(Page("<p>予以公开</p>", "<meta charset=\"gbk\">"))).ToArray();

        ReportChecker.Default.Read(new MemoryStream(bytes), SourceFormat.Html, "bom.html")
            .Blocks.OfType<ParagraphBlock>().Single().Text.Should().Be("予以公开");
    }

    [Fact]
    public void Undecodable_bytes_are_reported_as_RP0110()
    {
        var bytes = Encoding.UTF8.GetBytes(Page("<p>ok</p>")).Concat(new byte[] { 0xFF, 0xFF, 0x81 }).ToArray();

        var document = ReportChecker.Default.Read(new MemoryStream(bytes), SourceFormat.Html, "bad.html");

        document.Diagnostics.Should().ContainSingle().Which.Id.Should().Be(DiagnosticIds.EncodingUncertain);
    }

    [Fact]
    public void Navigation_breadcrumbs_metadata_box_and_footer_are_left_out()
    {
        var report = HtmlReportWriter.Write(SampleReports.Balanced2021());
        var article = report.Substring(report.IndexOf("<div class=\"article\">", System.StringComparison.Ordinal));
        article = article.Substring(0, article.IndexOf("</body>", System.StringComparison.Ordinal));
        var page = Page($"""
            <div class="header"><ul class="nav"><li><a href="/">首页</a></li><li><a href="/zwgk">政务公开</a></li></ul></div>
            <div class="breadcrumb">当前位置：首页 &gt; 政府信息公开 &gt; 年度报告</div>
            <div class="main">
              <table class="meta"><tr><td>索引号</td><td>014314799/2024-00002</td><td>发布机构</td><td>示例县人民政府办公室</td></tr>
                <tr><td>公开日期</td><td>2024-01-17</td><td>分类</td><td>年度报告</td></tr></table>
              {article}
            </div>
            <footer>主办单位：示例县人民政府办公室 版权所有 ICP备案号 12345678</footer>
            <script>var x = "一、总体情况";</script>
            """);

        var document = Check.ReadHtml(page);
        var result = ReportChecker.Default.Check(document);

        var texts = document.Blocks.OfType<ParagraphBlock>().Select(p => p.Text).ToList();
        texts.Should().NotContain(t => t.Contains("首页") || t.Contains("版权所有") || t.Contains("var x"));
        document.Blocks.OfType<TableBlock>().Should().HaveCount(3, "the 索引号 box is not part of the report body");
        result.Diagnostics.Should().BeEmpty();
        result.Report.Agency.Should().Be("示例县人民政府办公室");
    }

    [Fact]
    public void Tables_nested_in_a_layout_table_are_read_as_report_tables()
    {
        var report = HtmlReportWriter.Write(SampleReports.Balanced2021());
        var body = report.Substring(report.IndexOf("<body>", System.StringComparison.Ordinal) + 6);
        body = body.Substring(0, body.IndexOf("</body>", System.StringComparison.Ordinal));
        var page = Page($"<table width=\"100%\"><tr><td class=\"left\"><a href=\"/a\">栏目</a></td></tr><tr><td>{body}</td></tr></table>");

        var result = Check.Html(page);

        result.Diagnostics.Should().BeEmpty();
        result.Report.Applications![ApplicationRow.OutcomeTotal, ApplicantColumn.Total].Raw.Should().Be("15");
        result.Report.ReviewLitigation![ReviewLitigationColumn.DirectSuitTotal].Number.Should().Be(2m);
    }

    [Fact]
    public void Hidden_elements_are_skipped()
    {
        var document = Check.ReadHtml(Page("<p>可见</p><p style=\"display: none\">不可见</p><div hidden>也不可见</div>"));

        document.Blocks.OfType<ParagraphBlock>().Select(p => p.Text).Should().Equal("可见");
    }

    [Fact]
    public void Every_block_and_cell_has_a_DOM_path()
    {
        var document = Check.ReadHtml(Page("<div><p>一、总体情况</p><table><tr><td>a</td><td>b</td></tr><tr><td>c</td><td>d</td></tr></table></div>"));

        document.Blocks.OfType<ParagraphBlock>().Single().Provenance.Path.Should().Be("body/div/p");
        var table = document.Blocks.OfType<TableBlock>().Single();
        table.Provenance.Path.Should().Be("body/div/table");
        table.GetCell(1, 1)!.Provenance.Path.Should().Be("body/div/table/tr[2]/td[2]");
    }

    private static byte[] GbkBytes(string text)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("GB18030").GetBytes(text);
    }
}
