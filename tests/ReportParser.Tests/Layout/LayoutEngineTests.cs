using System.Collections.Generic;
using System.Linq;
using ReportParser.Layout;

namespace ReportParser.Tests.Layout;

/// <summary>The geometry of the PDF reader on hand-made glyphs and segments: no PDF needed, every number visible.</summary>
public sealed class LayoutEngineTests
{
    private static Glyph G(string text, double left, double baseline, double size = 10, double? width = null) =>
        new(text, left, left + (width ?? (text.Length > 0 && CjkCharacters.IsCjk(text[0]) ? size : 0.55 * size)), baseline, size);

    private static IEnumerable<Glyph> Run(string text, double left, double baseline, double size = 10, double gap = 0)
    {
        var x = left;
        foreach (var c in text)
        {
            var glyph = G(c.ToString(), x, baseline, size);
            yield return glyph;
            x = glyph.Right + gap;
        }
    }

    [Fact]
    public void Chinese_characters_are_joined_without_spaces_even_when_spread_out()
    {
        GlyphText.CellText(Run("商业企业", 100, 500, gap: 3)).Should().Be("商业企业");
    }

    [Fact]
    public void Digits_split_by_kerning_are_one_number_and_a_wide_gap_separates_two()
    {
        GlyphText.CellText(Run("3985758", 100, 500, gap: 1.5)).Should().Be("3985758");
        GlyphText.CellText(Run("12", 100, 500).Concat(Run("34", 130, 500))).Should().Be("12 34");
    }

    [Fact]
    public void Full_width_digits_and_units_are_kept_as_printed()
    {
        GlyphText.CellText(Run("２１", 100, 500)).Should().Be("２１");
        GlyphText.CellText(Run("3940", 100, 500).Concat(Run("元", 125, 500))).Should().Be("3940元");
    }

    [Fact]
    public void Wrapped_lines_of_a_cell_are_joined_with_line_breaks_top_to_bottom()
    {
        var glyphs = Run("予公开", 100, 480).Concat(Run("（三）不", 100, 495)).Reverse();

        GlyphText.CellText(glyphs).Should().Be("（三）不\n予公开");
    }

    [Fact]
    public void A_label_printed_one_character_per_line_is_read_as_one_label()
    {
        var glyphs = "三、本年度办理结果".Select((c, i) => G(c.ToString(), 90, 300 - (i * 12))).ToList();

        GlyphText.CellText(glyphs).Should().Be("三、本年度办理结果");
    }

    [Fact]
    public void A_character_printed_twice_on_top_of_itself_is_read_once()
    {
        var bold = Run("政府", 100, 500).Concat(Run("政府", 100.3, 500.2)).Concat(Run("3050", 130, 500)).Concat(Run("3050", 130.2, 500));

        GlyphText.CellText(bold).Should().Be("政府3050");
    }

    [Fact]
    public void A_number_wrapped_by_a_narrow_cell_is_one_number_and_wrapped_words_keep_their_break()
    {
        GlyphText.CellText(Run("2,87", 100, 500).Concat(Run("5", 100, 488))).Should().Be("2,875");
        GlyphText.CellText(Run("12", 100, 500).Concat(Run("件", 100, 488))).Should().Be("12\n件");
        GlyphText.CellText(Run("1.属于", 100, 500).Concat(Run("2", 100, 488))).Should().Be("1.属于\n2");
    }

    [Fact]
    public void Kangxi_radical_code_points_read_as_the_ideographs_they_print()
    {
        CjkCharacters.Canonical("⾏政⺠⼀").Should().Be("行政民一");
        CjkCharacters.Canonical("行政").Should().BeSameAs("行政");
    }

    [Fact]
    public void Collinear_pieces_with_small_gaps_merge_and_a_wide_gap_keeps_them_apart()
    {
        var merged = RulingLines.Merge(
        [
            new RulingSegment(true, 100.0, 10, 50),
            new RulingSegment(true, 100.6, 51.5, 90),   // 1.5 pt gap, 0.6 pt off: the same border
            new RulingSegment(true, 100.2, 120, 160),   // 30 pt further: a separate piece
            new RulingSegment(false, 10, 100, 200),
        ]);

        merged.Where(s => s.Horizontal).Select(s => (s.Start, s.End)).Should().Equal((10.0, 90.0), (120.0, 160.0));
        merged.Single(s => !s.Horizontal).Length.Should().Be(100);
    }

