using System.Linq;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using ReportParser.Diagnostics;
using ReportParser.Documents;
using static ReportParser.Tests.Readers.Docx.W;

namespace ReportParser.Tests.Readers.Docx;

public sealed class DocxDocumentReaderTests
{
    private static TableBlock SingleTable(SourceDocument document) => document.Blocks.OfType<TableBlock>().Single();

    private static string[] Texts(SourceDocument document) => document.Blocks.OfType<ParagraphBlock>().Select(p => p.Text).ToArray();

    [Fact]
    public void GridSpan_vMerge_gridBefore_and_gridAfter_are_resolved_into_a_grid()
    {
        var document = DocxBuilder.FromBody(Tbl(
            Tr(Tc("corner", span: 2, vMerge: "restart"), Tc("head", span: 3)),
            Tr(Tc(string.Empty, span: 2, vMerge: "continue"), Tc("a", vMerge: "restart"), Tc("b", span: 2)),
            Tr(Tc(string.Empty, span: 2, vMerge: string.Empty), Tc(string.Empty, vMerge: "continue"), Tc("c"), Tc("d")),
            TrWith("<w:gridBefore w:val=\"1\"/><w:gridAfter w:val=\"1\"/>", Tc("label"), Tc("1"), Tc("2")))).Read();

        var table = SingleTable(document);
        table.RowCount.Should().Be(4);
        table.ColumnCount.Should().Be(5);
        table.Cells.Select(c => (c.Text, c.Row, c.Column, c.RowSpan, c.ColumnSpan)).Should().Equal(
            ("corner", 0, 0, 3, 2), ("head", 0, 2, 1, 3),
            ("a", 1, 2, 2, 1), ("b", 1, 3, 1, 2),
            ("c", 2, 3, 1, 1), ("d", 2, 4, 1, 1),
            ("label", 3, 1, 1, 1), ("1", 3, 2, 1, 1), ("2", 3, 3, 1, 1));
        table.GetCell(3, 0).Should().BeNull("w:gridBefore leaves a hole");
        table.GetCell(3, 4).Should().BeNull("w:gridAfter leaves a hole");
        table.Provenance.Path.Should().Be("body/tbl[1]");
        table.GetCell(2, 2)!.Provenance.Path.Should().Be("body/tbl[1]/tr[2]/tc[2]");
        table.GetCell(3, 1)!.Provenance.Path.Should().Be("body/tbl[1]/tr[4]/tc[1]");
    }

    [Fact]
    public void A_continue_cell_that_does_not_line_up_with_the_cell_above_starts_a_cell_of_its_own()
    {
        var document = DocxBuilder.FromBody(Tbl(
            Tr(Tc("wide", span: 2, vMerge: "restart"), Tc("x")),
            Tr(Tc("narrow", vMerge: "continue"), Tc("y"), Tc("z")))).Read();

        var table = SingleTable(document);
        table.GetCell(0, 0)!.RowSpan.Should().Be(1);
        table.GetCell(1, 0)!.Text.Should().Be("narrow");
        table.GetCell(1, 2)!.Text.Should().Be("z");
    }

    private static string GridTbl(int[] widths, params string[] rows) =>
        "<w:tbl><w:tblPr/><w:tblGrid>" + string.Concat(widths.Select(w => "<w:gridCol w:w=\"" + w + "\"/>")) + "</w:tblGrid>" + string.Concat(rows) + "</w:tbl>";

    [Fact]
    public void A_grid_column_no_cell_edge_lies_on_is_dropped()
    {
        var document = DocxBuilder.FromBody(Tbl(
            Tr(Tc("a", span: 2), Tc("b")),
            Tr(Tc("c", span: 2), Tc("d")))).Read();

        var table = SingleTable(document);
        table.ColumnCount.Should().Be(2);
        table.Cells.Select(c => (c.Text, c.Row, c.Column, c.ColumnSpan)).Should().Equal(("a", 0, 0, 1), ("b", 0, 1, 1), ("c", 1, 0, 1), ("d", 1, 1, 1));
    }

