namespace ReportParser.Ocr;

/// <summary>Options of a <see cref="PaddleOcrEngine"/>. Immutable; use <c>with</c> to derive variants.</summary>
public sealed record OcrEngineOptions
{
    /// <summary>The defaults: models beside the application (<c>models/</c>), 200 dpi, one thread per recognition.</summary>
    public static OcrEngineOptions Default { get; } = new();

    /// <summary>
    /// The folder holding <c>ch_PP-OCRv4_rec_infer.onnx</c> and <c>ppocr_keys_v1.txt</c>; null (the default) means the
    /// <c>models</c> folder beside the application, where the package puts them.
    /// </summary>
    public string? ModelDirectory { get; init; }

    /// <summary>The resolution PDF pages are rendered at (dots per inch). Default 200; 150 is faster and still reads 10-point digits.</summary>
    public int Resolution { get; init; } = 200;

    /// <summary>
    /// The degree of parallelism of one recognition (ONNX Runtime intra-op threads). Default 1, right when several
    /// files are checked in parallel (the CLI's <c>--jobs</c>); raise it to the core count for one file at a time.
    /// </summary>
    public int DegreeOfParallelism { get; init; } = 1;

    /// <summary>Images with more pixels than this are refused (RP0114) before they are decoded. Default 40 megapixels.</summary>
    public long MaxImagePixels { get; init; } = 40_000_000;
}
