using System;
using System.Collections.Concurrent;
using System.IO;
using System.Runtime.InteropServices;
using System.Threading;
using PDFtoImage;
using ReportParser.Imaging;
using ReportParser.Ocr.Imaging;
using ReportParser.Ocr.Recognition;
using SkiaSharp;

namespace ReportParser.Ocr;

/// <summary>
/// The OCR engine of ReportParser: PDF pages rendered with PDFium, tables found from the image's ruling lines, every
/// text line recognised by the PP-OCRv4 Chinese recogniser through ONNX Runtime, value cells decoded restricted to
/// number characters and marked doubtful when the recogniser is not sure. Thread-safe; the model is loaded once per
/// process (per <see cref="OcrEngineOptions.ModelDirectory"/> and degree of parallelism) and shared.
/// </summary>
public sealed class PaddleOcrEngine : IOcrEngine
{
    /// <summary>The recogniser model's file name.</summary>
    public const string RecognizerModel = "ch_PP-OCRv4_rec_infer.onnx";

    /// <summary>The recogniser's character list.</summary>
    public const string Keys = "ppocr_keys_v1.txt";

    private static readonly ConcurrentDictionary<(string, int), Lazy<TextRecognizer>> Recognizers = new();

    private readonly Lazy<PageRecognizer> _pages;

    /// <summary>Creates an engine with <see cref="OcrEngineOptions.Default"/>.</summary>
    public PaddleOcrEngine()
        : this(OcrEngineOptions.Default)
    {
    }

    /// <summary>Creates an engine.</summary>
    /// <param name="options">The options.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    public PaddleOcrEngine(OcrEngineOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Options = options;
        var directory = Path.GetFullPath(options.ModelDirectory ?? Path.Combine(AppContext.BaseDirectory, "models"));
        var threads = Math.Max(1, options.DegreeOfParallelism);
        _pages = new Lazy<PageRecognizer>(() =>
        {
            var recognizer = Recognizers.GetOrAdd((directory, threads), key => new Lazy<TextRecognizer>(() => Load(key.Item1, key.Item2))).Value;
            return new PageRecognizer(recognizer);
        });
    }

    /// <summary>A shared engine with the default options.</summary>
    public static PaddleOcrEngine Default { get; } = new();

    /// <summary>The options this engine applies.</summary>
    public OcrEngineOptions Options { get; }

    /// <summary>True when the model files are where this engine looks for them.</summary>
    public bool ModelsPresent
    {
        get
        {
            var directory = Options.ModelDirectory ?? Path.Combine(AppContext.BaseDirectory, "models");
            return File.Exists(Path.Combine(directory, RecognizerModel)) && File.Exists(Path.Combine(directory, Keys));
        }
    }

    /// <inheritdoc />
    public OcrPage RecognizePdfPage(ReadOnlyMemory<byte> pdf, int pageNumber, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Recognize(Render(pdf, pageNumber), Options.Resolution, cancellationToken);
    }

    /// <summary>The page rendered (PDFium) at <see cref="OcrEngineOptions.Resolution"/>, grey.</summary>
    internal GrayImage Render(ReadOnlyMemory<byte> pdf, int pageNumber)
    {
        var bytes = MemoryMarshal.TryGetArray(pdf, out var segment) && segment.Offset == 0 && segment.Count == segment.Array!.Length ? segment.Array : pdf.ToArray();
        try
        {
            var options = new RenderOptions { Dpi = Options.Resolution, WithAnnotations = false, WithFormFill = false };
            using var bitmap = Conversion.ToImage(bytes, pageNumber - 1, null, options);
            return GrayImage.FromBitmap(bitmap);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException and not OperationCanceledException)
        {
            throw new OcrException("page " + pageNumber + " could not be rendered: " + ex.Message, ex);
        }
    }

    /// <inheritdoc />
    public OcrPage RecognizeImage(ReadOnlyMemory<byte> image, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        GrayImage gray;
        try
        {
            using var data = SKData.CreateCopy(image.Span);
            using var codec = SKCodec.Create(data) ?? throw new OcrException("not an image format that can be decoded");
            var info = codec.Info;
            if ((long)info.Width * info.Height > Options.MaxImagePixels)
            {
                throw new OcrException($"the image has {info.Width}×{info.Height} pixels, more than the limit of {Options.MaxImagePixels}");
            }

            using var bitmap = SKBitmap.Decode(codec) ?? throw new OcrException("the image could not be decoded");
            gray = GrayImage.FromBitmap(bitmap);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException and not OperationCanceledException and not OcrException)
        {
            throw new OcrException("the image could not be decoded: " + ex.Message, ex);
        }

        return Recognize(gray, ImageResolution(gray.Width), cancellationToken);
    }

    /// <summary>
    /// The resolution an image is taken to have: 96 dpi (a screenshot), unless it is wider than an A4 page would be
    /// at that resolution, when it is taken as an A4-wide scan.
    /// </summary>
    internal static double ImageResolution(int width) => Math.Max(96, width / 8.27);

    /// <summary>The page recogniser (the model loaded on first use).</summary>
    internal PageRecognizer Pages
    {
        get
        {
            try
            {
                return _pages.Value;
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                throw new OcrException("the OCR model could not be loaded: " + ex.Message, ex);
            }
        }
    }

    private OcrPage Recognize(GrayImage image, double dpi, CancellationToken cancellationToken) =>
        Pages.Recognize(image, dpi, cancellationToken);

    private static TextRecognizer Load(string directory, int threads)
    {
        var model = Path.Combine(directory, RecognizerModel);
        var keys = Path.Combine(directory, Keys);
        if (!File.Exists(model) || !File.Exists(keys))
        {
            throw new FileNotFoundException($"The OCR model files ({RecognizerModel}, {Keys}) are not in {directory}; the ReportParser.Ocr package puts them in models/ beside the application.");
        }

        return new TextRecognizer(model, keys, threads);
    }
}
