using System;
using System.IO;
using System.Linq;
using ReportParser.Diagnostics;
using ReportParser.Documents;

namespace ReportParser.Tests.Readers.Doc;

/// <summary>
/// Tables in <c>.doc</c> files: rows from cell and row-end marks, the grid from the union of every row's cell
/// boundaries (sprmTDefTable), vertical merges from TC80 and sprmTVertMerge, horizontal merges from TC80 horzMerge
/// (both bit readings), sprmTMerge and sprmTSplit, row definitions in the Data stream (sprmPHugePapx), and nested
/// tables (sprmPItap), which make the outer table layout as in the DOCX reader.
/// </summary>
public sealed class DocTableTests
{
    private static readonly int[] Three = [0, 1000, 2000, 3000];

    [Fact]
    public void Cells_span_the_grid_columns_between_their_boundaries()
    {
        var builder = new WordBinaryBuilder().Paragraph("表\r")
            .Row([0, 3000, 6000], null, "A", "B")
            .Row([0, 1000, 3000, 6000], null, "C", "D", "E")
            .Row([2, 2998, 6001], null, "F", "G");

        var table = Table(builder);

        table.RowCount.Should().Be(3);
        table.ColumnCount.Should().Be(3);
        Cells(table).Should().Equal("(0,0) 1x2 A", "(0,2) 1x1 B", "(1,0) 1x1 C", "(1,1) 1x1 D", "(1,2) 1x1 E", "(2,0) 1x2 F", "(2,2) 1x1 G");
        table.Provenance.Path.Should().Be("body/tbl[1]");
        table.GetCell(1, 1)!.Provenance.Path.Should().Be("body/tbl[1]/tr[2]/tc[2]");
    }

    [Fact]
    public void A_sliver_column_from_a_dragged_border_is_snapped_as_in_the_DOCX_reader()
    {
        var builder = new WordBinaryBuilder()
            .Row([0, 2000, 4000], null, "A", "B")
            .Row([0, 2050, 4000], null, "C", "D");

        Cells(Table(builder)).Should().Equal("(0,0) 1x1 A", "(0,1) 1x1 B", "(1,0) 1x1 C", "(1,1) 1x1 D");
    }

    [Fact]
    public void TC80_vertical_merge_flags_merge_cells_down()
    {
        var builder = new WordBinaryBuilder()
            .Row(Three, [Sprms.VerticalRestart, 0, 0], "合并", "B1", "C1")
            .Row(Three, [Sprms.VerticalContinue, 0, 0], "", "B2", "C2")
            .Row(Three, [Sprms.VerticalContinue, 0, 0], "", "B3", "C3");

        Cells(Table(builder)).Should().StartWith(["(0,0) 3x1 合并", "(0,1) 1x1 B1"]);
    }

    [Fact]
    public void SprmTVertMerge_overrides_the_row_definition()
    {
        var builder = new WordBinaryBuilder()
            .Row(Three, null, Sprms.VerticalMerge(1, 3), "A1", "合并", "C1")
            .Row(Three, [0, Sprms.VerticalRestart, 0], Sprms.VerticalMerge(1, 1), "A2", "", "C2");

        Cells(Table(builder)).Should().Equal("(0,0) 1x1 A1", "(0,1) 2x1 合并", "(0,2) 1x1 C1", "(1,0) 1x1 A2", "(1,2) 1x1 C2");
    }

    [Theory]
    [InlineData(1, 2)]
    [InlineData(2, 1)]
    public void TC80_horizontal_merges_are_read_in_either_bit_order(int first, int merged)
    {
        var builder = new WordBinaryBuilder()
            .Row([0, 1000, 2000, 3000, 4000], [(ushort)first, (ushort)merged, (ushort)first, (ushort)merged], "左", "", "右", "")
            .Row([0, 1000, 2000, 3000, 4000], null, "a", "b", "c", "d");

        Cells(Table(builder)).Should().StartWith(["(0,0) 1x2 左", "(0,2) 1x2 右", "(1,0) 1x1 a"]);
    }