    [Fact]
    public void Column_lines_a_little_out_of_line_are_one_line()
    {
        // Row 1 splits at 2000 twips, row 2 at 2030: Word adds a 30-twip grid column; the table has two columns.
        var document = DocxBuilder.FromBody(GridTbl(
            [2000, 30, 2970],
            Tr(Tc("自然人"), Tc("总计", span: 2)),
            Tr(Tc("3", span: 2), Tc("5")))).Read();

        var table = SingleTable(document);
        table.ColumnCount.Should().Be(2);
        table.GetRow(0).Select(c => (c.Text, c.Column, c.ColumnSpan)).Should().Equal(("自然人", 0, 1), ("总计", 1, 1));
        table.GetRow(1).Select(c => (c.Text, c.Column, c.ColumnSpan)).Should().Equal(("3", 0, 1), ("5", 1, 1));
    }

    [Fact]
    public void Staggered_cells_and_narrow_columns_that_hold_a_cell_are_kept()
    {
        var staggered = DocxBuilder.FromBody(GridTbl(
            [2000, 1000, 2000],
            Tr(Tc("a"), Tc("b", span: 2)),
            Tr(Tc("c", span: 2), Tc("d")))).Read();
        var narrow = DocxBuilder.FromBody(GridTbl(
            [2000, 30, 2970],
            Tr(Tc("a"), Tc("sliver"), Tc("b")),
            Tr(Tc("c", span: 2), Tc("d")))).Read();

        SingleTable(staggered).ColumnCount.Should().Be(3);
        SingleTable(staggered).GetCell(1, 2)!.Text.Should().Be("d");
        SingleTable(narrow).ColumnCount.Should().Be(3);
        SingleTable(narrow).GetCell(0, 1)!.Text.Should().Be("sliver");
    }

    [Fact]
    public void Legacy_hMerge_cells_widen_the_cell_to_their_left()
    {
        var document = DocxBuilder.FromBody(Tbl(
            Tr(Tc("信息内容", extraProperties: "<w:hMerge w:val=\"restart\"/>"), Tc(string.Empty, extraProperties: "<w:hMerge/>"), Tc("本年处理决定数量")),
            Tr(Tc("a"), Tc("b"), Tc("c")))).Read();

        var table = SingleTable(document);
        table.ColumnCount.Should().Be(3);
        table.GetRow(0).Select(c => (c.Text, c.Column, c.ColumnSpan)).Should().Equal(("信息内容", 0, 2), ("本年处理决定数量", 2, 1));
    }

    [Fact]
    public void A_list_defined_through_a_numbering_style_takes_that_style_s_levels()
    {
        var document = new DocxBuilder
        {
            Styles = """
                <w:style w:type="numbering" w:styleId="ReportList"><w:name w:val="Report List"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>
                """,
            Numbering = """
                <w:abstractNum w:abstractNumId="0"><w:styleLink w:val="ReportList"/>
                  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>
                </w:abstractNum>
                <w:abstractNum w:abstractNumId="1"><w:numStyleLink w:val="ReportList"/></w:abstractNum>
                <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
                <w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
                """,
            Body = Numbered(2, 0, "总体情况") + Numbered(2, 0, "主动公开政府信息情况"),
        }.Read();

        Texts(document).Should().Equal("一、总体情况", "二、主动公开政府信息情况");
    }

    [Fact]
    public void Paragraphs_in_a_cell_become_lines_and_ideographic_spaces_are_blank()
    {
        var document = DocxBuilder.FromBody(Tbl(
            Tr("<w:tc>" + P("本年新") + P("制作数量") + "</w:tc>", "<w:tc>" + P("本年<") + P(string.Empty) + P("废止件数") + "</w:tc>"),
            Tr(Tc("\u3000\u3000"), Tc(" 12 ")))).Read();

        var table = SingleTable(document);
        table.GetCell(0, 0)!.Text.Should().Be("本年新\n制作数量");
        table.GetCell(0, 1)!.Text.Should().Be("本年<\n废止件数");
        table.GetCell(1, 0)!.Text.Should().BeEmpty();
        table.GetCell(1, 1)!.Text.Should().Be("12");
    }

