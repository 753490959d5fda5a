namespace ReportParser.Documents;

/// <summary>
/// One cell of a <see cref="TableBlock"/> grid after spans were resolved. A merged cell appears once, at its top-left
/// position, with its spans.
/// </summary>
public sealed record GridCell
{
    /// <summary>0-based grid row of the top-left corner.</summary>
    public required int Row { get; init; }

    /// <summary>0-based grid column of the top-left corner.</summary>
    public required int Column { get; init; }

    /// <summary>Number of grid rows the cell covers (≥ 1).</summary>
    public int RowSpan { get; init; } = 1;

    /// <summary>Number of grid columns the cell covers (≥ 1).</summary>
    public int ColumnSpan { get; init; } = 1;

    /// <summary>The cell text; lines (from <c>&lt;br&gt;</c>, paragraphs or PDF lines) are joined with <c>\n</c>.</summary>
    public required string Text { get; init; }

    /// <summary>Where the cell came from.</summary>
    public BlockProvenance Provenance { get; init; } = BlockProvenance.None;

    /// <summary>How sure the reader is of <see cref="Text"/>; anything but <see cref="CellReading.Certain"/> keeps the cell out of error findings.</summary>
    public CellReading Reading { get; init; } = CellReading.Certain;

    /// <summary>The reader's confidence in <see cref="Text"/> between 0 and 1 (OCR), or null when it was not measured.</summary>
    public double? Confidence { get; init; }

    /// <summary>Why the reading is not certain, in English (for example the possible splits of digits run together), or null.</summary>
    public string? ReadingNote { get; init; }
}
