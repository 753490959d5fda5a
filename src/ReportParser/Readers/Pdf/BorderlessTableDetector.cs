using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace ReportParser.Readers.Pdf;

/// <summary>
/// Fallback for tables printed without ruling lines (or whose lines were not usable): columns from text alignment,
/// rows from baselines. A run of lines whose glyphs fall into chunks separated by wide gaps, with numbers in at least
/// two of them, is a table. Value columns are the x ranges where numbers line up; label columns the left edges where
/// labels line up; header lines (above the first row of numbers) are grouped into rows by their spacing; a label line
/// without numbers (a wrapped label, a character of a vertical label) joins the nearest row of numbers. Every grid
/// position gets a cell, so a blank value is blank, not missing.
/// </summary>
internal static class BorderlessTableDetector
{
    /// <summary>A gap wider than this (em) between glyphs of one line separates two cells (Latin word gaps stay below it, CJK text has none).</summary>
    public const double ColumnGapEm = 0.5;

    /// <summary>Lines of one table are at most this far apart (em).</summary>
    public const double MaxRowGapEm = 4.0;

    /// <summary>Header lines closer than this (em) are one header row (a label wrapped in its cell).</summary>
    public const double HeaderBandEm = 1.6;

    private static readonly Regex ValueLike = new(
        @"^(?:[+\-−]?[0-9０-９][0-9０-９,，.．]*\s*\S{0,3}|[—\-–/／]{1,3})$",
        RegexOptions.CultureInvariant);

    /// <summary>Finds borderless tables among the page's text lines; the lines they use are removed from <paramref name="lines"/>.</summary>
    public static List<DraftTable> Detect(List<GlyphLine> lines, int page)
    {
        var tables = new List<DraftTable>();
        var chunks = lines.Select(l => HasGap(l) ? Chunks(l) : [l]).ToList();
        var candidate = lines.Select((l, i) => IsCandidate(chunks[i])).ToList();
        var used = new HashSet<int>();
        var i0 = 0;
        while (i0 < lines.Count)
        {
            if (!candidate[i0])
            {
                i0++;
                continue;
            }

            // Extend over following lines while another candidate comes within the row gap.
            var end = i0;
            var k = i0 + 1;
            while (k < lines.Count)
            {
                var next = k;
                while (next < lines.Count && !candidate[next])
                {
                    next++;
                }

                if (next >= lines.Count || lines[end].Baseline - lines[next].Baseline > MaxRowGapEm * lines[end].Size)
                {
                    break;
                }

                end = next;
                k = next + 1;
            }

            // A label wrapped below the last row of numbers still belongs to it.
            var valueLeft = Enumerable.Range(i0, end - i0 + 1).SelectMany(i => chunks[i].Skip(1).Where(IsValue)).Select(c => c.Left).DefaultIfEmpty(double.MinValue).Min();
            while (end + 1 < lines.Count && !candidate[end + 1]
                && lines[end].Baseline - lines[end + 1].Baseline <= HeaderBandEm * lines[end].Size
                && lines[end + 1].Right < valueLeft)
            {
                end++;
            }

            var region = Enumerable.Range(i0, end - i0 + 1).ToList();
            var table = Build(region.Select(i => lines[i]).ToList(), region.Select(i => chunks[i]).ToList(), page);
            if (table is not null)
            {
                tables.Add(table);
                used.UnionWith(region);
            }

            i0 = end + 1;
        }

        if (used.Count > 0)
        {
            var keep = lines.Where((_, i) => !used.Contains(i)).ToList();
            lines.Clear();
            lines.AddRange(keep);
        }

        return tables;
    }