    [Fact]
    public void A_grid_with_a_merged_cell_puts_each_glyph_in_the_cell_that_holds_its_centre()
    {
        // 2 rows × 3 columns; the top-left cell spans both columns 0–1 (no vertical border at x=60 in row 0).
        var segments = new List<RulingSegment>
        {
            new(true, 200, 10, 150), new(true, 180, 10, 150), new(true, 160, 10, 150),
            new(false, 10, 160, 200), new(false, 150, 160, 200), new(false, 100, 160, 200),
            new(false, 60, 160, 180),
        };
        var component = RulingLines.Components(RulingLines.Merge(segments)).Single();
        var table = TableGridBuilder.Build(component, 1)!;
        var outside = TableGridBuilder.Fill(table, Run("合计", 20, 186).Concat(Run("12", 20, 166)).Concat(Run("7", 70, 166)).Concat(Run("19", 110, 166)).Concat(Run("页", 20, 100)));

        outside.Select(g => g.Text).Should().Equal("页");
        var block = TableBlockBuilder.ToBlock(table, 1000, out _)!;
        block.RowCount.Should().Be(2);
        block.ColumnCount.Should().Be(3);
        block.GetCell(0, 0)!.Text.Should().Be("合计");
        block.GetCell(0, 0)!.ColumnSpan.Should().Be(2);
        block.GetCell(1, 0)!.Text.Should().Be("12");
        block.GetCell(1, 1)!.Text.Should().Be("7");
        block.GetCell(1, 2)!.Text.Should().Be("19");
    }

    [Fact]
    public void A_lone_vertical_line_beside_a_table_is_its_outer_border_for_a_column_continued_from_the_previous_page()
    {
        // Rows drawn from x = 40 on; the column 10–40 (a merged cell continued from the previous page) has only its
        // left border and no horizontal line of its own.
        var segments = new List<RulingSegment>
        {
            new(true, 200, 40, 150), new(true, 180, 40, 150), new(true, 160, 40, 150),
            new(false, 40, 160, 200), new(false, 90, 160, 200), new(false, 150, 160, 200),
            new(false, 10, 160, 200),
        };

        var component = RulingLines.Components(RulingLines.Merge(segments)).Single();
        var table = TableGridBuilder.Build(component, 3)!;
        TableGridBuilder.Fill(table, Run("1", 60, 186).Concat(Run("2", 60, 166)));
        var block = TableBlockBuilder.ToBlock(table, 1000, out _)!;

        block.ColumnCount.Should().Be(3);
        block.GetCell(0, 0)!.RowSpan.Should().Be(2);
        block.GetCell(0, 0)!.Text.Should().BeEmpty();
        block.GetCell(1, 1)!.Text.Should().Be("2");
    }

    [Fact]
    public void A_digit_on_a_cell_border_belongs_to_the_cell_that_holds_its_centre_only()
    {
        var segments = new List<RulingSegment>
        {
            new(true, 200, 0, 100), new(true, 180, 0, 100),
            new(false, 0, 180, 200), new(false, 50, 180, 200), new(false, 100, 180, 200),
        };
        var table = TableGridBuilder.Build(RulingLines.Components(RulingLines.Merge(segments)).Single(), 1)!;

        // "8" straddles x = 50 with its centre at 49; "3" starts right after it with its centre at 53.
        TableGridBuilder.Fill(table, [G("8", 46.5, 185, width: 5), G("3", 50.5, 185, width: 5)]);

        table.Cells.Select(c => c.Text).Should().Equal("8", "3");
    }

    [Fact]
    public void A_table_continued_on_the_next_page_is_one_grid_and_the_cut_merged_label_continues()
    {
        var upper = Grid(page: 1, top: 300, rows: 2, texts: [["三、办理", "1", "2"], [null, "3", "4"]], groupSpan: true);
        var lower = Grid(page: 2, top: 700, rows: 2, texts: [["", "5", "6"], [null, "7", "8"]], groupSpan: true);

        TableStitcher.CanJoin(upper, lower).Should().BeTrue();
        TableStitcher.Join(upper, lower);
        var block = TableBlockBuilder.ToBlock(upper, 1000, out _)!;

        block.RowCount.Should().Be(4);
        block.GetCell(0, 0)!.RowSpan.Should().Be(4);
        block.GetRow(3).Select(c => c.Text).Should().Equal("三、办理", "7", "8");
        block.GetCell(3, 2)!.Provenance.Page.Should().Be(2);
    }

