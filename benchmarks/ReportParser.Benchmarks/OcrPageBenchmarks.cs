using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using BenchmarkDotNet.Attributes;
using ReportParser.Ocr;
using ReportParser.Ocr.Imaging;

namespace ReportParser.Benchmarks;

/// <summary>
/// OCR of one table page (issue 14) against the bare ONNX recogniser on the same crops, the baseline: what the
/// engine costs on top of running the PP-OCRv4 line model at all (render, deskew, rulings, cells, text lines, crops,
/// decoding). Also the page's preparation alone (render + everything before recognition). One recogniser thread,
/// the default (files run in parallel instead). Pages: the committed degraded 150 dpi scan of the 2021 template
/// fixture (JPEG, turned 0.6°, noise) and the same fixture's text PDF rendered as a clean page; both hold 表二/表三/表四.
/// </summary>
[ShortRunJob]
public class OcrPageBenchmarks
{
    private readonly PaddleOcrEngine _engine = new();
    private byte[] _bytes = [];
    private List<GrayImage> _crops = [];

    public static IEnumerable<string> Pages =>
    [
        "fixtures/ocr/official_2021.libreoffice.deg150.pdf#1",
        "fixtures/ocr/official_2021.libreoffice.deg150.pdf#2",
        "fixtures/pdf/official_2021.libreoffice.pdf#1",
    ];

    [ParamsSource(nameof(Pages))]
    public string Page { get; set; } = string.Empty;

    private int Number => int.Parse(Page[(Page.IndexOf('#') + 1)..], System.Globalization.CultureInfo.InvariantCulture);

    [GlobalSetup]
    public void Setup()
    {
        _bytes = File.ReadAllBytes(BenchmarkFiles.PathOf(Page[..Page.IndexOf('#')]));
        var image = _engine.Render(_bytes, Number);
        _crops = PageRecognizer.Prepare(image, _engine.Options.Resolution, CancellationToken.None).Crops.Select(c => c.Image).ToList();
    }

    [Benchmark(Baseline = true, Description = "bare ONNX recogniser, same crops")]
    public int BareRecognizer() => _engine.Pages.Recognizer.Recognize(_crops, CancellationToken.None).Length;

    [Benchmark(Description = "render + prepare (no recognition)")]
    public int Prepare() =>
        PageRecognizer.Prepare(_engine.Render(_bytes, Number), _engine.Options.Resolution, CancellationToken.None).Crops.Count;

    [Benchmark(Description = "OCR page (render → glyphs)")]
    public int OcrPage() => _engine.RecognizePdfPage(_bytes, Number, CancellationToken.None).Texts.Length;
}
