using System;
using System.Collections.Generic;
using System.Linq;
using ReportParser.Ocr;
using ReportParser.Ocr.Imaging;

namespace ReportParser.Tests.Ocr;

/// <summary>
/// Cells of scanned tables (issue 14): ruling lines broken by the scan are bridged so that two cells do not become one
/// (the rest of the line is then read as a "1" or a dash in the merged cell), and a flat bar is a dash, never a digit.
/// Synthetic images: a white page, dark lines, light (scanned-away) stretches.
/// </summary>
public sealed class OcrCellTests
{
    private const byte Paper = 250;
    private const byte Ink = 40;
    private const byte Faint = 190;

    [Fact]
    public void A_ruling_broken_by_light_pixels_is_bridged_and_its_cells_stay_apart()
    {
        var image = Table(400, 200);
        Fill(image, 199, 90, 201, 110, Faint); // the middle border fades over 20 px

        var (found, bridges, cells) = Cells(image, 100);

        found.Should().Contain(r => !r.Horizontal && r.Position > 198 && r.Position < 202 && r.End == 90);
        bridges.Should().ContainSingle(r => !r.Horizontal && r.Start == 90 && r.End == 110);
        cells.Should().HaveCount(4, "the two rows and two columns of the table, none merged through the gap");
    }

    [Fact]
    public void Text_lying_on_a_gap_in_a_ruling_is_not_taken_for_the_line()
    {
        var image = Table(400, 200);
        Fill(image, 192, 88, 209, 112, Ink); // a glyph-sized blot where the border is left out (a merged cell's text)
        Fill(image, 199, 88, 201, 112, Paper);

        var (_, bridges, _) = Cells(image, 100);

        bridges.Should().NotContain(r => !r.Horizontal && r.Position > 198 && r.Position < 202);
    }

    [Fact]
    public void A_ruling_that_stops_short_of_the_border_is_carried_to_it()
    {
        var image = Table(400, 200);
        Fill(image, 368, 99, 380, 101, Faint); // the middle row line fades before the right border

        var (_, bridges, cells) = Cells(image, 100);

        bridges.Should().Contain(r => r.Horizontal && r.Start == 368 && r.End >= 380);
        cells.Should().HaveCount(4);
    }

    [SkippableFact]
    public void A_flat_bar_thinned_by_noise_is_a_dash_and_never_a_certain_digit()
    {
        var engine = PaddleOcrEngine.Default;
        Skip.IfNot(engine.ModelsPresent, "the OCR models are not beside the tests");
        var image = Table(600, 240);
        Fill(image, 140, 58, 164, 63, Ink); // a 24 × 5 px bar in the top-left cell (200 dpi: an em dash of 10.5 pt text)
        for (var x = 140; x < 164; x++)
        {
            // Scan noise: half the bar's pixels gone (every other column keeps one pixel), none of its columns empty.
            Fill(image, x, 58, x + 1, 63, x % 2 == 0 ? Ink : Paper);
            Fill(image, x, 58 + (x % 5), x + 1, 59 + (x % 5), x % 2 == 0 ? Paper : Ink);
        }

        var page = engine.Pages.Recognize(image, 200, default);

        var texts = page.Texts.Where(t => t.Left < 300 * 72.0 / 200 && t.Baseline > (240 - 120) * 72.0 / 200).ToList();
        texts.Should().ContainSingle().Which.Text.Should().Be("—");
        page.Texts.Should().NotContain(t => !t.Doubtful && t.Text.Any(char.IsDigit));
    }

    [Fact]
    public void A_number_centred_beside_a_wrapped_label_is_a_run_of_its_own_with_its_own_height()
    {
        // 200 dpi: a label of two lines (28 px tall, 8 px apart) and, 100 px to its right, a number 23 px tall centred on them.
        var (width, height) = (800, 200);
        var ink = new byte[width * height];
        Blot(ink, width, 40, 50, 340, 78);
        Blot(ink, width, 150, 86, 178, 114);
        Blot(ink, width, 440, 70, 454, 93);
        var runs = new List<TextRun>();

        TextLines.Find(ink, new byte[width * height], width, new PixelBox(0, 0, width, height), -1, split: true, 200, runs);

        runs.Select(r => r.Ink).Should().BeEquivalentTo([new PixelBox(40, 50, 340, 78), new PixelBox(150, 86, 178, 114), new PixelBox(440, 70, 454, 93)]);
    }

    [Fact]
    public void Deskew_does_not_turn_a_straight_page_whose_columns_are_offset()
    {
        // Rows of a borderless table: labels on two lines on the left, numbers centred between them on the right. Lined up
        // across the page under a small angle, they would score higher than the straight page itself.
        var (width, height) = (1600, 1200);
        var ink = new byte[width * height];
        for (var row = 0; row < 12; row++)
        {
            var y = 60 + (row * 90);
            Blot(ink, width, 100, y, 500, y + 28);
            Blot(ink, width, 100, y + 40, 300, y + 68);
            for (var column = 0; column < 7; column++)
            {
                Blot(ink, width, 650 + (column * 130), y + 22, 665 + (column * 130), y + 45);
            }
        }

        Deskew.FindAngle(ink, width, height).Should().BeApproximately(0, Deskew.MinCorrection);
    }

    private static void Blot(byte[] ink, int width, int x0, int y0, int x1, int y1)
    {
        for (var y = y0; y < y1; y++)
        {
            ink.AsSpan((y * width) + x0, x1 - x0).Fill(1);
        }
    }

    /// <summary>A 2 × 2 table: borders 2 px thick at 20 and height−20 / width−20, a middle row and column line.</summary>
    private static GrayImage Table(int width, int height)
    {
        var pixels = Enumerable.Repeat(Paper, width * height).ToArray();
        var image = new GrayImage(width, height, pixels);
        Fill(image, 20, 20, width - 20, 22, Ink);
        Fill(image, 20, height - 22, width - 20, height - 20, Ink);
        Fill(image, 20, (height / 2) - 1, width - 20, (height / 2) + 1, Ink);
        Fill(image, 20, 20, 22, height - 20, Ink);
        Fill(image, width - 22, 20, width - 20, height - 20, Ink);
        Fill(image, (width / 2) - 1, 20, (width / 2) + 1, height - 20, Ink);
        return image;
    }

    private static void Fill(GrayImage image, int x0, int y0, int x1, int y1, byte value)
    {
        for (var y = y0; y < y1; y++)
        {
            image.Row(y)[x0..x1].Fill(value);
        }
    }

    private static (List<PixelRuling> Found, List<PixelRuling> Bridges, List<PixelBox> Cells) Cells(GrayImage image, double dpi)
    {
        var threshold = image.OtsuThreshold();
        var found = Rulings.Find(image.InkMask(threshold), image.Width, image.Height, dpi);
        var bridges = Rulings.Bridge(found, image, threshold, dpi);
        var cells = CellFinder.Find([.. found, .. bridges], image.Width, image.Height, out _);
        return (found, bridges, cells);
    }
}
