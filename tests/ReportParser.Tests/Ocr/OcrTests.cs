using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ReportParser.Diagnostics;
using ReportParser.Documents;
using ReportParser.Imaging;
using ReportParser.Model;
using ReportParser.Ocr;
using ReportParser.Ocr.Imaging;
using ReportParser.Ocr.Recognition;
using ReportParser.Readers;
using ReportParser.Layout;
using ReportParser.Tests.EndToEnd;
using ReportParser.Tests.Infrastructure;
using Xunit.Abstractions;

namespace ReportParser.Tests.Ocr;

/// <summary>
/// OCR (issue 14) on the committed image-only renderings in fixtures/ocr (made by fixtures/ocr/make-ocr-fixtures.sh
/// from the PDF fixtures; their truth is the source's truth), and the pieces of the engine.
/// </summary>
public sealed class OcrTests
{
    private static readonly ReportChecker WithOcr = new(ReportCheckerOptions.Default.WithOcr());

    private readonly ITestOutputHelper _output;

    public OcrTests(ITestOutputHelper output)
    {
        _output = output;
    }

    [Theory]
    [InlineData("official_2021.libreoffice.deg150.pdf")]
    [InlineData("official_2021.libreoffice.img.html")]
    public void Image_only_rendering_reads_every_value_cell_as_printed(string file)
    {
        var path = RepositoryPaths.Fixture(Path.Combine("ocr", file));
        var truth = TruthFile.Load(Path.ChangeExtension(path, null).Replace(".pdf", string.Empty) + ".truth.json");

        var result = WithOcr.Check(path);
        var accuracy = Accuracy.Measure(result, truth);
        _output.WriteLine(accuracy.ToString());

        accuracy.WrongCells.Should().BeEmpty();

        // The HTML rendering carries only the title and headings as text; the prose of 六 (the fee statement) is in
        // the page pictures, which OCR reads for their tables only.
        accuracy.ExtraErrors.Where(e => !(file.EndsWith(".html", StringComparison.Ordinal) && e.Contains("RP0611", StringComparison.Ordinal))).Should().BeEmpty();
        result.Diagnostics.Should().Contain(d => d.Id == DiagnosticIds.ReadByOcr);
        result.Diagnostics.Should().NotContain(d => d.Id == DiagnosticIds.NoTextLayer || d.Id == DiagnosticIds.OcrFailed);
        result.Report.Applications![ApplicationRow.NewlyReceived, ApplicantColumn.Total]!.Raw.Should().Be(truth.Cells["T3.R1|T3.C.total"]);
    }

    [Fact]
    public void Scanned_pdf_cells_carry_the_ocr_method_and_a_confidence()
    {
        var document = WithOcr.Read(RepositoryPaths.Fixture("ocr/official_2021.libreoffice.deg150.pdf"));

        var cells = document.Blocks.OfType<TableBlock>().SelectMany(t => t.Cells).ToList();
        cells.Should().NotBeEmpty();
        cells.Should().OnlyContain(c => c.Provenance.Method == ReadingMethod.Ocr);
        cells.Where(c => c.Text.Length > 0).Should().OnlyContain(c => c.Confidence > 0 && c.Confidence <= 1);
        document.Blocks.OfType<ParagraphBlock>().Should().Contain(p => p.Text.Contains("收到和处理政府信息公开申请") && p.Provenance.Method == ReadingMethod.Ocr);
    }

    [Fact]
    public void Without_an_engine_a_scanned_page_is_RP0105_and_nothing_is_guessed()
    {
        var result = ReportChecker.Default.Check(RepositoryPaths.Fixture("ocr/official_2021.libreoffice.deg150.pdf"));

        result.Diagnostics.Where(d => d.Id == DiagnosticIds.NoTextLayer).Select(d => d.Location.Page).Should().Equal(1, 2);
        result.Report.Tables.SelectMany(t => t.Cells).Should().NotContain(c => c.Kind != CellKind.Missing);
    }

