using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Attributes;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace ReportParser.Benchmarks;

/// <summary>
/// The PDF path (read + recognise + map + check) against PdfPig's bare letter extraction of the same file, the
/// baseline: open the document, parse every page, touch its letters. The ratio says what rebuilding tables,
/// paragraphs and checking costs on top of getting the text at all. <c>generated/200-pages.pdf</c> is written in
/// the setup (a ruled table and running text on each of 200 pages) to show that memory stays bounded.
/// </summary>
[MemoryDiagnoser]
public class PdfCheckBenchmarks
{
    public const string LargeDocument = "generated/200-pages.pdf";

    private byte[] _bytes = [];

    public static IEnumerable<string> Files => BenchmarkFiles.Pdf().Append(LargeDocument);

    [ParamsSource(nameof(Files))]
    public string File { get; set; } = string.Empty;

    [GlobalSetup]
    public void Setup() => _bytes = File == LargeDocument ? Generate(200) : System.IO.File.ReadAllBytes(BenchmarkFiles.PathOf(File));

    [Benchmark(Baseline = true, Description = "PdfPig letters only")]
    public int PdfPigLetters()
    {
        using var document = PdfDocument.Open(_bytes);
        var letters = 0;
        for (var number = 1; number <= document.NumberOfPages; number++)
        {
            letters += document.GetPage(number).Letters.Count;
        }

        return letters;
    }

    [Benchmark(Description = "ReportParser read + check")]
    public int ReadAndCheck()
    {
        using var stream = new MemoryStream(_bytes);
        return ReportChecker.Default.Check(stream, SourceFormat.Pdf, File).Diagnostics.Length;
    }

    /// <summary>A PDF of <paramref name="pages"/> pages, each with a heading, running text and a ruled 8×4 table of numbers.</summary>
    public static byte[] Generate(int pages)
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        double[] xs = [60, 200, 300, 400, 520];
        for (var p = 0; p < pages; p++)
        {
            var page = builder.AddPage(595, 842);
            page.AddText("Section " + (p + 1), 14, new PdfPoint(60, 780), font);
            for (var line = 0; line < 12; line++)
            {
                page.AddText("Running text of the report, line " + line + " on page " + (p + 1) + ", with a number 3119 in it.", 11, new PdfPoint(60, 750 - (line * 16)), font);
            }

            var top = 540.0;
            for (var r = 0; r <= 8; r++)
            {
                page.DrawLine(new PdfPoint(xs[0], top - (r * 24)), new PdfPoint(xs[4], top - (r * 24)), 0.5);
            }

            foreach (var x in xs)
            {
                page.DrawLine(new PdfPoint(x, top), new PdfPoint(x, top - (8 * 24)), 0.5);
            }

            for (var r = 0; r < 8; r++)
            {
                page.AddText("Row " + r, 10, new PdfPoint(xs[0] + 4, top - (r * 24) - 16), font);
                for (var c = 1; c < 4; c++)
                {
                    page.AddText(((p * 31) + (r * 7) + c).ToString(System.Globalization.CultureInfo.InvariantCulture), 10, new PdfPoint(xs[c] + 4, top - (r * 24) - 16), font);
                }
            }

            page.AddText("-" + (p + 1) + "-", 10, new PdfPoint(290, 40), font);
        }

        return builder.Build();
    }
}
