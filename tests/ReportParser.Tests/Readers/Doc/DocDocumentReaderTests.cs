using System;
using System.IO;
using System.Linq;
using ReportParser.Diagnostics;
using ReportParser.Documents;

namespace ReportParser.Tests.Readers.Doc;

/// <summary>
/// The <c>.doc</c> reader on documents built structure by structure (<see cref="WordBinaryBuilder"/>): text and
/// pieces, paragraph and character properties, fields, special characters, styles, and tables with every way Word
/// 97–2003 records merges.
/// </summary>
public sealed class DocDocumentReaderTests
{
    [Fact]
    public void Paragraphs_are_read_in_order_with_their_format_and_path()
    {
        var document = Read(new WordBinaryBuilder().Paragraph("一、总体情况\r").Paragraph("\r").Paragraph("正文内容。\r"));

        document.Format.Should().Be(SourceFormat.Doc);
        document.IsUnreadable.Should().BeFalse();
        document.Diagnostics.Should().BeEmpty();
        document.Blocks.Should().AllBeOfType<ParagraphBlock>();
        document.Blocks.Select(b => b.ToString()).Should().Equal("一、总体情况", "正文内容。");
        document.Blocks.Select(b => b.Provenance.Path).Should().Equal("body/p[1]", "body/p[3]");
    }

    [Fact]
    public void Heading_levels_come_from_the_outline_level_or_the_style_chain()
    {
        var builder = new WordBinaryBuilder()
            .Style(0)                       // istd 0: Normal
            .Style(2)                       // istd 1: heading 2
            .Style(0x0FFE, basedOn: 1)      // istd 2: a user style based on heading 2
            .Style(0x0FFE, outline: 0)      // istd 3: a user style with outline level 1
            .Paragraph("标题二\r", style: 1)
            .Paragraph("派生标题\r", style: 2)
            .Paragraph("大纲一级\r", style: 3)
            .Paragraph("直接大纲\r", Sprms.Outline(2))
            .Paragraph("正文大纲\r", Sprms.Outline(9), style: 1)
            .Paragraph("正文\r");

        var levels = Read(builder).Blocks.Cast<ParagraphBlock>().Select(p => (p.Text, p.HeadingLevel));

        levels.Should().Equal(("标题二", 2), ("派生标题", 2), ("大纲一级", 1), ("直接大纲", 3), ("正文大纲", 0), ("正文", 0));
    }

    [Fact]
    public void Compressed_pieces_are_windows_1252_and_pieces_join_in_order()
    {
        // The bytes 0x93, 0x94 and 0x96 are curly quotes and an en dash in Windows-1252, not C1 controls.
        var builder = new WordBinaryBuilder { Compressed = true }.Paragraph("Smart \u0093quotes\u0094 \u0096 caf\u00E9\r");
        builder.PieceBreaks.Add(6);

        Read(builder).Blocks.Single().ToString().Should().Be("Smart \u201Cquotes\u201D \u2013 caf\u00E9");
    }

    [Fact]
    public void Fields_are_read_as_their_results_and_instructions_are_dropped()
    {
        var text = "见\u0013 HYPERLINK \"http://x\" \u0014网站\u0015，第\u0013 PAGE \u00143\u0015页\u0013 TC \"目录项\" \u0015。"
            + "嵌套\u0013 IF \u0013 DATE \u0014x\u0015 \u0014结果\u0013 REF a \u0014内\u0015\u0015完\r";

        Read(new WordBinaryBuilder().Paragraph(text)).Blocks.Single().ToString().Should().Be("见网站，第3页。嵌套结果内完");
    }

    [Fact]
    public void A_field_instruction_left_open_ends_with_its_paragraph()
    {
        var document = Read(new WordBinaryBuilder().Paragraph("甲\u0013 BROKEN 乙\r").Paragraph("丙\r"));

        document.Blocks.Select(b => b.ToString()).Should().Equal("甲", "丙");
    }

