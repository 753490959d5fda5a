using System.Collections.Immutable;
using ReportParser.Diagnostics;
using ReportParser.Documents;
using ReportParser.Model;

namespace ReportParser.Recognition;

/// <summary>What kind of document the recognizer found.</summary>
internal enum DocumentKind
{
    Report,
    NotAReport,
    AttachmentOnly,
}

/// <summary>A value cell located in a table grid: the ids it maps to and the text printed there (null when not printed).</summary>
internal sealed record RecognizedCell(string RowId, string ColumnId, string? Text, BlockProvenance Provenance)
{
    /// <summary>How sure the reader (or the recognizer) is of the text; see <see cref="GridCell.Reading"/>.</summary>
    public CellReading Reading { get; init; } = CellReading.Certain;

    /// <summary>The reader's confidence in the text (OCR), or null.</summary>
    public double? Confidence { get; init; }

    /// <summary>Why the reading is not certain, or null.</summary>
    public string? ReadingNote { get; init; }

    /// <summary>
    /// The cell of <paramref name="view"/>'s grid at a template position, carrying the reader's state; a null
    /// <paramref name="cell"/> is a cell the report does not print where the template has it.
    /// </summary>
    public static RecognizedCell Of(string rowId, string columnId, GridCell? cell, TableView view) =>
        cell is null
            ? new RecognizedCell(rowId, columnId, null, view.Table.Provenance)
            : new RecognizedCell(rowId, columnId, cell.Text, view.ProvenanceOf(cell))
            {
                Reading = cell.Reading,
                Confidence = cell.Confidence,
                ReadingNote = cell.ReadingNote,
            };

    /// <summary>The same cell, marked ambiguous (its column was taken from position, not from a recognised header).</summary>
    public RecognizedCell AsAmbiguous(string note) =>
        Text is null || Reading != CellReading.Certain ? this : this with { Reading = CellReading.Ambiguous, ReadingNote = note };
}

/// <summary>One standard table located in the document.</summary>
internal sealed record RecognizedTable(
    string TableId,
    BlockProvenance Provenance,
    ImmutableArray<RecognizedCell> Cells,
    ImmutableDictionary<string, string> RowLabels)
{
    /// <summary>Cells of non-standard additions (a 法人或其他组织 subtotal column, 小计 rows), kept apart from the template's cells.</summary>
    public ImmutableArray<RecognizedCell> NonStandardCells { get; init; } = [];
}

/// <summary>A top-level section heading and the blocks up to the next one.</summary>
internal sealed record RecognizedSection(
    string Id,
    string Title,
    string CanonicalTitle,
    string? Ordinal,
    bool IsCanonical,
    string Text,
    int ImageCount,
    int BlockIndex,
    BlockProvenance Provenance);

/// <summary>Stage-2 output: the document's sections, standard tables and metadata, located but not yet typed.</summary>
internal sealed record RecognizedReport
{
    public required SourceDocument Document { get; init; }

    public DocumentKind Kind { get; init; }

    public string? Title { get; init; }

    public string? Agency { get; init; }

    public int? Year { get; init; }

    public ImmutableArray<RecognizedSection> Sections { get; init; } = [];

    /// <summary>The running text before the first section heading (title and introduction), paragraphs joined by <c>\n</c>.</summary>
    public string Preamble { get; init; } = string.Empty;

    public RecognizedTable? ActiveDisclosure { get; init; }

    public TemplateVersion DisclosureVersion { get; init; }

    public RecognizedTable? Applications { get; init; }

    public bool OtherHandlingIsSplit { get; init; }

    /// <summary>The template whose 表三 layout the table follows (<see cref="TemplateVersion.V2019Trial"/>: single （六）; <see cref="TemplateVersion.V2021"/>: split).</summary>
    public TemplateVersion ApplicationLayout { get; init; } = TemplateVersion.V2019Trial;

    public RecognizedTable? ReviewLitigation { get; init; }

    public int ExtraTableCount { get; init; }

    public ImmutableArray<Diagnostic> Diagnostics { get; init; } = [];

    /// <summary>What the running text states (facts and the statistics period), read once here for the rules.</summary>
    public NarrativeFacts Narrative { get; init; } = NarrativeFacts.None;
}
