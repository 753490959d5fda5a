namespace ReportParser.Documents;

/// <summary>How sure the reader is of a <see cref="GridCell"/>'s text. Only <see cref="Certain"/> cells may feed an error finding.</summary>
public enum CellReading
{
    /// <summary>The text is what the source prints (markup, a text layer, or text whose cell boundaries are unambiguous).</summary>
    Certain = 0,

    /// <summary>The source does not decide the cell's value (digits run together with more than one split, a value whose column is unknown).</summary>
    Ambiguous = 1,

    /// <summary>The text was recognised with low confidence (OCR or noisy conversion): it may not be what is printed.</summary>
    Doubtful = 2,

    /// <summary>The cell is cut by the page edge or the printable area: part of its text may be missing.</summary>
    Clipped = 3,
}
