using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace ReportParser.Layout;

/// <summary>
/// The first stage of finding tables without ruling lines: each text line is cut into chunks at wide gaps (and where
/// a label runs into a number), and a line whose chunks carry numbers after a label, or several numbers, with wide
/// gaps between them, is a data line (a candidate table row). Running text with numbers in it is dense and is not.
/// </summary>
internal static class TableLineClassifier
{
    /// <summary>
    /// A printed value: a number (thousands separators, decimals, sign) with at most a short unit after it, or a dash
    /// or slash. A list marker such as <c>3.其他</c> or <c>1、</c> is not a value.
    /// </summary>
    private static readonly Regex ValueLike = new(
        @"^(?:[+\-−]?[0-9０-９]+(?:[,，][0-9０-９]{3})*(?:[.．][0-9０-９]+)?\s*[^\s0-9０-９.．、,，]{0,3}|[—\-–/／]{1,3})$",
        RegexOptions.CultureInvariant);

    /// <summary>True for a chunk that is a printed value (a number, a dash or a slash).</summary>
    public static bool IsValue(GlyphLine chunk) => ValueLike.IsMatch(chunk.Text);

    /// <summary>The chunks of a line: cut at wide gaps, or the whole line as one chunk when it has none.</summary>
    public static List<GlyphLine> ChunksOf(GlyphLine line) => HasGap(line) ? Chunks(line) : [line];

    /// <summary>Cheap test before <see cref="Chunks"/>: does the line have a wide gap or a CJK character followed by a digit?</summary>
    private static bool HasGap(GlyphLine line)
    {
        var glyphs = line.Glyphs;
        for (var i = 1; i < glyphs.Count; i++)
        {
            var previous = glyphs[i - 1];
            var glyph = glyphs[i];
            if (glyph.Left - previous.Right > LayoutTolerances.ColumnGapEm * Math.Max(glyph.Size, previous.Size)
                || (previous.IsCjk && glyph.Text.Length > 0 && char.IsDigit(glyph.Text[0])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The glyphs of a line cut at wide gaps, and where a label runs straight into a number (行政规范性文件2 in a
    /// tightly set table): a CJK character followed by a number that ends the piece.
    /// </summary>
    internal static List<GlyphLine> Chunks(GlyphLine line)
    {
        var pieces = new List<List<Glyph>>();
        var current = new List<Glyph> { line.Glyphs[0] };
        for (var i = 1; i < line.Glyphs.Count; i++)
        {
            var glyph = line.Glyphs[i];
            var previous = line.Glyphs[i - 1];
            if (glyph.Left - previous.Right > LayoutTolerances.ColumnGapEm * Math.Max(glyph.Size, previous.Size))
            {
                pieces.Add(current);
                current = [];
            }

            current.Add(glyph);
        }

        pieces.Add(current);
        var result = new List<GlyphLine>();
        foreach (var piece in pieces)
        {
            var cut = LabelNumberCut(piece);
            if (cut > 0)
            {
                result.Add(new GlyphLine(piece.GetRange(0, cut)));
                result.Add(new GlyphLine(piece.GetRange(cut, piece.Count - cut)));
            }
            else
            {
                result.Add(new GlyphLine(piece));
            }
        }

        return result;
    }

    /// <summary>Where a CJK label runs straight into a number that ends the piece, or -1.</summary>
    private static int LabelNumberCut(List<Glyph> piece)
    {
        for (var i = 1; i < piece.Count; i++)
        {
            if (piece[i - 1].IsCjk && piece[i].Text.Length > 0 && char.IsDigit(piece[i].Text[0])
                && ValueLike.IsMatch(GlyphText.Join(piece.GetRange(i, piece.Count - i))))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>True when most numbers of a line sit under numbers of the lines before it.</summary>
    public static bool LinesUp(List<GlyphLine> line, IEnumerable<List<GlyphLine>> before)
    {
        var values = line.Where(IsValue).ToList();
        var previous = before.SelectMany(c => c.Where(IsValue)).ToList();
        var aligned = values.Count(v => previous.Any(p => v.Left <= p.Right + (LayoutTolerances.NumberOverlapEm * v.Size) && v.Right >= p.Left - (LayoutTolerances.NumberOverlapEm * v.Size)));
        return aligned * 100 >= values.Count * LayoutTolerances.MinAlignedNumbersPercent;
    }

    /// <summary>A line with wide gaps and numbers after its label (or two or more numbers), not densely inked like running text.</summary>
    public static bool IsDataLine(GlyphLine line, List<GlyphLine> chunks)
    {
        if (chunks.Count < 2)
        {
            return false;
        }

        var values = chunks.Count(IsValue);
        if (values < 2 && !chunks.Skip(1).Any(IsValue))
        {
            return false;
        }

        var width = line.Right - line.Left;
        var inked = chunks.Sum(c => c.Glyphs.Sum(g => g.Width));
        return width > 0 && inked < LayoutTolerances.MaxTableLineDensity * width;
    }
}