    [Fact]
    public void SprmTMerge_merges_and_sprmTSplit_unmerges()
    {
        var builder = new WordBinaryBuilder()
            .Row(Three, null, Sprms.MergeCells(0, 2), "合并", "", "C")
            .Row(Three, null, Sprms.Of(Sprms.MergeCells(0, 3), Sprms.SplitCells(1, 3)), "合", "b", "c");

        Cells(Table(builder)).Should().Equal("(0,0) 1x2 合并", "(0,2) 1x1 C", "(1,0) 1x1 合", "(1,1) 1x1 b", "(1,2) 1x1 c");
    }

    [Fact]
    public void SprmTInsert_and_sprmTDelete_change_the_cells_of_a_row()
    {
        var builder = new WordBinaryBuilder()
            .Row([0, 1000, 2000], null, Sprms.InsertCells(2, 1, 1000), "A", "B", "C")
            .Row([0, 1000, 2000, 3000, 4000], null, Sprms.DeleteCells(1, 2), "D", "E", "F");

        Cells(Table(builder)).Should().Equal("(0,0) 1x1 A", "(0,1) 1x1 B", "(0,2) 1x1 C", "(1,0) 1x1 D", "(1,1) 1x1 E", "(1,2) 1x1 F");
    }

    [Fact]
    public void A_row_definition_in_the_Data_stream_is_followed()
    {
        var definition = Sprms.DefineRow([0, 3000, 6000], [Sprms.VerticalRestart, 0]);
        var data = BitConverter.GetBytes((ushort)definition.Length).Concat(definition).ToArray();
        var builder = new WordBinaryBuilder { Data = data }
            .Paragraph("A\a", Sprms.InTable).Paragraph("B\a", Sprms.InTable)
            .Paragraph("\a", Sprms.Of(Sprms.InTable, Sprms.RowEnd, Sprms.HugePapx(0)))
            .Row([0, 3000, 6000], [Sprms.VerticalContinue, 0], "", "D");

        Cells(Table(builder)).Should().Equal("(0,0) 2x1 A", "(0,1) 1x1 B", "(1,1) 1x1 D");
    }

    [Fact]
    public void Rows_without_a_definition_are_laid_out_cell_by_cell()
    {
        var builder = new WordBinaryBuilder()
            .Paragraph("A\a", Sprms.InTable).Paragraph("B\a", Sprms.InTable).Paragraph("\a", Sprms.Of(Sprms.InTable, Sprms.RowEnd))
            .Paragraph("C\a", Sprms.InTable).Paragraph("\a", Sprms.Of(Sprms.InTable, Sprms.RowEnd));

        Cells(Table(builder)).Should().Equal("(0,0) 1x1 A", "(0,1) 1x1 B", "(1,0) 1x1 C");
    }

    [Fact]
    public void A_table_holding_a_nested_table_is_layout_and_the_nested_table_is_read()
    {
        byte[] Inner(bool rowEnd) => Sprms.Of(Sprms.InTable, Sprms.Depth(2), rowEnd ? Sprms.InnerRowEnd : Sprms.InnerCell);
        var innerRow = Sprms.Of(Inner(rowEnd: true), Sprms.DefineRow([0, 1000, 2000]));
        var builder = new WordBinaryBuilder()
            .Paragraph("外层\r", Sprms.InTable)
            .Paragraph("x\r", Inner(false)).Paragraph("y\r", Inner(false)).Paragraph("\r", innerRow)
            .Paragraph("z\r", Inner(false)).Paragraph("w\r", Inner(false)).Paragraph("\r", innerRow)
            .Paragraph("\a", Sprms.InTable)
            .Paragraph("右格\a", Sprms.InTable)
            .Paragraph("\a", Sprms.Of(Sprms.InTable, Sprms.RowEnd, Sprms.DefineRow([0, 3000, 6000])));

        var blocks = DocDocumentReaderTests.Read(builder).Blocks;

        blocks.Select(b => b.GetType().Name).Should().Equal(nameof(ParagraphBlock), nameof(TableBlock), nameof(ParagraphBlock));
        blocks[0].Provenance.Path.Should().Be("body/tbl[1]/tr[1]/tc[1]/p[1]");
        Cells((TableBlock)blocks[1]).Should().Equal("(0,0) 1x1 x", "(0,1) 1x1 y", "(1,0) 1x1 z", "(1,1) 1x1 w");
        blocks[1].Provenance.Path.Should().Be("body/tbl[1]/tr[1]/tc[1]/tbl[1]");
        blocks[2].ToString().Should().Be("右格");
    }