    [Fact]
    public void Tables_with_different_column_lines_are_not_joined()
    {
        var upper = Grid(page: 1, top: 300, rows: 1, texts: [["a", "1", "2"]], groupSpan: false);
        var lower = Grid(page: 2, top: 700, rows: 1, texts: [["b", "3", "4"]], groupSpan: false, shift: 20);

        TableStitcher.CanJoin(upper, lower).Should().BeFalse();
    }

    [Fact]
    public void A_page_number_in_the_bottom_margin_is_furniture_and_body_text_is_not()
    {
        PageFurniture.IsPageNumber(new GlyphLine(Run("-3-", 290, 40).ToList()), 842).Should().BeTrue();
        PageFurniture.IsPageNumber(new GlyphLine(Run("— 12 —", 290, 40, gap: 2).ToList()), 842).Should().BeTrue();
        PageFurniture.IsPageNumber(new GlyphLine(Run("第3页共6页", 290, 40).ToList()), 842).Should().BeTrue();
        PageFurniture.IsPageNumber(new GlyphLine(Run("3", 290, 400).ToList()), 842).Should().BeFalse();
        PageFurniture.IsPageNumber(new GlyphLine(Run("3119件", 290, 40).ToList()), 842).Should().BeFalse();
    }

    [Fact]
    public void A_borderless_table_gets_columns_from_aligned_numbers_and_rows_from_baselines()
    {
        var lines = new List<GlyphLine>();
        void Line(double baseline, params (string Text, double Left)[] parts) =>
            lines.Add(new GlyphLine(parts.SelectMany(p => Run(p.Text, p.Left, baseline)).ToList()));

        Line(500, ("信息内容", 50), ("本年制发件数", 200), ("现行有效件数", 300));
        Line(480, ("规章", 50), ("1", 200), ("11", 300));
        Line(460, ("行政规范性文件", 50), ("8", 200), ("66", 300));
        Line(445, ("（说明）", 50));
        var detection = BorderlessTableDetector.Detect(lines, 3);

        detection.Remaining.Should().BeEmpty();
        lines.Should().HaveCount(4, "Detect does not edit its input");
        var block = TableBlockBuilder.ToBlock(detection.Tables.Single(), 1000, out _)!;
        block.ColumnCount.Should().Be(3);
        block.GetRow(0).Select(c => c.Text).Should().Equal("信息内容", "本年制发件数", "现行有效件数");
        block.GetRow(1).Select(c => c.Text).Should().Equal("规章", "1", "11");
        block.GetRow(2).Select(c => c.Text).Should().Equal("行政规范性文件\n（说明）", "8", "66");
    }

    [Fact]
    public void A_borderless_number_under_a_spanning_header_takes_the_header_columns_and_list_markers_are_labels()
    {
        var lines = new List<GlyphLine>();
        void Line(double baseline, params (string Text, double Left)[] parts) =>
            lines.Add(new GlyphLine(parts.SelectMany(p => Run(p.Text, p.Left, baseline)).ToList()));

        Line(500, ("信息内容", 50), ("制发", 200), ("废止", 260), ("有效", 320));
        Line(480, ("规章", 50), ("1", 205), ("0", 265), ("11", 322));
        Line(460, ("3.其他", 50), ("8", 205), ("26", 262), ("66", 322));
        Line(440, ("信息内容", 50), ("本年处理决定数量", 225));  // centred over the three value columns
        Line(420, ("行政许可", 50), ("447228", 250));
        var table = BorderlessTableDetector.Detect(lines, 1).Tables.Single();
        var block = TableBlockBuilder.ToBlock(table, 1000, out _)!;

        block.ColumnCount.Should().Be(4);
        block.GetRow(2).Select(c => c.Text).Should().Equal("3.其他", "8", "26", "66");
        var header = block.GetCell(3, 1)!;
        header.Text.Should().Be("本年处理决定数量");
        header.ColumnSpan.Should().Be(3);
        var value = block.GetCell(4, 1)!;
        value.Text.Should().Be("447228");
        value.ColumnSpan.Should().Be(3);
    }