    [Fact]
    public void Rows_and_cells_inside_content_controls_keep_their_places()
    {
        var document = DocxBuilder.FromBody(Tbl(
            Tr(Tc("h1"), Tc("h2"), Tc("h3")),
            "<w:sdt><w:sdtPr><w:alias w:val=\"row\"/></w:sdtPr><w:sdtContent>"
                + Tr(Tc("r1a"), "<w:sdt><w:sdtPr/><w:sdtContent>" + Tc("r1b") + "</w:sdtContent></w:sdt>", Tc("r1c"))
                + "</w:sdtContent></w:sdt>",
            Tr(Tc("r2a"), "<w:sdt><w:sdtPr><w:showingPlcHdr/></w:sdtPr><w:sdtContent>" + Tc("单击或点击此处输入文字。") + "</w:sdtContent></w:sdt>", Tc("r2c")))).Read();

        var table = SingleTable(document);
        table.RowCount.Should().Be(3);
        table.ColumnCount.Should().Be(3);
        table.GetRow(1).Select(c => c.Text).Should().Equal("r1a", "r1b", "r1c");
        table.GetRow(2).Select(c => c.Text).Should().Equal("r2a", string.Empty, "r2c");
        table.GetCell(1, 1)!.Provenance.Path.Should().Be("body/tbl[1]/sdt[1]/sdtContent/tr[1]/sdt[1]/sdtContent/tc[1]");
    }

    [Fact]
    public void Block_and_run_content_controls_are_read_and_placeholders_are_not()
    {
        var document = DocxBuilder.FromBody(
            "<w:sdt><w:sdtPr/><w:sdtContent>" + P("一、总体情况") + "</w:sdtContent></w:sdt>",
            "<w:p>" + R("统计期限为") + "<w:sdt><w:sdtPr/><w:sdtContent>" + R("2023") + "</w:sdtContent></w:sdt>" + R("年") + "</w:p>",
            "<w:sdt><w:sdtPr><w:showingPlcHdr/></w:sdtPr><w:sdtContent>" + P("单击或点击此处输入文字。") + "</w:sdtContent></w:sdt>").Read();

        Texts(document).Should().Equal("一、总体情况", "统计期限为2023年");
        document.Blocks[0].Provenance.Path.Should().Be("body/sdt[1]/sdtContent/p[1]");
    }

    [Fact]
    public void Tracked_changes_are_read_as_accepted()
    {
        const string revision = "w:id=\"1\" w:author=\"审核人\" w:date=\"2024-01-10T00:00:00Z\"";
        var document = DocxBuilder.FromBody(
            "<w:p>" + R("本年") + $"<w:del {revision}><w:r><w:delText>新收</w:delText></w:r></w:del>"
                + $"<w:ins {revision}>" + R("制发") + "</w:ins>" + R("件数")
                + $"<w:moveFrom {revision}>" + R("（旧位置）") + "</w:moveFrom>" + $"<w:moveTo {revision}>" + R("（新位置）") + "</w:moveTo></w:p>",
            Tbl(
                Tr(Tc("a"), Tc("b")),
                TrWith($"<w:del {revision}/>", Tc("gone"), Tc("gone")),
                Tr(Tc("c"), Tc("deleted cell", extraProperties: $"<w:cellDel {revision}/>"), Tc("d")),
                TrWith($"<w:ins {revision}/>", Tc("e"), Tc("f", extraProperties: $"<w:cellIns {revision}/>")))).Read();

        Texts(document).Should().Equal("本年制发件数（新位置）");
        var table = SingleTable(document);
        table.RowCount.Should().Be(3);
        table.ColumnCount.Should().Be(2);
        table.GetRow(1).Select(c => c.Text).Should().Equal("c", "d");
        table.GetRow(2).Select(c => c.Text).Should().Equal("e", "f");
        table.GetCell(1, 1)!.Provenance.Path.Should().Be("body/tbl[1]/tr[3]/tc[3]");
    }

    [Fact]
    public void A_paragraph_deleted_with_its_mark_disappears_with_its_number()
    {
        const string revision = "w:id=\"1\" w:author=\"a\"";
        var document = new DocxBuilder
        {
            Numbering = ChineseList,
            Body = P($"<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr><w:rPr><w:del {revision}/></w:rPr>", $"<w:del {revision}><w:r><w:delText>旧标题</w:delText></w:r></w:del>")
                + Numbered(1, 0, "总体情况"),
        }.Read();

        Texts(document).Should().Equal("一、总体情况");
    }