    [Fact]
    public void The_page_limit_stops_ocr_with_RP0105_for_the_rest()
    {
        var checker = new ReportChecker(ReportCheckerOptions.Default.WithOcr() with { OcrPageLimit = 1 });

        var document = checker.Read(RepositoryPaths.Fixture("ocr/official_2021.libreoffice.deg150.pdf"));

        document.Diagnostics.Where(d => d.Id == DiagnosticIds.ReadByOcr).Select(d => d.Location.Page).Should().Equal(1);
        document.Diagnostics.Where(d => d.Id == DiagnosticIds.NoTextLayer).Select(d => d.Location.Page).Should().Equal(2);
    }

    [Fact]
    public void An_engine_failure_is_RP0114_and_the_check_goes_on()
    {
        var checker = new ReportChecker(ReportCheckerOptions.Default with { Ocr = new FailingEngine() });

        var document = checker.Read(RepositoryPaths.Fixture("ocr/official_2021.libreoffice.deg150.pdf"));

        document.Diagnostics.Where(d => d.Id == DiagnosticIds.OcrFailed).Should().HaveCount(2);
        document.Diagnostics.First(d => d.Id == DiagnosticIds.OcrFailed).Arguments.Should().Contain("renderer exploded");
        document.Diagnostics.Where(d => d.Id == DiagnosticIds.NoTextLayer).Should().HaveCount(2);
    }

    [Fact]
    public void Deskew_finds_the_angle_a_page_was_turned_by()
    {
        var page = Render("pdf/official_2021.libreoffice.pdf", 1, 150);
        var turned = Deskew.Rotate(page, -0.7);

        var angle = Deskew.FindAngle(turned.InkMask(turned.OtsuThreshold()), turned.Width, turned.Height);

        angle.Should().BeApproximately(0.7, 0.05);
    }

    [Fact]
    public void Ruling_lines_give_the_cells_of_the_tables()
    {
        var page = Render("pdf/official_2021.libreoffice.pdf", 1, 150);
        var ink = page.InkMask(page.OtsuThreshold());

        var rulings = Rulings.Find(ink, page.Width, page.Height, 150);
        var cells = CellFinder.Find(rulings, page.Width, page.Height, out _);

        rulings.Should().Contain(r => r.Horizontal).And.Contain(r => !r.Horizontal);
        cells.Count.Should().BeGreaterThan(40, "表二 and the start of 表三 (7 value cells a row, with their labels) are on this page");
    }

    [Fact]
    public void The_number_decoder_never_returns_a_letter_and_keeps_a_lone_zero()
    {
        var decoder = new CtcDecoder(Alphabet());
        var o = Array.IndexOf(Alphabet(), "o");
        var zero = Array.IndexOf(Alphabet(), "0");
        var scores = Scores(Alphabet().Length, (0, 0, 0.9f), (1, o, 0.7f), (1, zero, 0.25f), (2, 0, 0.9f));

        decoder.DecodeAll(scores).Text.Should().Be("o");
        var number = decoder.DecodeNumber(scores);
        number.Text.Should().Be("0");
        number.Confidence.Should().BeGreaterThan(PageRecognizer.DoubtfulBelow, "in a value cell the 'o' can only be a 0: its probability counts for the 0");
    }

    [Fact]
    public void A_blank_frame_that_nearly_held_a_digit_makes_the_number_doubtful()
    {
        var decoder = new CtcDecoder(Alphabet());
        var one = Array.IndexOf(Alphabet(), "1");
        var scores = Scores(Alphabet().Length, (0, one, 0.95f), (1, 0, 0.55f), (1, one, 0.05f), (2, 0, 0.5f), (2, one, 0.45f), (3, one, 0.95f));

        var number = decoder.DecodeNumber(scores);

        number.Text.Should().Be("11");
        number.Confidence.Should().BeLessThan(PageRecognizer.DoubtfulBelow);
        number.Doubt.Should().Contain("'1' may be missing");
    }