    [Fact]
    public void Borderless_label_lines_at_a_page_foot_begin_the_row_whose_numbers_open_the_next_page()
    {
        var upper = new List<GlyphLine>();
        var lower = new List<GlyphLine>();
        void Line(List<GlyphLine> into, double baseline, params (string Text, double Left)[] parts) =>
            into.Add(new GlyphLine(parts.SelectMany(p => Run(p.Text, p.Left, baseline)).ToList()));

        Line(upper, 200, ("（一）予以公开", 50), ("6", 300), ("1", 340), ("7", 380));
        Line(upper, 188, ("（含依申请", 50));     // a label wrapped in its cell: lines 12 pt apart
        Line(upper, 176, ("公开）", 50));
        Line(upper, 160, ("（二）部分公开", 50), ("2", 300), ("0", 340), ("2", 380));
        Line(upper, 140, ("（三）不予公开，区分", 50));   // a row pitch below: the next row begins at the page foot
        Line(lower, 780, ("处理的", 50), ("5", 300), ("3", 340), ("8", 380));
        Line(lower, 760, ("（七）总计", 50), ("13", 298), ("4", 340), ("17", 378));
        var first = BorderlessTableDetector.Detect(upper, 4).Tables.Single();
        var second = BorderlessTableDetector.Detect(lower, 5).Tables.Single();

        TableStitcher.CanJoin(first, second).Should().BeTrue();
        TableStitcher.Join(first, second);
        var block = TableBlockBuilder.ToBlock(first, 1000, out _)!;

        block.RowCount.Should().Be(4);
        block.GetRow(2).Select(c => c.Text).Should().Equal("（三）不予公开，区分\n处理的", "5", "3", "8");
        block.GetCell(2, 1)!.Provenance.Page.Should().Be(5);
    }

    [Fact]
    public void A_short_heading_right_under_a_borderless_table_that_ends_there_is_not_table_text()
    {
        var lines = new List<GlyphLine>();
        void Line(double baseline, params (string Text, double Left)[] parts) =>
            lines.Add(new GlyphLine(parts.SelectMany(p => Run(p.Text, p.Left, baseline)).ToList()));

        Line(300, ("甲项", 50), ("1", 300), ("2", 340));
        Line(288, ("（说明）", 50));
        Line(276, ("（续）", 50));
        Line(260, ("乙项", 50), ("3", 300), ("4", 340));
        Line(240, ("四、复议", 50));
        var table = BorderlessTableDetector.Detect(lines, 1).Tables.Single();

        var block = TableBlockBuilder.ToBlock(table, 1000, out _, out var after)!;

        after.Should().Be("四、复议");
        block.RowCount.Should().Be(2);
        block.GetRow(0).Select(c => c.Text).Should().Equal("甲项\n（说明）\n（续）", "1", "2"); // 12 pt apart: one cell; 16 pt to 乙项: the next row
        block.GetRow(1).Select(c => c.Text).Should().Equal("乙项", "3", "4");
    }

    [Fact]
    public void Running_text_with_numbers_is_not_a_borderless_table()
    {
        var lines = new List<GlyphLine>
        {
            new(Run("全市共受理申请", 50, 500).Concat(Run("3119", 130, 500)).Concat(Run("件，答复", 160, 500)).Concat(Run("3050", 210, 500)).Concat(Run("件。", 240, 500)).ToList()),
            new(Run("其中结果维持", 50, 480).Concat(Run("72", 118, 480)).Concat(Run("件，纠正", 140, 480)).Concat(Run("64", 190, 480)).Concat(Run("件。", 210, 480)).ToList()),
        };

        var detection = BorderlessTableDetector.Detect(lines, 1);

        detection.Tables.Should().BeEmpty();
        detection.Remaining.Should().Equal(lines);
    }

    private static DraftTable Grid(int page, double top, int rows, string?[][] texts, bool groupSpan, double shift = 0)
    {
        double[] xs = [50, 150 + shift, 250, 350];
        var table = new DraftTable
        {
            FirstPage = page,
            LastPage = page,
            FirstBox = new Box(50, top - (rows * 20), 350, top),
            LastBox = new Box(50, top - (rows * 20), 350, top),
            ColumnLines = [.. xs],
            RowCount = rows,
        };
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < 3; c++)
            {
                var text = texts[r][c];
                if (text is null)
                {
                    continue;
                }

                table.Cells.Add(new DraftCell { Row = r, RowSpan = c == 0 && groupSpan ? rows : 1, Left = xs[c], Right = xs[c + 1], Page = page, Text = text });
            }
        }

        return table;
    }
}
