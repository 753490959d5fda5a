using System.Collections.Generic;
using ReportParser.Documents;

namespace ReportParser.Readers.Pdf;

/// <summary>A cell of a table under construction: rows are indices, columns are x extents (resolved to indices at the end).</summary>
internal sealed class DraftCell
{
    public required int Row { get; set; }

    public int RowSpan { get; set; } = 1;

    public required double Left { get; init; }

    public required double Right { get; init; }

    public required int Page { get; init; }

    public List<PdfGlyph> Glyphs { get; } = [];

    public string Text { get; set; } = string.Empty;
}

/// <summary>
/// A table rebuilt on one page (or several, once <see cref="TableStitcher"/> has joined its parts): its rows, its
/// cells with x extents, the column boundaries it knows, and where it sits on its first and last page.
/// </summary>
internal sealed class DraftTable
{
    public required int FirstPage { get; init; }

    public required int LastPage { get; set; }

    /// <summary>Outline on the first page.</summary>
    public required PdfBox FirstBox { get; init; }

    /// <summary>Outline on the last page.</summary>
    public required PdfBox LastBox { get; set; }

    /// <summary>Column boundaries (x), left to right, including the outer edges.</summary>
    public required List<double> ColumnLines { get; init; }

    public required int RowCount { get; set; }

    public List<DraftCell> Cells { get; } = [];

    /// <summary>True when the grid came from ruling lines; false for a table found by text alignment.</summary>
    public bool Ruled { get; init; } = true;

    /// <summary>For a table found by text alignment: the left boundaries of its value columns (its identity across a page break).</summary>
    public List<double> ValueLines { get; init; } = [];

    /// <summary>For a table found by text alignment: its first row holds only label lines that came before the first numbers, with no header.</summary>
    public bool LeadingLabelRow { get; set; }

    /// <summary>For a table found by text alignment: its last row holds only label lines that followed the last numbers.</summary>
    public bool TrailingLabelRow { get; set; }

    /// <summary>True when the table was read by OCR from an image (its cells carry <see cref="ReadingMethod.Ocr"/>).</summary>
    public bool Ocr { get; set; }

    /// <summary>The elementary grid of a ruled table while its glyphs are assigned (null afterwards).</summary>
    public GridIndex? Index { get; set; }
}

/// <summary>The elementary grid of a ruled table: column lines (ascending), row lines (descending) and the cell covering each position.</summary>
internal sealed record GridIndex(List<double> Xs, List<double> Ys, DraftCell[] CellOf);
