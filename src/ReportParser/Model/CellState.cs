namespace ReportParser.Model;

/// <summary>
/// How far a value cell can be trusted: whether the reader read it, found it blank, did not find it, or read it without
/// certainty. Only <see cref="Read"/> cells (and <see cref="Blank"/> cells, as blanks, under the blank-cell policy)
/// take part in the checks; an identity with any other operand is not assessed, and the diagnostics say which.
/// </summary>
public enum CellState
{
    /// <summary>The reader read the cell and is certain of its text (a number, or a word such as a unit-bearing amount).</summary>
    Read = 0,

    /// <summary>The reader read the cell and it states no value: empty, a dash, a slash or a word such as <c>无</c>.</summary>
    Blank = 1,

    /// <summary>The template has the cell but the reader did not find it in the report (its row or column was not recognised).</summary>
    NotFound = 2,

    /// <summary>The source does not decide the cell's value or column (digits run together with several splits, a column taken from position).</summary>
    Ambiguous = 3,

    /// <summary>The text was recognised with low confidence (OCR, noisy conversion): it may not be what is printed.</summary>
    Doubtful = 4,

    /// <summary>The cell is cut by the page edge or the printable area: part of its text may be missing.</summary>
    Clipped = 5,
}