    [Fact]
    public void Fields_keep_their_result_and_drop_their_instruction()
    {
        static string Char(string type) => "<w:r><w:fldChar w:fldCharType=\"" + type + "\"/></w:r>";
        static string Instruction(string text) => "<w:r><w:instrText xml:space=\"preserve\">" + text + "</w:instrText></w:r>";

        var document = DocxBuilder.FromBody(
            "<w:p>" + R("第") + "<w:fldSimple w:instr=\" PAGE \">" + R("3") + "</w:fldSimple>" + R("页") + "</w:p>",
            "<w:p>" + R("统计期限为") + Char("begin") + Instruction(" DOCPROPERTY Year ") + Char("separate") + R("2023") + Char("end") + R("年") + "</w:p>",
            "<w:p>" + Char("begin") + Instruction(" IF ") + Char("begin") + Instruction(" MERGEFIELD kind ") + Char("separate") + R("内部")
                + Char("end") + Instruction(" = \"x\" \"a\" \"b\" ") + Char("separate") + R("结果") + Char("end") + "</w:p>",
            "<w:p>" + R("断开的域") + Char("begin") + Instruction(" HYPERLINK ") + "</w:p>",
            P("下一段照常读取")).Read();

        Texts(document).Should().Equal("第3页", "统计期限为2023年", "结果", "断开的域", "下一段照常读取");
    }

    [Fact]
    public void Text_in_smart_tags_hyperlinks_and_custom_xml_is_kept_and_hidden_and_ruby_text_is_not()
    {
        var document = DocxBuilder.FromBody(
            "<w:p><w:smartTag w:uri=\"urn:schemas-microsoft-com:office:smarttags\" w:element=\"chsdate\"><w:smartTagPr><w:attr w:name=\"Year\" w:val=\"2023\"/></w:smartTagPr>"
                + R("2023年") + "</w:smartTag><w:hyperlink w:anchor=\"top\">" + R("政府信息")
                + "<w:ruby><w:rubyPr/><w:rt>" + R("gōng") + "</w:rt><w:rubyBase>" + R("公") + "</w:rubyBase></w:ruby>" + R("开") + "</w:hyperlink>"
                + "<w:customXml w:element=\"agency\">" + R("工作") + "</w:customXml>"
                + "<w:r><w:rPr><w:vanish/></w:rPr>" + T("（隐藏的批注）") + "</w:r>" + R("年度报告") + "</w:p>").Read();

        Texts(document).Should().Equal("2023年政府信息公开工作年度报告");
    }

    [Fact]
    public void A_table_holding_a_table_is_layout_and_the_inner_table_is_read()
    {
        var inner = Tbl(Tr(Tc("自然人"), Tc("总计")), Tr(Tc("3"), Tc("5")));
        var document = DocxBuilder.FromBody(Tbl(Tr("<w:tc>" + P("三、收到和处理政府信息公开申请情况") + inner + P(string.Empty) + "</w:tc>"))).Read();

        Texts(document).Should().Equal("三、收到和处理政府信息公开申请情况");
        var table = SingleTable(document);
        table.GetRow(1).Select(c => c.Text).Should().Equal("3", "5");
        table.Provenance.Path.Should().Be("body/tbl[1]/tr[1]/tc[1]/tbl[1]");
        document.Blocks[1].Should().BeSameAs(table);
    }

    [Fact]
    public void A_heading_in_a_text_box_is_read_once_after_its_anchor()
    {
        const string box = "<w:txbxContent>" + "<w:p><w:r><w:t>二、主动公开政府信息情况</w:t></w:r></w:p>" + "</w:txbxContent>";
        var document = DocxBuilder.FromBody(
            P("前文"),
            "<w:p><w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing><wp:anchor><wp:extent cx=\"2000000\" cy=\"400000\"/>"
                + "<wp:docPr id=\"1\" name=\"Text Box 1\"/><a:graphic><a:graphicData uri=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\">"
                + "<wps:wsp><wps:txbx>" + box + "</wps:txbx><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>"
                + "<mc:Fallback><w:pict><v:shape><v:textbox>" + box + "</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>",
            "<w:p><w:r><w:pict><v:shape><v:textbox>" + "<w:txbxContent><w:p><w:r><w:t>（一）VML 文本框</w:t></w:r></w:p></w:txbxContent>" + "</v:textbox></v:shape></w:pict></w:r></w:p>",
            P("后文")).Read();

        Texts(document).Should().Equal("前文", "二、主动公开政府信息情况", "（一）VML 文本框", "后文");
        document.Blocks[1].Provenance.Path.Should().Be("body/p[2]/txbxContent[1]/p[1]");
    }

