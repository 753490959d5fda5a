using System;
using System.Collections.Generic;
using ReportParser.Documents;

namespace ReportParser.Layout;

/// <summary>A cell of a table under construction: rows are indices, columns are x extents (resolved to indices at the end).</summary>
internal sealed class DraftCell
{
    public required int Row { get; set; }

    public int RowSpan { get; set; } = 1;

    public required double Left { get; init; }

    public required double Right { get; init; }

    public required int Page { get; init; }

    public List<Glyph> Glyphs { get; } = [];

    public string Text { get; set; } = string.Empty;

    /// <summary>The lowest confidence of the cell's glyphs (OCR), or null when none was given.</summary>
    public double? Confidence { get; set; }

    /// <summary>Why part of the cell's text may be missing: it is cut by the page edge (null: it is not).</summary>
    public string? ClippedBy { get; set; }

    /// <summary>Sets <see cref="Text"/> and <see cref="Confidence"/> from the glyphs.</summary>
    public void Seal()
    {
        Text = GlyphText.CellText(Glyphs);
        Confidence = LowestConfidence(Glyphs);
    }

    /// <summary>Takes the text of a cell of the same row cut by a page break: its text before or after this one's, the lower confidence, its clipping.</summary>
    public void Absorb(DraftCell other, bool append)
    {
        Text = Text.Length == 0 ? other.Text : append ? Text + "\n" + other.Text : other.Text + "\n" + Text;
        Confidence = Lowest(Confidence, other.Confidence);
        ClippedBy ??= other.ClippedBy;
    }

    private static double? LowestConfidence(List<Glyph> glyphs)
    {
        double? lowest = null;
        foreach (var glyph in glyphs)
        {
            lowest = Lowest(lowest, glyph.Confidence);
        }

        return lowest;
    }

    private static double? Lowest(double? a, double? b) => a is null ? b : b is null ? a : Math.Min(a.Value, b.Value);
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
    public required Box FirstBox { get; init; }

    /// <summary>Outline on the last page.</summary>
    public required Box LastBox { get; set; }

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

    /// <summary>The elementary grid of a ruled table while its glyphs are assigned (null afterwards).</summary>
    public GridIndex? Index { get; set; }

    /// <summary>How the page's glyphs were obtained (<see cref="PageContent.Method"/>).</summary>
    public ReadingMethod? Method { get; set; }

    /// <summary>Cells whose confidence is below this are doubtful (<see cref="PageContent.DoubtfulBelow"/>).</summary>
    public double DoubtfulBelow { get; set; }

    /// <summary>
    /// True when the bottom rule of the table does not run its whole width: a browser printing a row that continues on
    /// the next page draws no bottom border under the cells that go on (<see cref="OpenRowTail"/>).
    /// </summary>
    public bool OpenBottom { get; set; }

    /// <summary>What the page edge cut off the table, in English, for the reading diagnostic (null: nothing).</summary>
    public string? Clipping { get; set; }
}

/// <summary>The elementary grid of a ruled table: column lines (ascending), row lines (descending) and the cell covering each position.</summary>
internal sealed record GridIndex(List<double> Xs, List<double> Ys, DraftCell[] CellOf);
