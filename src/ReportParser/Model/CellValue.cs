using ReportParser.Diagnostics;

namespace ReportParser.Model;

/// <summary>
/// One value cell of a standard table: the text as printed, what kind of value it is, the parsed number and
/// where it came from. Blank, dash and slash cells are never turned into 0 here.
/// </summary>
public sealed class CellValue
{
    internal CellValue(string rowId, string columnId, string raw, CellKind kind, decimal? number, string? unit, string? note, SourceLocation location)
    {
        RowId = rowId;
        ColumnId = columnId;
        Raw = raw;
        Kind = kind;
        Number = number;
        Unit = unit;
        Note = note;
        Location = location;
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
    public bool IsUnstated => Kind is CellKind.Blank or CellKind.Dash or CellKind.Slash
        || (Kind == CellKind.Text && CellTexts.IsNotApplicableWord(Raw));

    /// <inheritdoc />
    public override string ToString() => Key + "=" + (Kind == CellKind.Missing ? "(missing)" : "\"" + Raw + "\"");
}