    [Fact]
    public void Tables_in_the_header_are_ignored()
    {
        var document = new DocxBuilder
        {
            Header = Tbl(Tr(Tc("页眉表格"), Tc("第一页")), Tr(Tc("1"), Tc("2"))),
            Body = P("正文"),
        }.Read();

        document.Blocks.Should().ContainSingle().Which.Should().BeOfType<ParagraphBlock>().Which.Text.Should().Be("正文");
    }

    [Fact]
    public void Pictures_become_image_blocks_and_small_icons_do_not()
    {
        static string Picture(long cx, string descr) =>
            "<w:p><w:r><w:drawing><wp:inline><wp:extent cx=\"" + cx + "\" cy=\"3000000\"/><wp:docPr id=\"1\" name=\"Picture 1\" descr=\"" + descr + "\"/>"
            + "<a:graphic><a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/picture\"><pic:pic><pic:blipFill><a:blip r:embed=\"{image}\"/>"
            + "</pic:blipFill></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>";

        var document = new DocxBuilder { WithImage = true, Body = P("三、收到和处理政府信息公开申请情况") + Picture(5_000_000, "表三") + Picture(100_000, "图标") }.Read();

        var image = document.Blocks.OfType<ImageBlock>().Should().ContainSingle().Subject;
        image.AlternativeText.Should().Be("表三");
        image.Source.Should().MatchRegex("^/(word/)?media/[^/]+\\.png$", "the source is the image part's name in the package");
        document.Blocks.Should().HaveCount(2);
    }

    [Fact]
    public void The_package_title_is_the_document_title()
    {
        var document = new DocxBuilder { Title = "示例县2023年政府信息公开工作年度报告", Body = P("正文") }.Read();

        document.Title.Should().Be("示例县2023年政府信息公开工作年度报告");
        document.Format.Should().Be(SourceFormat.Docx);
        document.Diagnostics.Should().BeEmpty();
    }

    internal const string ChineseList = """
        <w:abstractNum w:abstractNumId="0">
          <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>
          <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/></w:lvl>
          <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%3."/><w:suff w:val="nothing"/></w:lvl>
        </w:abstractNum>
        <w:abstractNum w:abstractNumId="1">
          <w:lvl w:ilvl="0"><w:start w:val="5"/><w:numFmt w:val="chineseCountingThousand"/><w:lvlText w:val="%1、"/><w:pStyle w:val="a1"/></w:lvl>
        </w:abstractNum>
        <w:abstractNum w:abstractNumId="2">
          <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val=""/></w:lvl>
        </w:abstractNum>
        <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
        <w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
        <w:num w:numId="3"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="3"/></w:lvlOverride></w:num>
        <w:num w:numId="4"><w:abstractNumId w:val="2"/></w:num>
        """;

    internal const string HeadingStyles = """
        <w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/></w:style>
        <w:style w:type="paragraph" w:styleId="a1"><w:name w:val="heading 1"/><w:basedOn w:val="a"/><w:pPr><w:numPr><w:numId w:val="2"/></w:numPr></w:pPr></w:style>
        <w:style w:type="paragraph" w:styleId="2"><w:name w:val="样式二"/><w:basedOn w:val="a"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr></w:style>
        <w:style w:type="paragraph" w:styleId="3"><w:name w:val="我的标题"/><w:basedOn w:val="2"/></w:style>
        """;

    [Fact]
    public void List_numbers_from_numbering_xml_are_written_in_front_of_the_text()
    {
        var document = new DocxBuilder
        {
            Numbering = ChineseList,
            Body = Numbered(1, 0, "总体情况") + Numbered(1, 1, "主动公开") + Numbered(1, 1, "依申请公开")
                + Numbered(1, 0, "主动公开政府信息情况") + Numbered(1, 1, "规章") + Numbered(1, 2, "属于国家秘密") + Numbered(1, 2, "其他")
                + Numbered(3, 0, "另一个列表") + Numbered(4, 0, "项目符号") + Numbered(0, 0, "取消编号") + Numbered(99, 0, "未定义的列表"),
        }.Read();

        Texts(document).Should().Equal(
            "一、总体情况", "（一）主动公开", "（二）依申请公开",
            "二、主动公开政府信息情况", "（一）规章", "1.属于国家秘密", "2.其他",
            "三、另一个列表", "项目符号", "取消编号", "未定义的列表");
    }

