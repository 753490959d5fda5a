namespace ReportParser.Imaging;

/// <summary>
/// One recognised character (or a short run of characters read as one) with its box in page coordinates (points, y
/// upwards). <see cref="Baseline"/> and <see cref="Size"/> place it on its text line the way a PDF glyph is placed.
/// </summary>
public sealed record OcrText
{
    /// <summary>The recognised text (usually one character).</summary>
    public required string Text { get; init; }

    /// <summary>Left edge (points).</summary>
    public required double Left { get; init; }

    /// <summary>Right edge (points).</summary>
    public required double Right { get; init; }

    /// <summary>Baseline of the text line (points, y upwards).</summary>
    public required double Baseline { get; init; }

    /// <summary>Type size of the text line (points): the em height.</summary>
    public required double Size { get; init; }

    /// <summary>The recogniser's confidence in <see cref="Text"/>, between 0 and 1.</summary>
    public double Confidence { get; init; } = 1;

    /// <summary>True when the engine is not sure of the text (low confidence, a character outside the set expected there, ink that read as nothing): the cell it falls in is doubtful.</summary>
    public bool Doubtful { get; init; }

    /// <summary>Why the text is doubtful, in English (for example the alternative reading), or null.</summary>
    public string? Note { get; init; }
}