    [Fact]
    public void A_cell_with_a_doubtful_glyph_is_doubtful_with_the_lowest_confidence_and_the_reason()
    {
        var page = OcrLayout.ToPageContent(
            new OcrPage(
                200,
                100,
                [
                    new OcrText { Text = "1", Left = 20, Right = 25, Baseline = 40, Size = 10, Confidence = 0.99 },
                    new OcrText { Text = "7", Left = 25, Right = 30, Baseline = 40, Size = 10, Confidence = 0.6, Doubtful = true, Note = "'7' read with confidence 0.60" },
                    new OcrText { Text = "3", Left = 120, Right = 125, Baseline = 40, Size = 10, Confidence = 0.98 },
                ],
                [new(true, 80, 10, 190), new(true, 20, 10, 190), new(false, 10, 20, 80), new(false, 100, 20, 80), new(false, 190, 20, 80)]),
            1);

        var layout = PageLayout.Analyze(page);
        var context = new LayoutContext("test", DiagnosticBag.Unfiltered(), 100_000, default);
        var table = FixedLayoutDocument.Assemble([layout], context).OfType<TableBlock>().Single();

        var doubtful = table.GetCell(0, 0)!;
        doubtful.Text.Should().Be("17");
        doubtful.Reading.Should().Be(CellReading.Doubtful);
        doubtful.Confidence.Should().Be(0.6);
        doubtful.ReadingNote.Should().Contain("0.60");
        doubtful.Provenance.Method.Should().Be(ReadingMethod.Ocr);
        var certain = table.GetCell(0, 1)!;
        certain.Text.Should().Be("3");
        certain.Reading.Should().Be(CellReading.Certain);
        certain.Confidence.Should().Be(0.98);
    }

    [Theory]
    [InlineData("http://example.com/t3.png")]
    [InlineData("//example.com/t3.png")]
    [InlineData("file:///etc/passwd")]
    [InlineData("../secret.png")]
    [InlineData("images/../../secret.png")]
    [InlineData("/etc/passwd")]
    [InlineData("C:\\t3.png")]
    public void Images_are_never_fetched_from_the_network_or_outside_the_files_folder(string source)
    {
        var context = new ReadContext(RepositoryPaths.Fixture("ocr/official_2021.libreoffice.img.html"), ReportCheckerOptions.Default);

        ImageTables.FromPage(source, context).Should().BeNull();
    }

    [Fact]
    public void A_data_uri_and_a_file_beside_the_page_are_read()
    {
        var context = new ReadContext(RepositoryPaths.Fixture("ocr/official_2021.libreoffice.img.html"), ReportCheckerOptions.Default);

        ImageTables.FromPage("data:image/png;base64,iVBORw0KGgo=", context).Should().Equal(0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A);
        ImageTables.FromPage("official_2021.libreoffice.img.truth.json", context).Should().NotBeNull();
    }

    private static GrayImage Render(string fixture, int page, int dpi)
    {
        var bytes = File.ReadAllBytes(RepositoryPaths.Fixture(fixture));
#pragma warning disable CA1416 // PDFtoImage runs where its PDFium natives ship (linux-x64 here)
        using var bitmap = PDFtoImage.Conversion.ToImage(bytes, page - 1, null, new PDFtoImage.RenderOptions { Dpi = dpi });
#pragma warning restore CA1416
        return GrayImage.FromBitmap(bitmap);
    }

    private static string[]? _alphabet;

    private static string[] Alphabet()
    {
        if (_alphabet is null)
        {
            var keys = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "models", PaddleOcrEngine.Keys));
            _alphabet = [string.Empty, .. keys, " "];
        }

        return _alphabet;
    }

    /// <summary>Frame probabilities: each (frame, class, p); the rest of a frame's mass goes to the blank unless given.</summary>
    private static LineScores Scores(int classes, params (int Frame, int Class, float P)[] entries)
    {
        var frames = entries.Max(e => e.Frame) + 1;
        var data = new float[frames * classes];
        foreach (var group in entries.GroupBy(e => e.Frame))
        {
            foreach (var (frame, c, p) in group)
            {
                data[(frame * classes) + c] = p;
            }

            if (!group.Any(e => e.Class == 0))
            {
                data[group.Key * classes] = Math.Max(0, 1 - group.Sum(e => e.P));
            }
        }

        return new LineScores(data, frames, classes, 8);
    }

    private sealed class FailingEngine : IOcrEngine
    {
        public OcrPage RecognizePdfPage(ReadOnlyMemory<byte> pdf, int pageNumber, System.Threading.CancellationToken cancellationToken) =>
            throw new OcrException("renderer exploded");

        public OcrPage RecognizeImage(ReadOnlyMemory<byte> image, System.Threading.CancellationToken cancellationToken) =>
            throw new OcrException("renderer exploded");
    }
}