    [Fact]
    public void Special_characters_are_dropped_and_breaks_become_text()
    {
        var text = "图\u0001表\u0008注\u0002号\u0005 一\t二\v三\u001E四\u001F五\u000C六\r";

        Read(new WordBinaryBuilder().Paragraph(text)).Blocks.Single().ToString().Should().Be("图表注号 一 二\n三-四五\n六");
    }

    [Fact]
    public void Hidden_and_deleted_text_is_not_read()
    {
        var builder = new WordBinaryBuilder().Paragraph("保留隐藏删除保留\r")
            .Characters(2, 4, Sprms.Vanish)
            .Characters(4, 6, Sprms.Deleted);

        Read(builder).Blocks.Single().ToString().Should().Be("保留保留");
    }

    [Fact]
    public void Only_the_main_document_is_read()
    {
        // A paragraph past ccpText (a header, a footnote) is not part of the body.
        var builder = new WordBinaryBuilder().Paragraph("正文\r").Paragraph("页眉文字\r");
        builder.MainLength = 3;

        Read(builder).Blocks.Select(b => b.ToString()).Should().Equal("正文");
    }

    [Fact]
    public void A_symbol_character_is_not_text_but_a_plain_parenthesis_is()
    {
        var builder = new WordBinaryBuilder().Paragraph("（一）(甲)(\r").Characters(6, 7, Sprms.Special);

        Read(builder).Blocks.Single().ToString().Should().Be("（一）(甲)");
    }

    [Fact]
    public void A_large_picture_is_an_image_after_its_paragraph_and_a_small_one_is_decoration()
    {
        var data = new byte[200];
        Picf(data, 0, 1440, 1440);
        Picf(data, 100, 300, 1440);
        var builder = new WordBinaryBuilder { Data = data }.Paragraph("图\u0001\u0001文\r")
            .Characters(1, 2, Sprms.Of(Sprms.Special, Sprms.PictureAt(0)))
            .Characters(2, 3, Sprms.Of(Sprms.Special, Sprms.PictureAt(100)));

        var blocks = Read(builder).Blocks;

        blocks.Select(b => b.GetType().Name).Should().Equal(nameof(ParagraphBlock), nameof(ImageBlock));
        blocks[1].Provenance.Path.Should().Be("body/p[1]");
    }

    [Fact]
    public void A_wps_file_in_the_Word_format_is_read_like_a_doc()
    {
        var asDoc = Read(DocRefusalTests.Report(), "报告.doc");
        var asWps = Read(DocRefusalTests.Report(), "报告.wps");

        asWps.Format.Should().Be(SourceFormat.Doc);
        asWps.Diagnostics.Should().BeEmpty();
        asWps.Blocks.Select(b => b.ToString()).Should().Equal(asDoc.Blocks.Select(b => b.ToString()));
        asWps.Blocks.OfType<TableBlock>().Single().GetCell(1, 1)!.Text.Should().Be("120");
    }

    [Fact]
    public void The_content_decides_the_reader_and_a_wrong_extension_is_noted()
    {
        var document = Read(DocRefusalTests.Report(), "report.docx");

        document.Format.Should().Be(SourceFormat.Doc);
        document.IsUnreadable.Should().BeFalse();
        var finding = document.Diagnostics.Should().ContainSingle().Subject;
        finding.Id.Should().Be(DiagnosticIds.FormatMismatch);
        finding.Arguments.Should().Equal("DOCX", "Word 97-2003 (.doc/.wps)");
    }

    private static void Picf(byte[] data, int at, short width, short height)
    {
        BitConverter.GetBytes(68).CopyTo(data, at);
        BitConverter.GetBytes(width).CopyTo(data, at + 28);
        BitConverter.GetBytes(height).CopyTo(data, at + 30);
        BitConverter.GetBytes((ushort)1000).CopyTo(data, at + 32);
        BitConverter.GetBytes((ushort)1000).CopyTo(data, at + 34);
    }

    internal static SourceDocument Read(WordBinaryBuilder builder, string name = "report.doc") =>
        ReportChecker.Default.Read(new MemoryStream(builder.Build()), SourceFormat.Unknown, name);
}
