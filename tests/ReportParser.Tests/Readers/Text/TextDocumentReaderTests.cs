using System.IO;
using System.Linq;
using System.Text;
using ReportParser.Diagnostics;
using ReportParser.Documents;
using ReportParser.Model;
using ReportParser.Tests.Infrastructure;

namespace ReportParser.Tests.Readers.Text;

/// <summary>The text reader (issue 13): tab-separated tables, headings, paragraphs, line locations, encodings, detection.</summary>
public sealed class TextDocumentReaderTests
{
    private static SourceDocument Read(string text, string name = "report.md", Encoding? encoding = null)
    {
        var bytes = (encoding ?? new UTF8Encoding(false)).GetPreamble().Concat((encoding ?? new UTF8Encoding(false)).GetBytes(text)).ToArray();
        return ReportChecker.Default.Read(new MemoryStream(bytes), SourceFormat.Unknown, name);
    }

    [Fact]
    public void Tab_separated_lines_are_one_table_with_a_cell_per_slot_located_by_line_and_character()
    {
        var document = Read("# 标题\n\n规章\t0\t12\t\n行政规范性文件\t\t3\t\n\n正文\n");

        document.Format.Should().Be(SourceFormat.Text);
        var table = document.Blocks.OfType<TableBlock>().Should().ContainSingle().Subject;
        table.RowCount.Should().Be(2);
        table.ColumnCount.Should().Be(3, "the trailing empty slot of every row is dropped");
        table.GetCell(0, 2)!.Text.Should().Be("12");
        table.GetCell(0, 2)!.Provenance.Should().Be(new BlockProvenance { Line = 3, Character = 6, Method = ReadingMethod.Text });
        table.GetCell(1, 1)!.Text.Should().Be(string.Empty, "an empty slot is a blank cell, so the value after it keeps its column");
        table.GetCell(1, 2)!.Text.Should().Be("3");
        table.Provenance.Line.Should().Be(3);
    }

    [Fact]
    public void A_label_repeated_into_the_value_cell_and_a_value_glued_to_its_label_are_separated()
    {
        var document = Read("信息内容\t信息内容    本年处理决定数量\t\t\n行政许可\t行政许可 0\t\t\n行政处罚 17\t\t\t\n");

        var table = document.Blocks.OfType<TableBlock>().Single();
        Enumerable.Range(0, 3).Select(r => (table.GetCell(r, 0)!.Text, table.GetCell(r, 1)!.Text)).Should().Equal(
            ("信息内容", "本年处理决定数量"), ("行政许可", "0"), ("行政处罚", "17"));
        table.GetCell(2, 1)!.Provenance.Character.Should().Be(6);
    }

    [Fact]
    public void Loose_label_number_lines_under_a_glued_header_line_are_a_table()
    {
        var document = Read("第二十条第（六）项\n信息内容本年处理决定数量\n行政处罚 0\n行政强制  17\n全年共收到申请 5 件\n");

        var table = document.Blocks.OfType<TableBlock>().Should().ContainSingle().Subject;
        table.RowCount.Should().Be(3);
        table.GetCell(0, 0)!.Text.Should().Be("信息内容本年处理决定数量");
        (table.GetCell(2, 0)!.Text, table.GetCell(2, 1)!.Text).Should().Be(("行政强制", "17"));
        table.GetCell(2, 1)!.Provenance.Should().Be(new BlockProvenance { Line = 4, Character = 7, Method = ReadingMethod.Text });
        document.Blocks.OfType<ParagraphBlock>().Select(p => p.Text).Should().Equal("第二十条第（六）项", "全年共收到申请 5 件");
    }

    [Fact]
    public void Label_number_lines_under_a_sentence_or_a_numbered_heading_stay_running_text()
    {
        var document = Read("六、其他需要报告的事项\n全年收取信息处理费 0\n\n本年度，收费情况如下\n信息处理费 0\n");

        document.Blocks.OfType<TableBlock>().Should().BeEmpty();
        document.Blocks.OfType<ParagraphBlock>().Select(p => p.Text).Should().Contain("全年收取信息处理费 0");
    }

    [Fact]
    public void A_glued_value_is_not_split_when_the_row_has_numbers_of_its_own()
    {
        var table = Read("规章 2\t0\t1\n").Blocks.OfType<TableBlock>().Single();

        table.GetCell(0, 0)!.Text.Should().Be("规章 2");
        table.GetCell(0, 1)!.Text.Should().Be("0");
    }

    [Fact]
    public void Markdown_headings_outline_lines_and_list_items_stand_alone_other_lines_join_their_paragraph()
    {
        var document = Read("#### 一、总体情况\n\n第一行\n第二行\n二、主动公开政府信息情况\n- 一是加强\n");

        document.Blocks.OfType<ParagraphBlock>().Select(p => (p.Text, p.HeadingLevel, p.Provenance.Line)).Should().Equal(
            ("一、总体情况", 4, (int?)1), ("第一行\n第二行", 0, 3), ("二、主动公开政府信息情况", 0, 5), ("一是加强", 0, 6));
        document.Title.Should().Be("一、总体情况");
    }

    [Fact]
    public void A_markdown_pipe_table_keeps_every_cell_of_a_row_longer_than_its_header()
    {
        var document = Read("| 维持 | 纠正 | 总计 |\n|---|---|---|\n| 40 | 0 | 10 | 5 \\| 6 |\n");

        var table = document.Blocks.OfType<TableBlock>().Should().ContainSingle().Subject;
        table.RowCount.Should().Be(2, "the delimiter row is not a row");
        table.ColumnCount.Should().Be(4);
        table.GetRow(1).Select(c => c.Text).Should().Equal("40", "0", "10", "5 | 6");
        table.GetCell(1, 2)!.Provenance.Should().Be(new BlockProvenance { Line = 3, Character = 12, Method = ReadingMethod.Text });
        table.GetCell(0, 3).Should().BeNull("a short row leaves a hole, not a blank cell");
    }

    [Theory]
    [InlineData("gb18030")]
    [InlineData("utf-16")]
    [InlineData("utf-8")]
    public void Chinese_text_is_decoded_in_every_encoding_the_html_reader_accepts(string name)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var document = Read("行政许可\t0\n", "report.txt", Encoding.GetEncoding(name));

        document.Diagnostics.Should().BeEmpty();
        document.Blocks.OfType<TableBlock>().Single().GetCell(0, 0)!.Text.Should().Be("行政许可");
    }

    [Fact]
    public void Text_without_an_extension_is_detected_by_its_content()
    {
        var document = Read("2023年政府信息公开工作年度报告\n\n规章\t0\t0\t0\n", "download");

        document.Format.Should().Be(SourceFormat.Text);
        document.IsUnreadable.Should().BeFalse();
        document.Diagnostics.Should().BeEmpty();
    }

    [Fact]
    public void Binary_content_named_txt_is_still_an_unsupported_format()
    {
        var result = Check.Bytes(Enumerable.Range(0, 2000).Select(i => (byte)(i * 7 % 32)).ToArray(), "notes.txt");

        result.Status.Should().Be(ReportStatus.Unreadable);
        result.Ids().Should().Equal(DiagnosticIds.UnsupportedFormat);
    }
}