    [Fact]
    public void Numbering_and_heading_level_come_from_the_paragraph_style()
    {
        var document = new DocxBuilder
        {
            Numbering = ChineseList,
            Styles = HeadingStyles,
            Body = Styled("a1", "存在的主要问题及改进情况") + Styled("a1", "其他需要报告的事项")
                + P("<w:pStyle w:val=\"a1\"/><w:numPr><w:numId w:val=\"0\"/></w:numPr>", R("不编号的标题"))
                + Styled("3", "继承的大纲级别") + P("<w:outlineLvl w:val=\"2\"/>", R("直接的大纲级别")) + P("正文"),
        }.Read();

        var paragraphs = document.Blocks.OfType<ParagraphBlock>().Select(p => (p.Text, p.HeadingLevel));
        paragraphs.Should().Equal(
            ("五、存在的主要问题及改进情况", 1), ("六、其他需要报告的事项", 1), ("不编号的标题", 1),
            ("继承的大纲级别", 2), ("直接的大纲级别", 3), ("正文", 0));
    }

    [Fact]
    public void Numbered_labels_inside_table_cells_are_numbered_in_document_order()
    {
        var document = new DocxBuilder
        {
            Numbering = ChineseList,
            Body = Numbered(1, 0, "总体情况") + Tbl(
                Tr("<w:tc>" + Numbered(1, 1, "予以公开") + "</w:tc>", Tc("1")),
                Tr("<w:tc>" + Numbered(1, 1, "部分公开") + "</w:tc>", Tc("2"))),
        }.Read();

        SingleTable(document).Cells.Where(c => c.Column == 0).Select(c => c.Text).Should().Equal("（一）予以公开", "（二）部分公开");
    }

    [Theory]
    [InlineData(WordprocessingDocumentType.MacroEnabledDocument, "report.docm")]
    [InlineData(WordprocessingDocumentType.Template, "report.dotx")]
    [InlineData(WordprocessingDocumentType.MacroEnabledTemplate, "report.dotm")]
    public void Macro_enabled_documents_and_templates_are_read_like_docx(WordprocessingDocumentType type, string name)
    {
        var document = new DocxBuilder { Type = type, Body = P("一、总体情况") }.Read(name);

        document.Format.Should().Be(SourceFormat.Docx);
        document.IsUnreadable.Should().BeFalse();
        document.Diagnostics.Should().BeEmpty();
        Texts(document).Should().Equal("一、总体情况");
    }

    [Fact]
    public void An_HTML_page_imported_with_altChunk_is_read_in_its_place()
    {
        const string html = "<html><head><meta charset=\"utf-8\"></head><body><p>三、收到和处理政府信息公开申请情况</p>"
            + "<table border=\"1\"><tr><td>自然人</td><td>总计</td></tr><tr><td>3</td><td>5</td></tr></table></body></html>";
        var document = new DocxBuilder
        {
            Body = P("前文") + AltChunk(1) + P("后文"),
            AltChunks = [(AlternativeFormatImportPartType.Html, Encoding.UTF8.GetBytes(html))],
        }.Read();

        document.Blocks.Select(b => b.GetType().Name).Should().Equal("ParagraphBlock", "ParagraphBlock", "TableBlock", "ParagraphBlock");
        Texts(document).Should().Equal("前文", "三、收到和处理政府信息公开申请情况", "后文");
        var table = SingleTable(document);
        table.GetRow(1).Select(c => c.Text).Should().Equal("3", "5");
        table.Provenance.Path.Should().StartWith("body/altChunk[1]/body");
        table.GetCell(1, 1)!.Provenance.Path.Should().StartWith("body/altChunk[1]/body").And.EndWith("td[2]");
        document.Diagnostics.Should().BeEmpty();
    }

    [Fact]
    public void A_web_archive_imported_with_altChunk_is_decoded_and_read()
    {
        static string QuotedPrintable(string text) =>
            string.Concat(Encoding.UTF8.GetBytes(text).Select(b => b >= 0x80 || b == (byte)'=' ? "=" + b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture) : ((char)b).ToString()));

