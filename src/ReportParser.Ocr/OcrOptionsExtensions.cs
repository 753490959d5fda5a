using System;
using ReportParser.Imaging;

namespace ReportParser.Ocr;

/// <summary>Switches OCR on in <see cref="ReportCheckerOptions"/>.</summary>
public static class OcrOptionsExtensions
{
    /// <summary>Returns options that read scans and tables published as pictures with <paramref name="engine"/> (default: <see cref="PaddleOcrEngine.Default"/>).</summary>
    /// <param name="options">The options to extend.</param>
    /// <param name="engine">The engine; null for the shared default engine.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    public static ReportCheckerOptions WithOcr(this ReportCheckerOptions options, IOcrEngine? engine = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options with { Ocr = engine ?? PaddleOcrEngine.Default };
    }
}
