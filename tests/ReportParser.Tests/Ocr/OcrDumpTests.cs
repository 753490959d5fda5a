using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using ReportParser.Ocr;
using ReportParser.Ocr.Imaging;
using ReportParser.Ocr.Recognition;
using Xunit.Abstractions;

namespace ReportParser.Tests.Ocr;

/// <summary>
/// A look inside one OCR page (opt-in, for work on the recogniser): <c>REPORTPARSER_OCR_DUMP</c> = a PDF with
/// <c>#page</c>, <c>REPORTPARSER_OCR_DUMP_OUT</c> = a folder. Writes every cell line's crop (PGM) and a list of the
/// lines with their ink box, unrestricted and number readings.
/// </summary>
public sealed class OcrDumpTests
{
    private readonly ITestOutputHelper _output;

    public OcrDumpTests(ITestOutputHelper output)
    {
        _output = output;
    }

    [SkippableFact]
    public void OcrDump_of_one_page()
    {
        var spec = Environment.GetEnvironmentVariable("REPORTPARSER_OCR_DUMP");
        var folder = Environment.GetEnvironmentVariable("REPORTPARSER_OCR_DUMP_OUT");
        Skip.If(string.IsNullOrEmpty(spec) || string.IsNullOrEmpty(folder), "set REPORTPARSER_OCR_DUMP (file.pdf#page) and REPORTPARSER_OCR_DUMP_OUT");
        var hash = spec!.IndexOf('#', StringComparison.Ordinal);
        var engine = PaddleOcrEngine.Default;
        var image = engine.Render(File.ReadAllBytes(spec[..hash]), int.Parse(spec[(hash + 1)..], CultureInfo.InvariantCulture));
        var page = PageRecognizer.Prepare(image, engine.Options.Resolution, default);
        var scores = engine.Pages.Recognizer.Recognize(page.Crops.Select(c => c.Image).ToList(), default);
        var decoder = new CtcDecoder(engine.Pages.Recognizer.Alphabet);
        Directory.CreateDirectory(folder!);
        var list = new StringBuilder();
        for (var i = 0; i < page.Runs.Count; i++)
        {
            var run = page.Runs[i];
            var full = decoder.DecodeAll(scores[i]);
            var number = decoder.DecodeNumber(scores[i]);
            list.AppendLine(CultureInfo.InvariantCulture, $"{i}\tcell {run.Cell}\tink {run.Ink}\tregion {run.Region}\tall '{full.Text}'\tnum '{number.Text}' {number.Confidence:0.000} {number.Doubt}");
            if (run.Cell >= 0)
            {
                WritePgm(Path.Combine(folder!, $"run{i:0000}.pgm"), page.Crops[i].Image);
            }
        }

        var content = ReportParser.Readers.OcrLayout.ToPageContent(engine.Pages.Read(page, default), 1);
        var lines = ReportParser.Layout.GlyphText.Lines(content.Glyphs);
        File.WriteAllLines(Path.Combine(folder!, "lines.txt"), lines.Select(l => FormattableString.Invariant($"{l.Baseline:0.0}\t{l.Size:0.0}\t{l.Left:0.0}-{l.Right:0.0}\t{string.Concat(l.Glyphs.Select(g => g.Text))}")));
        var layout = ReportParser.Layout.PageLayout.Analyze(content);
        File.WriteAllLines(Path.Combine(folder!, "items.txt"), layout.Items.Select(i => i.Table is { } t ? FormattableString.Invariant($"TABLE {t.RowCount} rows") : "line " + string.Concat(i.Line!.Glyphs.Select(g => g.Text))));
        WritePgm(Path.Combine(folder!, "page.pgm"), page.Image);
        var walls = page.Walls.Select((w, k) => w != 0 ? (byte)128 : page.Ink[k] != 0 ? (byte)0 : (byte)255).ToArray();
        WritePgm(Path.Combine(folder!, "walls.pgm"), new GrayImage(page.Image.Width, page.Image.Height, walls));
        File.WriteAllLines(Path.Combine(folder!, "rulings.txt"), page.Rulings.Select(r => r.ToString()));
        File.WriteAllText(Path.Combine(folder!, "runs.txt"), list.ToString());
        _output.WriteLine($"{page.Runs.Count} runs written to {folder}");
    }

    /// <summary>Every value cell of one rendering (<c>REPORTPARSER_OCR_CELLS</c> = the file, truth beside it) against its truth.</summary>
    [SkippableFact]
    public void OcrCells_of_one_file()
    {
        var file = Environment.GetEnvironmentVariable("REPORTPARSER_OCR_CELLS");
        Skip.If(string.IsNullOrEmpty(file), "set REPORTPARSER_OCR_CELLS to a rendering with its .truth.json beside it");
        var truth = ReportParser.Tests.EndToEnd.TruthFile.Load(Path.ChangeExtension(file!, null) + ".truth.json");
        var result = new ReportChecker(ReportCheckerOptions.Default.WithOcr()).Check(file!);
        var cells = result.Report.Tables.SelectMany(t => t.Cells).ToDictionary(c => c.Key);
        foreach (var (key, expected) in truth.Cells.OrderBy(c => c.Key, StringComparer.Ordinal))
        {
            var line = cells.TryGetValue(key, out var cell)
                ? $"{(cell.IsRead && cell.Raw == expected ? "ok" : cell.IsRead ? "WRONG" : cell.State.ToString())}\t{key}\t'{expected}'\t'{cell.Raw?.Replace("\n", "\\n", StringComparison.Ordinal)}'\t{cell.ReadingNote}"
                : $"MISSING\t{key}\t'{expected}'";
            _output.WriteLine(line);
        }

        foreach (var d in result.Diagnostics)
        {
            _output.WriteLine("DIAG\t" + d);
        }
    }

    private static void WritePgm(string path, GrayImage image)
    {
        using var stream = File.Create(path);
        var header = Encoding.ASCII.GetBytes($"P5\n{image.Width} {image.Height}\n255\n");
        stream.Write(header);
        stream.Write(image.Pixels);
    }
}