        var mht = "MIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n    type=\"text/html\";\r\n    boundary=\"----=mhtDocumentPart\"\r\n\r\n\r\n"
            + "------=mhtDocumentPart\r\nContent-Type: text/html;\r\n    charset=\"utf-8\"\r\nContent-Transfer-Encoding: quoted-printable\r\n"
            + "Content-Location: file:///C:/fake/document.html\r\n\r\n"
            + QuotedPrintable("<!DOCTYPE html><html><body><p>一、总体情况</p><p>本年度未收取信息处理费。</p></body></html>") + "\r\n\r\n"
            + "------=mhtDocumentPart--\r\n";
        var document = new DocxBuilder
        {
            Body = AltChunk(1),
            AltChunks = [(AlternativeFormatImportPartType.Mht, Encoding.ASCII.GetBytes(mht))],
        }.Read();

        Texts(document).Should().Equal("一、总体情况", "本年度未收取信息处理费。");
    }

    [Fact]
    public void An_RTF_chunk_cannot_be_read_and_says_so_with_RP0111()
    {
        var document = new DocxBuilder
        {
            Body = P("一、总体情况") + AltChunk(1),
            AltChunks = [(AlternativeFormatImportPartType.Rtf, Encoding.ASCII.GetBytes("{\\rtf1 hello}"))],
        }.Read();

        Texts(document).Should().Equal("一、总体情况");
        var finding = document.Diagnostics.Should().ContainSingle().Subject;
        finding.Id.Should().Be(DiagnosticIds.EmbeddedContentNotRead);
        finding.Arguments[0].Should().Be("RTF");
        ((string)finding.Arguments[1]).Should().StartWith("/").And.EndWith(".rtf");
        finding.Location.Path.Should().Be("body/altChunk[1]");
    }

    [Fact]
    public void An_imported_chunk_counts_against_the_decompression_bound()
    {
        var html = Encoding.UTF8.GetBytes("<html><body><p>" + new string('零', 700_000) + "</p></body></html>");
        var docx = new DocxBuilder { Body = P("一、总体情况") + AltChunk(1), AltChunks = [(AlternativeFormatImportPartType.Html, html)] }.Build();

        var document = ReportChecker.Default.Read(new System.IO.MemoryStream(docx), SourceFormat.Unknown, "chunk.docx");
        var limited = new ReportChecker(ReportCheckerOptions.Default with { MaxDecompressedBytes = 1024 * 1024 }).Read(new System.IO.MemoryStream(docx), SourceFormat.Unknown, "chunk.docx");

        document.Diagnostics.Should().BeEmpty();
        Texts(document).Should().HaveCount(2);
        var finding = limited.Diagnostics.Should().ContainSingle().Subject;
        finding.Id.Should().Be(DiagnosticIds.ResourceLimitExceeded);
        ((string)finding.Arguments[0]).Should().StartWith("embedded part /");
        Texts(limited).Should().Equal("一、总体情况");
    }

    [Fact]
    public void A_strict_Open_XML_document_is_read_like_a_transitional_one()
    {
        var transitional = new DocxBuilder
        {
            Numbering = ChineseList,
            Body = Numbered(1, 0, "总体情况") + Tbl(Tr(Tc("自然人"), Tc("总计")), Tr(Tc("3"), Tc("5"))),
        }.Build();
        using var stream = new System.IO.MemoryStream();
        stream.Write(transitional, 0, transitional.Length);
        using (var archive = new System.IO.Compression.ZipArchive(stream, System.IO.Compression.ZipArchiveMode.Update, leaveOpen: true))
        {
            foreach (var entry in archive.Entries.Where(e => e.FullName.EndsWith(".xml", System.StringComparison.Ordinal) || e.FullName.EndsWith(".rels", System.StringComparison.Ordinal)).ToList())
            {
                string xml;
                using (var reader = new System.IO.StreamReader(entry.Open()))
                {
                    xml = reader.ReadToEnd();
                }

                xml = xml.Replace("http://schemas.openxmlformats.org/wordprocessingml/2006/main", "http://purl.oclc.org/ooxml/wordprocessingml/main")
                    .Replace("http://schemas.openxmlformats.org/officeDocument/2006/relationships", "http://purl.oclc.org/ooxml/officeDocument/relationships");
                var name = entry.FullName;
                entry.Delete();
                using var writer = new System.IO.StreamWriter(archive.CreateEntry(name).Open());
                writer.Write(xml);
            }
        }

        var document = DocxBuilder.Read(stream.ToArray());

        document.Diagnostics.Should().BeEmpty();
        Texts(document).Should().Equal("一、总体情况");
        SingleTable(document).GetRow(1).Select(c => c.Text).Should().Equal("3", "5");
    }
}
