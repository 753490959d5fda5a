using System;
using System.Threading;

namespace ReportParser.Imaging;

/// <summary>
/// An optical character recognition engine the checker calls for what has no text: PDF pages without a usable text
/// layer (scans, image-only pages, garbled text layers) and images standing where a standard table should be in HTML
/// and DOCX files. Set one on <see cref="ReportCheckerOptions.Ocr"/>; the package <c>ReportParser.Ocr</c> provides one.
/// </summary>
/// <remarks>
/// An engine returns what it saw (characters with boxes and confidences, ruling lines) in page coordinates; the
/// checker's own layout code builds lines, paragraphs and table grids from it exactly as from a PDF's text layer.
/// Implementations must be thread-safe, must never fetch anything from the network, and should throw
/// <see cref="OperationCanceledException"/> promptly when the cancellation token is signalled.
/// </remarks>
public interface IOcrEngine
{
    /// <summary>Renders page <paramref name="pageNumber"/> of a PDF and recognises it. Coordinates are PDF points, y upwards.</summary>
    /// <param name="pdf">The whole PDF file.</param>
    /// <param name="pageNumber">1-based page number.</param>
    /// <param name="cancellationToken">Signalled at the checker's time limit.</param>
    /// <exception cref="OcrException">The page could not be rendered or recognised.</exception>
    OcrPage RecognizePdfPage(ReadOnlyMemory<byte> pdf, int pageNumber, CancellationToken cancellationToken);

    /// <summary>Decodes an image file (PNG, JPEG, GIF, BMP, WebP) and recognises it. Coordinates are points (the image's pixels at its resolution), y upwards.</summary>
    /// <param name="image">The image file's bytes.</param>
    /// <param name="cancellationToken">Signalled at the checker's time limit.</param>
    /// <exception cref="OcrException">The image could not be decoded or recognised.</exception>
    OcrPage RecognizeImage(ReadOnlyMemory<byte> image, CancellationToken cancellationToken);
}