    [Fact]
    public void A_one_column_box_is_layout()
    {
        var builder = new WordBinaryBuilder().Row([0, 9000], null, "附件：报告全文").Paragraph("正文\r");

        DocDocumentReaderTests.Read(builder).Blocks.Select(b => b.ToString()).Should().Equal("附件：报告全文", "正文");
    }

    [Fact]
    public void Cell_paragraphs_are_lines_and_blank_ones_are_dropped()
    {
        var builder = new WordBinaryBuilder()
            .Paragraph("第一行\r", Sprms.InTable).Paragraph("\r", Sprms.InTable).Paragraph(" 第二  行\a", Sprms.InTable)
            .Paragraph("B\a", Sprms.InTable)
            .Paragraph("\a", Sprms.Of(Sprms.InTable, Sprms.RowEnd, Sprms.DefineRow([0, 1000, 2000])))
            .Row([0, 1000, 2000], null, "C", "D");

        Table(builder).GetCell(0, 0)!.Text.Should().Be("第一行\n第二 行");
    }

    [Fact]
    public void A_grid_beyond_the_limit_is_refused_with_RP0108()
    {
        var builder = new WordBinaryBuilder().Paragraph("前\r").Row(Three, null, "a", "b", "c").Row(Three, null, "d", "e", "f");
        var options = ReportCheckerOptions.Default with { MaxTableGridPositions = 5 };

        var document = new ReportChecker(options).Read(new MemoryStream(builder.Build()), SourceFormat.Unknown, "big.doc");

        var finding = document.Diagnostics.Should().ContainSingle().Subject;
        finding.Id.Should().Be(DiagnosticIds.ResourceLimitExceeded);
        finding.Arguments.Should().Equal("table grid of 6 positions", "5 positions");
        finding.Location.Path.Should().Be("body/tbl[1]");
        document.Blocks.Select(b => b.ToString()).Should().Equal("前");
    }

    private static TableBlock Table(WordBinaryBuilder builder) =>
        DocDocumentReaderTests.Read(builder).Blocks.OfType<TableBlock>().Should().ContainSingle().Subject;

    private static string[] Cells(TableBlock table) =>
        table.Cells.Select(c => $"({c.Row},{c.Column}) {c.RowSpan}x{c.ColumnSpan} {c.Text}").ToArray();
}

/// <summary>Table rows for <see cref="WordBinaryBuilder"/>.</summary>
public static class WordBinaryTableRows
{
    public static WordBinaryBuilder Row(this WordBinaryBuilder builder, int[] edges, ushort[]? flags, params string[] cells) =>
        builder.Row(edges, flags, [], cells);

    /// <summary>A depth-1 row: one cell-mark paragraph per cell, then the row-end mark with sprmTDefTable and <paramref name="extra"/> table sprms.</summary>
    public static WordBinaryBuilder Row(this WordBinaryBuilder builder, int[] edges, ushort[]? flags, byte[] extra, params string[] cells)
    {
        foreach (var cell in cells)
        {
            builder.Paragraph(cell + "\a", Sprms.InTable);
        }

        return builder.Paragraph("\a", Sprms.Of(Sprms.InTable, Sprms.RowEnd, Sprms.DefineRow(edges, flags), extra));
    }
}