    /// <summary>Cheap test before <see cref="Chunks"/>: does the line have a wide gap or a CJK character followed by a digit?</summary>
    private static bool HasGap(GlyphLine line)
    {
        var glyphs = line.Glyphs;
        for (var i = 1; i < glyphs.Count; i++)
        {
            var previous = glyphs[i - 1];
            var glyph = glyphs[i];
            if (glyph.Left - previous.Right > ColumnGapEm * Math.Max(glyph.Size, previous.Size)
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
        var pieces = new List<List<PdfGlyph>>();
        var current = new List<PdfGlyph> { line.Glyphs[0] };
        for (var i = 1; i < line.Glyphs.Count; i++)
        {
            var glyph = line.Glyphs[i];
            var previous = line.Glyphs[i - 1];
            if (glyph.Left - previous.Right > ColumnGapEm * Math.Max(glyph.Size, previous.Size))
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
            var cut = -1;
            for (var i = 1; i < piece.Count && cut < 0; i++)
            {
                if (piece[i - 1].IsCjk && piece[i].Text.Length > 0 && char.IsDigit(piece[i].Text[0])
                    && ValueLike.IsMatch(GlyphText.Join(piece.GetRange(i, piece.Count - i))))
                {
                    cut = i;
                }
            }

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

    private static bool IsValue(GlyphLine chunk) => ValueLike.IsMatch(chunk.Text);

    /// <summary>A table line has wide gaps; a line of running text (justified, with numbers in it) is dense.</summary>
    public const double MaxTableLineDensity = 0.75;

    private static bool IsCandidate(List<GlyphLine> chunks)
    {
        if (chunks.Count < 2 || (chunks.Count == 2 && !IsValue(chunks[1])))
        {
            return false;
        }

        var width = chunks[chunks.Count - 1].Right - chunks[0].Left;
        var inked = chunks.Sum(c => c.Glyphs.Sum(g => g.Width));
        return width > 0 && inked < MaxTableLineDensity * width;
    }

    private static DraftTable? Build(List<GlyphLine> lines, List<List<GlyphLine>> chunks, int page)
    {
        var dataLines = Enumerable.Range(0, lines.Count).Where(i => chunks[i].Skip(1).Any(IsValue)).ToList();
        if (dataLines.Count < 2 || chunks.Sum(c => c.Count) < 6)
        {
            return null;
        }

        var em = lines.Select(l => l.Size).OrderBy(s => s).ElementAt(lines.Count / 2);

        // Value columns: x ranges where the numbers of the data lines line up.
        var values = dataLines.SelectMany(i => chunks[i].Skip(1).Where(IsValue)).OrderBy(c => c.Left).ToList();
        var clusters = new List<(double Left, double Right)>();
        foreach (var value in values)
        {
            var hit = clusters.FindIndex(c => value.Left <= c.Right + (0.3 * em) && value.Right >= c.Left - (0.3 * em));
            if (hit >= 0)
            {
                clusters[hit] = (Math.Min(clusters[hit].Left, value.Left), Math.Max(clusters[hit].Right, value.Right));
            }
            else
            {
                clusters.Add((value.Left, value.Right));
            }
        }

        clusters = MergeOverlapping(clusters.OrderBy(c => c.Left).ToList());
        var members = clusters.Select(c => values.Where(v => v.Left >= c.Left - 0.01 && v.Right <= c.Right + 0.01).ToList()).ToList();

        // Numbers in a table line up in columns; numbers in running text do not.
        var supported = members.Where(m => m.Count >= 2).Sum(m => m.Count);
        if (members.Count(m => m.Count >= 2) < 2 || supported < 0.6 * values.Count)
        {
            return null;
        }
        var valueStart = clusters[0].Left - (0.5 * em);

        // Label columns: left edges where labels line up, left of the first value column.
        var firstData = dataLines[0];
        var labelLefts = Enumerable.Range(firstData, lines.Count - firstData)
            .SelectMany(i => chunks[i].Where(c => c.Left < valueStart && !IsValue(c)).Select(c => c.Left))
            .OrderBy(x => x)
            .ToList();
        var regionLeft = Math.Min(lines.Min(l => l.Left), labelLefts.DefaultIfEmpty(valueStart).Min()) - 0.5;
        var regionRight = Math.Max(lines.Max(l => l.Right), clusters[clusters.Count - 1].Right) + 0.5;
        var xs = new List<double> { regionLeft };
        double? last = null;
        foreach (var x in labelLefts)
        {
            if (last is { } previous && x - previous > 1.5 * em && x - 0.5 > xs[xs.Count - 1] + em)
            {
                xs.Add(x - 0.5);
            }

            last = x;
        }

        if (valueStart > xs[xs.Count - 1] + em)
        {
            xs.Add(valueStart);
        }

        for (var c = 1; c < clusters.Count; c++)
        {
            xs.Add(Boundary(clusters[c - 1], members[c - 1], clusters[c], members[c], em));
        }

        xs.Add(regionRight);
        var columns = xs.Count - 1;

        // Rows: header bands above the first data line, then one row per data line.
        var rowOfLine = new int[lines.Count];
        var rows = 0;
        for (var i = 0; i < firstData; i++)
        {
            if (i == 0 || lines[i - 1].Baseline - lines[i].Baseline > HeaderBandEm * em)
            {
                rows++;
            }

            rowOfLine[i] = rows - 1;
        }

        var dataRow = new Dictionary<int, int>();
        foreach (var i in dataLines)
        {
            dataRow[i] = rows++;
        }

        for (var i = firstData; i < lines.Count; i++)
        {
            if (dataRow.TryGetValue(i, out var own))
            {
                rowOfLine[i] = own;
                continue;
            }

            var nearest = dataLines.OrderBy(d => Math.Abs(lines[d].Baseline - lines[i].Baseline)).First();
            rowOfLine[i] = dataRow[nearest];
        }

        var top = lines[0].Top;
        var bottom = lines[lines.Count - 1].Bottom;
        var table = new DraftTable
        {
            FirstPage = page,
            LastPage = page,
            FirstBox = new PdfBox(regionLeft, bottom, regionRight, top),
            LastBox = new PdfBox(regionLeft, bottom, regionRight, top),
            ColumnLines = xs,
            RowCount = rows,
            Ruled = false,
        };

        var grid = new DraftCell[rows, columns];
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < columns; c++)
            {
                grid[r, c] = new DraftCell { Row = r, Left = xs[c], Right = xs[c + 1], Page = page };
                table.Cells.Add(grid[r, c]);
            }
        }

        for (var i = 0; i < lines.Count; i++)
        {
            foreach (var chunk in chunks[i])
            {
                var x = chunk.Left < valueStart && !IsValue(chunk) ? chunk.Left + 0.5 : chunk.CenterX;
                var c = 0;
                while (c < columns - 1 && x >= xs[c + 1])
                {
                    c++;
                }

                grid[rowOfLine[i], c].Glyphs.AddRange(chunk.Glyphs);
            }
        }

        foreach (var cell in table.Cells)
        {
            cell.Text = GlyphText.CellText(cell.Glyphs);
        }

        return table;
    }

    /// <summary>
    /// The boundary between two value columns: just left of the second when its numbers are left-aligned, just
    /// right of the first when the first's are right-aligned, else half-way (centred numbers). A header label set
    /// above left-aligned numbers then stays in its own column.
    /// </summary>
    private static double Boundary((double Left, double Right) a, List<GlyphLine> aValues, (double Left, double Right) b, List<GlyphLine> bValues, double em)
    {
        var middle = (a.Right + b.Left) / 2;
        if (bValues.Count >= 2 && bValues.Max(v => v.Left) - bValues.Min(v => v.Left) <= 1.0 && bValues.Max(v => v.Right) - bValues.Min(v => v.Right) > 1.0)
        {
            return Math.Max(middle, b.Left - (0.3 * em));
        }

        if (aValues.Count >= 2 && aValues.Max(v => v.Right) - aValues.Min(v => v.Right) <= 1.0 && aValues.Max(v => v.Left) - aValues.Min(v => v.Left) > 1.0)
        {
            return Math.Min(middle, a.Right + (0.3 * em));
        }

        return middle;
    }

    private static List<(double Left, double Right)> MergeOverlapping(List<(double Left, double Right)> sorted)
    {
        var result = new List<(double Left, double Right)>();
        foreach (var range in sorted)
        {
            if (result.Count > 0 && range.Left <= result[result.Count - 1].Right)
            {
                result[result.Count - 1] = (result[result.Count - 1].Left, Math.Max(result[result.Count - 1].Right, range.Right));
            }
            else
            {
                result.Add(range);
            }
        }

        return result;
    }
}
