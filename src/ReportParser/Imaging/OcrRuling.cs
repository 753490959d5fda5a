namespace ReportParser.Imaging;

/// <summary>
/// A horizontal or vertical ruling line found in an image, in page coordinates (points, y upwards).
/// <see cref="Position"/> is the y of a horizontal line or the x of a vertical one; <see cref="Start"/> &lt;
/// <see cref="End"/> run along the other axis.
/// </summary>
/// <param name="Horizontal">True for a horizontal line.</param>
/// <param name="Position">The y of a horizontal line, the x of a vertical one.</param>
/// <param name="Start">Where the line starts along its direction.</param>
/// <param name="End">Where the line ends along its direction.</param>
public readonly record struct OcrRuling(bool Horizontal, double Position, double Start, double End);
