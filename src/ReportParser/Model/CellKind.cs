namespace ReportParser.Model;

/// <summary>What a value cell holds. Only <see cref="Number"/> takes part in arithmetic unless the blank-cell policy says otherwise.</summary>
public enum CellKind
{
    /// <summary>A number (digits, possibly full-width, with thousands separators, a sign, a decimal point or a unit).</summary>
    Number = 0,

    /// <summary>Empty, whitespace or <c>&amp;nbsp;</c> only.</summary>
    Blank = 1,

    /// <summary>A dash: <c>—</c>, <c>-</c>, <c>－</c> ….</summary>
    Dash = 2,

    /// <summary>A slash: <c>/</c>, <c>／</c>.</summary>
    Slash = 3,

    /// <summary>Text that is not a number (<c>无</c>, <c>不适用</c>, anything else).</summary>
    Text = 4,

    /// <summary>The report does not print this cell where the template has it (row or column not found).</summary>
    Missing = 5,
}
