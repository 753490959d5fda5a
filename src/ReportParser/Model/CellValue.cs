using ReportParser.Diagnostics;
using ReportParser.Documents;

namespace ReportParser.Model;

/// <summary>
/// One value cell of a standard table: the text as printed, what kind of value it is, the parsed number and
/// where it came from, and how far the reading can be trusted (<see cref="State"/>). Blank, dash and slash cells are
/// never turned into 0 here.
/// </summary>
public sealed class CellValue
{
    internal CellValue(
        string rowId,
        string columnId,
        string raw,
        CellKind kind,
        decimal? number,
        string? unit,
        string? note,
        SourceLocation location,
        CellReading reading = CellReading.Certain,
        double? confidence = null,
        ReadingMethod? method = null,
        string? readingNote = null)
    {
        RowId = rowId;
        ColumnId = columnId;
        Raw = raw;
        Kind = kind;
        Number = number;
        Unit = unit;
        Note = note;
        Location = location;
        State = StateOf(kind, reading, raw);
        Confidence = confidence;
        Method = method;
        ReadingNote = readingNote;
    }

    /// <summary>Row id of the spec, e.g. <c>T3.R1</c>.</summary>
    public string RowId { get; }

    /// <summary>Column id of the spec, e.g. <c>T3.C.total</c>.</summary>
    public string ColumnId { get; }

    /// <summary>The JSON key <c>rowId|columnId</c>.</summary>
    public string Key => RowId + "|" + ColumnId;

    /// <summary>The cell text exactly as printed (whitespace trimmed, line breaks as <c>\n</c>).</summary>
    public string Raw { get; }

    /// <summary>What the cell holds.</summary>
    public CellKind Kind { get; }

    /// <summary>The number when <see cref="Kind"/> is <see cref="CellKind.Number"/>, else null.</summary>
    public decimal? Number { get; }

    /// <summary>A unit printed in the cell (<c>件</c>, <c>万元</c>, <c>元</c> …) and stripped before parsing, or null.</summary>
    public string? Unit { get; }

    /// <summary>A parenthetical note printed after the number (<c>22（其中修订 16 件）</c> → <c>其中修订 16 件</c>), or null.</summary>
    public string? Note { get; }

    /// <summary>Where the cell is in the source.</summary>
    public SourceLocation Location { get; }

    /// <summary>True when the cell is blank, a dash, a slash or a not-applicable word — a value the report left unstated.</summary>
    public bool IsUnstated => IsUnstatedKind(Kind, Raw);

    /// <summary>
    /// How far the reading can be trusted: <see cref="CellState.Read"/>, <see cref="CellState.Blank"/>,
    /// <see cref="CellState.NotFound"/> (<see cref="Kind"/> is <see cref="CellKind.Missing"/>), or — from the reader —
    /// <see cref="CellState.Ambiguous"/>, <see cref="CellState.Doubtful"/> or <see cref="CellState.Clipped"/>.
    /// Only read cells (and blank ones, as blanks) take part in the checks.
    /// </summary>
    public CellState State { get; }

    /// <summary>True when the checks may use the cell: <see cref="State"/> is <see cref="CellState.Read"/> or <see cref="CellState.Blank"/>.</summary>
    public bool IsRead => State is CellState.Read or CellState.Blank;

    /// <summary>The reader's confidence in the text between 0 and 1 (OCR), or null when it was not measured.</summary>
    public double? Confidence { get; }

    /// <summary>How the text was obtained (markup, a PDF text layer, OCR, a text conversion), or null when not recorded.</summary>
    public ReadingMethod? Method { get; }

    /// <summary>Why the reading is not certain (in English, from the reader, e.g. the possible splits of run-together digits), or null.</summary>
    public string? ReadingNote { get; }

    /// <inheritdoc />
    public override string ToString() => Key + "=" + (Kind == CellKind.Missing ? "(missing)" : "\"" + Raw + "\"");

    private static bool IsUnstatedKind(CellKind kind, string raw) =>
        kind is CellKind.Blank or CellKind.Dash or CellKind.Slash || (kind == CellKind.Text && CellTexts.IsNotApplicableWord(raw));

    /// <summary>The reader's doubt wins over what the text looks like; a cell the reader did not find is not found whatever it says.</summary>
    private static CellState StateOf(CellKind kind, CellReading reading, string raw)
    {
        if (kind == CellKind.Missing)
        {
            return CellState.NotFound;
        }

        return reading switch
        {
            CellReading.Ambiguous => CellState.Ambiguous,
            CellReading.Doubtful => CellState.Doubtful,
            CellReading.Clipped => CellState.Clipped,
            _ => IsUnstatedKind(kind, raw) ? CellState.Blank : CellState.Read,
        };
    }
}
