using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace ReportParser.Readers.Pdf;

/// <summary>
/// Fallback for tables printed without ruling lines: columns from text alignment, rows from baselines.
/// <list type="number">
/// <item>A data line has wide gaps (its glyphs fall into chunks) and numbers after its label, or several numbers.</item>
/// <item>Data lines close together whose numbers line up form a table; between them may lie label lines (a wrapped
/// label, a character of a vertical label), header lines whose chunks sit over the number columns, and block titles,
/// all in the table's type size. Above the first data line, header lines (several chunks, or text centred over the
/// numbers or the table) are taken up to the first line that is neither.</item>
/// <item>Value columns are the x ranges where the numbers line up; a table needs at least two of them with two
/// numbers each (numbers in running text do not line up), or one line of five or more numbers.</item>
/// <item>Label columns start where at least three labels start at one x (left-aligned labels).</item>
/// <item>Every line is a row, except a label line between rows of numbers, which joins the row above or below (cut
/// where the baselines are further apart than the pitch inside a cell, else by the symmetry of vertically centred
/// numbers, else the nearer); label lines after the last numbers that are not wrapped in its cell form a trailing
/// row (the start of a row continued on the next page, or text after the table). Glued header text is cut at the
/// label/number boundary and per column when it fills the columns it covers. A header label centred over
/// several columns spans them (each label of a line takes the columns around its centre, expanding in step with its
/// neighbours); a left-aligned one spans to the next label of its line; neither grows over a column that an
/// interleaved header line holds. A number spans the columns of the header cell above it when that header
/// spans and holds no other number of the line.</item>
/// </list>
/// Every grid position gets a cell, so a blank value is blank, not missing.
/// </summary>
internal static class BorderlessTableDetector
{
    /// <summary>A gap wider than this (em) between glyphs of one line separates two cells (Latin word gaps stay below it, CJK text has none).</summary>
    public const double ColumnGapEm = 0.5;

    /// <summary>Consecutive lines of one table are at most this far apart (em).</summary>
    public const double MaxRowGapEm = 3.5;

    /// <summary>Header lines closer than this (em) are interleaved: set beside each other in one header row.</summary>
    public const double InterleavedEm = 1.0;

    /// <summary>A table line has wide gaps; a line of running text (justified, with numbers in it) is dense.</summary>
    public const double MaxTableLineDensity = 0.75;

    /// <summary>
    /// A printed value: a number (thousands separators, decimals, sign) with at most a short unit after it, or a dash
    /// or slash. A list marker such as <c>3.其他</c> or <c>1、</c> is not a value.
    /// </summary>
    private static readonly Regex ValueLike = new(
        @"^(?:[+\-−]?[0-9０-９]+(?:[,，][0-9０-９]{3})*(?:[.．][0-9０-９]+)?\s*[^\s0-9０-９.．、,，]{0,3}|[—\-–/／]{1,3})$",
        RegexOptions.CultureInvariant);

    /// <summary>Finds borderless tables among the page's text lines; the lines they use are removed from <paramref name="lines"/>.</summary>
    public static List<DraftTable> Detect(List<GlyphLine> lines, int page)
    {
        var tables = new List<DraftTable>();
        if (lines.Count < 2)
        {
            return tables;
        }

        var chunks = lines.Select(l => HasGap(l) ? Chunks(l) : [l]).ToList();
        var data = Enumerable.Range(0, lines.Count).Select(i => IsDataLine(lines[i], chunks[i])).ToList();
        var used = new HashSet<int>();
        var i = 0;
        while (i < lines.Count)
        {
            if (!data[i] || used.Contains(i))
            {
                i++;
                continue;
            }

            // Pass 1: data lines close together whose numbers line up (a few other lines may lie between them).
            var run = new List<int> { i };
            var last = i;
            for (var k = i + 1; k < lines.Count && k - last <= 8; k++)
            {
                if (lines[k - 1].Baseline - lines[k].Baseline > MaxRowGapEm * Math.Max(lines[k].Size, lines[k - 1].Size))
                {
                    break;
                }

                if (data[k])
                {
                    if (run.Count >= 2 && !LinesUp(chunks[k], run.Select(r => chunks[r])))
                    {
                        break; // another table's numbers
                    }

                    run.Add(k);
                    last = k;
                }
            }

            var columns = ValueColumns(run.Select(r => chunks[r]).ToList());
            if (columns is null)
            {
                i = last + 1;
                continue;
            }

            var frame = new Frame(columns, lines.Skip(i).Take(last - i + 1).Min(l => l.Left), lines.Skip(i).Take(last - i + 1).Max(l => l.Right), Median(run.Select(r => lines[r].Size)));

            // Pass 2: keep the lines that fit between the data lines; cut at the first that does not.
            var end = i;
            for (var k = i + 1; k <= last; k++)
            {
                if (data[k])
                {
                    end = k;
                }
                else if (!(frame.IsLabelOnly(lines[k]) || (frame.IsTableSize(lines[k]) && frame.IsAlignedHeader(chunks[k])) || frame.IsCentredTitle(lines[k], chunks[k])
                    || (frame.IsInnerLine(lines[k], chunks[k]) && k + 1 <= last && (data[k + 1] || chunks[k + 1].Count >= 2 || frame.IsInnerLine(lines[k + 1], chunks[k + 1])))))
                {
                    break;
                }
            }

            while (end + 1 < lines.Count && !data[end + 1] && frame.IsLabelOnly(lines[end + 1])
                && lines[end].Baseline - lines[end + 1].Baseline <= MaxRowGapEm * frame.Em)
            {
                end++;
            }

            var start = i;
            while (start - 1 >= 0 && !used.Contains(start - 1)
                && lines[start - 1].Baseline - lines[start].Baseline <= MaxRowGapEm * frame.Em && frame.IsTableSize(lines[start - 1])
                && (chunks[start - 1].Count >= 2 || frame.IsCentredOverValues(lines[start - 1]) || frame.IsCentredTitle(lines[start - 1], chunks[start - 1]) || frame.IsLabelOnly(lines[start - 1])))
            {
                start--;
            }

            // A label line above the header is a caption or heading, not the table; at the top of the page it is the
            // rest of a row begun on the previous page.
            if (start > 0 || lines.Skip(start).Take(i - start).Any(l => !frame.IsLabelOnly(l)))
            {
                while (start < i && chunks[start].Count < 2 && frame.IsLabelOnly(lines[start]))
                {
                    start++;
                }
            }

            var indices = Enumerable.Range(start, end - start + 1).ToList();
            var table = Build(indices.Select(x => lines[x]).ToList(), indices.Select(x => chunks[x]).ToList(), indices.Select(x => data[x]).ToList(), frame, page);
            if (table is not null)
            {
                tables.Add(table);
                used.UnionWith(indices);
                i = end + 1;
            }
            else
            {
                i = last + 1;
            }
        }

        if (used.Count > 0)
        {
            var keep = lines.Where((_, k) => !used.Contains(k)).ToList();
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

    /// <summary>True when most numbers of a line sit under numbers of the lines before it.</summary>
    private static bool LinesUp(List<GlyphLine> line, IEnumerable<List<GlyphLine>> before)
    {
        var values = line.Where(IsValue).ToList();
        var previous = before.SelectMany(c => c.Where(IsValue)).ToList();
        var aligned = values.Count(v => previous.Any(p => v.Left <= p.Right + (0.5 * v.Size) && v.Right >= p.Left - (0.5 * v.Size)));
        return aligned * 10 >= values.Count * 6;
    }

    private static bool IsDataLine(GlyphLine line, List<GlyphLine> chunks)
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
        return width > 0 && inked < MaxTableLineDensity * width;
    }

    /// <summary>The x ranges where the numbers of the data lines line up, or null when they do not line up like a table's.</summary>
    private static List<ValueColumn>? ValueColumns(List<List<GlyphLine>> dataChunks)
    {
        var values = dataChunks.SelectMany(c => c.Where((chunk, index) => IsValue(chunk) && (index > 0 || c.Count(IsValue) >= 2))).OrderBy(c => c.Left).ToList();
        if (values.Count == 0)
        {
            return null;
        }

        var em = Median(values.Select(v => v.Size));
        var columns = new List<ValueColumn>();
        foreach (var value in values)
        {
            var hit = columns.FindIndex(c => value.Left <= c.Right + (0.3 * em) && value.Right >= c.Left - (0.3 * em));
            if (hit >= 0)
            {
                columns[hit].Add(value);
            }
            else
            {
                columns.Add(new ValueColumn(value));
            }
        }

        columns.Sort((a, b) => a.Left.CompareTo(b.Left));
        for (var k = columns.Count - 1; k > 0; k--)
        {
            if (columns[k].Left <= columns[k - 1].Right)
            {
                columns[k - 1].Merge(columns[k]);
                columns.RemoveAt(k);
            }
        }

        // Numbers in a table line up in columns; numbers in running text do not. One line of many numbers (表四) is a table row by itself.
        var supported = columns.Where(c => c.Values.Count >= 2).Sum(c => c.Values.Count);
        var lineOfNumbers = dataChunks.Any(c => c.Count >= 5 && c.All(IsValue));
        return (columns.Count(c => c.Values.Count >= 2) >= 2 && supported >= 0.6 * values.Count) || lineOfNumbers ? columns : null;
    }

    private static DraftTable? Build(List<GlyphLine> lines, List<List<GlyphLine>> chunks, List<bool> data, Frame frame, int page)
    {
        var em = frame.Em;
        var regionLeft = Math.Min(lines.Min(l => l.Left), frame.ValueLeft) - 0.5;
        var regionRight = Math.Max(lines.Max(l => l.Right), frame.Columns[frame.Columns.Count - 1].Right) + 0.5;

        // Label columns: gutters of the label area that (almost) no label crosses.
        var labelChunks = new List<GlyphLine>();
        for (var i = 0; i < lines.Count; i++)
        {
            labelChunks.AddRange(chunks[i].Where(c => c.Right <= frame.ValueLeft + (0.3 * em) && !IsValue(c)));
        }

        var xs = new List<double> { regionLeft };
        xs.AddRange(LabelGutters(labelChunks, regionLeft, frame.ValueLeft, em));
        if (frame.ValueLeft > xs[xs.Count - 1] + em)
        {
            xs.Add(frame.ValueLeft);
        }

        var firstValueColumn = xs.Count - 1;
        for (var c = 1; c < frame.Columns.Count; c++)
        {
            xs.Add(Boundary(frame.Columns[c - 1], frame.Columns[c], em));
        }

        xs.Add(regionRight);
        var columns = xs.Count - 1;

        // Rows: every line but a label line between rows of numbers, which joins the nearest of them.
        var dataIndices = Enumerable.Range(0, lines.Count).Where(i => data[i]).ToList();
        var firstData = dataIndices[0];
        // Rows. A data line is a row. Lines above the first numbers are header rows, unless all of them are labels:
        // then they are one leading row, the rest of a row begun on the previous page (TableStitcher joins it to that
        // row, or to the row below when the table starts here). Label lines after the last numbers are one trailing
        // row (joined to the row continued on the next page, or to the row above). Between rows of numbers, a header
        // or title line is a row; a label line is a row when a header line follows it (the title of the next block),
        // else it joins the nearest row of numbers.
        var lastData = dataIndices[dataIndices.Count - 1];
        var headerRows = Enumerable.Range(0, firstData).Any(i => !frame.IsLabelOnly(lines[i]));
        var leading = !headerRows && firstData > 0;
        var trailing = lastData < lines.Count - 1;
        var rowOfLine = new int[lines.Count];
        var rows = leading ? 1 : 0;
        for (var i = 0; i < lines.Count; i++)
        {
            if (i < firstData)
            {
                rowOfLine[i] = leading ? 0 : rows++;
            }
            else if (i > lastData)
            {
                rowOfLine[i] = -2;
            }
            else if (data[i] || !frame.IsLabelOnly(lines[i])
                || (i + 1 < lines.Count && !data[i + 1] && !frame.IsLabelOnly(lines[i + 1])))
            {
                rowOfLine[i] = rows++;
            }
            else
            {
                rowOfLine[i] = -1;
            }
        }

        var trailingRow = trailing ? rows++ : -1;
        for (var i = 0; i < lines.Count; i++)
        {
            if (rowOfLine[i] == -2)
            {
                rowOfLine[i] = trailingRow;
            }
        }

        AssignLabelLines(lines, data, rowOfLine);

        // A row's numbers sit in the middle of its label lines: of the label lines before the first numbers, as many
        // as follow those numbers in their row belong to it; the ones above are the rest of the previous page's row.
        // Likewise for the label lines after the last numbers.
        if (leading)
        {
            var below = Enumerable.Range(firstData + 1, lastData - firstData).Count(i => i < lines.Count && !data[i] && rowOfLine[i] == rowOfLine[firstData]);
            var own = Math.Min(firstData, below);
            for (var i = firstData - own; i < firstData; i++)
            {
                rowOfLine[i] = rowOfLine[firstData];
            }

            if (own == firstData)
            {
                leading = false;
                rows--;
                for (var i = 0; i < lines.Count; i++)
                {
                    rowOfLine[i]--;
                }

                trailingRow = trailing ? trailingRow - 1 : -1;
            }
        }

        if (trailing)
        {
            // Lines wrapped in the last row's cell (no wider apart than the pitch inside a cell) are its own; of the
            // rest, as many as it has label lines above its numbers.
            var pitch = CellPitch(lines, data);
            var after = lines.Count - 1 - lastData;
            var wrapped = 0;
            while (wrapped < after && lines[lastData + wrapped].Baseline - lines[lastData + wrapped + 1].Baseline <= pitch + (0.15 * em))
            {
                wrapped++;
            }

            var above = Enumerable.Range(firstData, lastData - firstData).Count(i => !data[i] && rowOfLine[i] == rowOfLine[lastData]);
            var own = Math.Max(wrapped, Math.Min(after, above));
            for (var i = lastData + 1; i <= lastData + own; i++)
            {
                rowOfLine[i] = rowOfLine[lastData];
            }

            if (own == after)
            {
                trailing = false;
                rows--;
            }
        }

        // Columns that single header chunks of interleaved lines hold (a one-line label set between the two lines of
        // its neighbours, such as 总计 beside 结果/维持): a spanning label of a line does not grow over them.
        var claims = new List<(int Line, double Baseline, int Column)>();
        for (var i = 0; i < firstData; i++)
        {
            foreach (var chunk in chunks[i].Where(c => !(c.Right <= frame.ValueLeft + (0.3 * em) && !IsValue(c))))
            {
                claims.Add((i, lines[i].Baseline, ColumnAt(xs, chunk.CenterX)));
            }
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
            ValueLines = xs.Skip(firstValueColumn).Take(frame.Columns.Count).ToList(),
            TrailingLabelRow = trailing,
            LeadingLabelRow = leading,
        };

        var grid = new DraftCell?[rows, columns];
        var headerRow = new bool[rows];
        DraftCell Place(int row, int c0, int c1)
        {
            if (grid[row, c0] is { } existing)
            {
                return existing;
            }

            var cell = new DraftCell { Row = row, Left = xs[c0], Right = xs[c1 + 1], Page = page };
            for (var c = c0; c <= c1; c++)
            {
                grid[row, c] = cell;
            }

            table.Cells.Add(cell);
            return cell;
        }

        int ColumnOf(double x) => ColumnAt(xs, x);

        for (var i = 0; i < lines.Count; i++)
        {
            var row = rowOfLine[i];
            var valueChunks = new List<(GlyphLine Chunk, int Column)>();
            foreach (var chunk in data[i] ? chunks[i] : Unglue(chunks[i], frame.ValueLeft, xs, firstValueColumn))
            {
                if (chunk.Right <= frame.ValueLeft + (0.3 * em) && !IsValue(chunk))
                {
                    var c = ColumnOf(chunk.Left + 0.5);
                    Place(row, c, c).Glyphs.AddRange(chunk.Glyphs);
                }
                else
                {
                    valueChunks.Add((chunk, Math.Max(ColumnOf(chunk.CenterX), firstValueColumn)));
                }
            }

            var claimed = new HashSet<int>(claims.Where(x => x.Line != i && Math.Abs(x.Baseline - lines[i].Baseline) <= InterleavedEm * em).Select(x => x.Column));
            var spans = data[i]
                ? SpansFromHeader(valueChunks, row, grid, columns, firstValueColumn, headerRow)
                : Expand(valueChunks, firstValueColumn, columns, xs, claimed, em, valueChunks.Select(v => ParentSpan(grid, row, v.Column, columns)).ToList());
            headerRow[row] |= !data[i] && valueChunks.Count > 0;
            for (var k = 0; k < valueChunks.Count; k++)
            {
                var (c0, c1) = spans[k];
                if (Enumerable.Range(c0, c1 - c0 + 1).Any(c => grid[row, c] is not null && c != c0))
                {
                    c1 = c0 = valueChunks[k].Column;
                }

                Place(row, c0, c1).Glyphs.AddRange(valueChunks[k].Chunk.Glyphs);
            }
        }

        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < columns; c++)
            {
                if (grid[r, c] is null)
                {
                    Place(r, c, c);
                }
            }
        }

        foreach (var cell in table.Cells)
        {
            cell.Text = GlyphText.CellText(cell.Glyphs);
        }

        table.Cells.Sort((a, b) => a.Row != b.Row ? a.Row.CompareTo(b.Row) : a.Left.CompareTo(b.Left));
        return table;
    }

    /// <summary>
    /// Label lines between two rows of numbers (marked -1) go to one or the other: the rows are cut at the widest gap
    /// between consecutive baselines (cell padding makes the gap between rows wider than the line pitch within a
    /// cell); when the gaps do not tell, each line joins the nearer row. Next to a header or title row, they join the
    /// row of numbers.
    /// </summary>
    private static void AssignLabelLines(List<GlyphLine> lines, List<bool> data, int[] rowOfLine)
    {
        var pitch = CellPitch(lines, data);
        var i = 0;
        while (i < lines.Count)
        {
            if (rowOfLine[i] != -1)
            {
                i++;
                continue;
            }

            var first = i;
            while (i < lines.Count && rowOfLine[i] == -1)
            {
                i++;
            }

            var above = first - 1;
            var below = i < lines.Count ? i : -1;
            var aboveData = above >= 0 && data[above];
            var belowData = below >= 0 && data[below];
            if (!aboveData || !belowData)
            {
                var target = aboveData ? above : belowData ? below : above >= 0 ? above : below;
                for (var k = first; k < i; k++)
                {
                    rowOfLine[k] = target >= 0 ? rowOfLine[target] : 0;
                }

                continue;
            }

            // Each label column on its own (a group label set beside a sub-label has its own line pitch).
            var segment = Enumerable.Range(first, i - first).ToList();
            while (segment.Count > 0)
            {
                var reference = lines[segment[0]];
                var column = segment.Where(k => Overlaps(lines[k], reference)).ToList();
                segment.RemoveAll(column.Contains);
                AssignBetween(lines, data, rowOfLine, column, above, below, reference, pitch);
            }
        }
    }

    /// <summary>
    /// Label lines of one label column between two rows of numbers: the rows are cut where the baselines are
    /// further apart than the pitch inside a cell (by cell padding), if that happens once; else the row above takes as many
    /// lines below its numbers as it has label lines above them in this column (numbers sit in the middle of their
    /// row); else each line joins the nearer row.
    /// </summary>
    private static bool Overlaps(GlyphLine a, GlyphLine b) => a.Left < b.Right && b.Left < a.Right;

    /// <summary>The line pitch inside a cell: the median distance between consecutive label lines set one above the other (unknown: infinite).</summary>
    private static double CellPitch(List<GlyphLine> lines, List<bool> data)
    {
        var pitches = new List<double>();
        for (var k = 1; k < lines.Count; k++)
        {
            if (!data[k] && !data[k - 1] && Overlaps(lines[k], lines[k - 1]))
            {
                pitches.Add(lines[k - 1].Baseline - lines[k].Baseline);
            }
        }

        pitches.Sort();
        return pitches.Count > 0 ? pitches[pitches.Count / 2] : double.MaxValue;
    }

    private static void AssignBetween(List<GlyphLine> lines, List<bool> data, int[] rowOfLine, List<int> column, int above, int below, GlyphLine reference, double pitch)
    {
        var em = lines[column[0]].Size;
        var baselines = new List<double> { lines[above].Baseline };
        baselines.AddRange(column.Select(k => lines[k].Baseline));
        baselines.Add(lines[below].Baseline);
        var gaps = baselines.Zip(baselines.Skip(1), (a, b) => a - b).ToList();
        var wide = Enumerable.Range(0, gaps.Count).Where(g => gaps[g] >= pitch + (0.15 * em)).ToList();
        var clear = wide.Count == 1;
        var widest = clear ? wide[0] : -1;

        var aboveOwn = 0;
        for (var k = above - 1; k >= 0 && !data[k] && rowOfLine[k] == rowOfLine[above]; k--)
        {
            if (Overlaps(lines[k], reference))
            {
                aboveOwn++;
            }
        }

        for (var n = 0; n < column.Count; n++)
        {
            var k = column[n];
            var toAbove = clear
                ? n < widest
                : aboveOwn > 0
                    ? n < aboveOwn
                    : Math.Abs(lines[above].Baseline - lines[k].Baseline) <= Math.Abs(lines[below].Baseline - lines[k].Baseline);
            rowOfLine[k] = rowOfLine[toAbove ? above : below];
        }
    }

    private static int ColumnAt(List<double> xs, double x)
    {
        var c = 0;
        while (c < xs.Count - 2 && x >= xs[c + 1])
        {
            c++;
        }

        return c;
    }

    /// <summary>
    /// Column ranges of the header chunks of one line. A chunk no wider than its column stays in it. A wider one spans:
    /// left-aligned (it starts at a column's left edge), from that column to the next chunk of the line or the
    /// table's end; centred, over the columns around its centre, growing one column on each side per step in step
    /// with its neighbours while it stays centred. Neither grows over a column that an interleaved line holds.
    /// </summary>
    private static List<(int C0, int C1)> Expand(List<(GlyphLine Chunk, int Column)> chunks, int firstColumn, int columns, List<double> xs, HashSet<int> claimed, double em, List<(int C0, int C1)?> parents)
    {
        var ranges = new List<(int C0, int C1)>();
        var kinds = new List<int>(); // 0 stays, 1 left-aligned, 2 centred
        foreach (var (chunk, column) in chunks)
        {
            var left = Math.Max(ColumnAt(xs, chunk.Left + (0.25 * em)), firstColumn);
            var wide = chunk.Width > 0.9 * (xs[column + 1] - xs[column]);
            var kind = !wide ? 0 : Math.Abs(chunk.Left - xs[left]) <= em ? 1 : 2;
            kinds.Add(kind);
            if (kind == 2 && column + 1 < columns && xs[column + 1] - chunk.CenterX <= 0.25 * (xs[column + 1] - xs[column]))
            {
                ranges.Add((column, column + 1)); // centred on a column boundary: an even number of columns
            }
            else if (kind == 2 && column > firstColumn && chunk.CenterX - xs[column] <= 0.25 * (xs[column + 1] - xs[column]))
            {
                ranges.Add((column - 1, column));
            }
            else
            {
                ranges.Add(kind == 1 ? (left, left) : (column, column));
            }
        }

        // Centred labels grow one column on each side per step, in step with their neighbours, while they stay
        // centred on their text, inside the label above them that spans them, and clear of their neighbours and of
        // interleaved lines. A label that cannot grow on both sides stops: left short, it is a label missing from
        // its block, never a value read under the wrong header.
        var growing = kinds.Select(kind => kind == 2).ToList();
        while (growing.Any(g => g))
        {
            for (var k = 0; k < chunks.Count; k++)
            {
                if (!growing[k])
                {
                    continue;
                }

                var (low, high) = parents[k] ?? (firstColumn, columns - 1);
                var (c0, c1) = (ranges[k].C0 - 1, ranges[k].C1 + 1);
                var clear = c0 >= Math.Max(firstColumn, low) && c1 <= Math.Min(columns - 1, high) && !claimed.Contains(c0) && !claimed.Contains(c1)
                    && (k == 0 || ranges[k - 1].C1 < c0) && (k == chunks.Count - 1 || ranges[k + 1].C0 > c1);
                if (clear && Math.Abs(((xs[c0] + xs[c1 + 1]) / 2) - chunks[k].Chunk.CenterX) <= 0.6 * (xs[c1 + 1] - xs[c0]) / (c1 - c0 + 1))
                {
                    ranges[k] = (c0, c1);
                }
                else
                {
                    growing[k] = false;
                }
            }
        }

        // Left-aligned spanning labels reach to the next label of the line.
        for (var k = 0; k < chunks.Count; k++)
        {
            if (kinds[k] != 1)
            {
                continue;
            }

            var limit = k + 1 < chunks.Count ? ranges[k + 1].C0 - 1 : columns - 1;
            var c1 = ranges[k].C0;
            while (c1 + 1 <= limit && !claimed.Contains(c1 + 1))
            {
                c1++;
            }

            ranges[k] = (ranges[k].C0, c1);
        }

        return ranges;
    }

    /// <summary>
    /// Header text set without gaps across several cells (a tightly set table: 信息内容本年制发件数本年废止件数…) is cut
    /// where it crosses from the labels to the numbers, and a piece over the numbers that fills the columns it
    /// covers (at least 85 % of their width, over two or more) is cut per column, each glyph to the column that holds
    /// its centre. A label centred over several columns covers only part of them and stays whole.
    /// </summary>
    private static IEnumerable<GlyphLine> Unglue(List<GlyphLine> chunks, double valueLeft, List<double> xs, int firstValueColumn)
    {
        foreach (var chunk in chunks)
        {
            // Only text that starts at a label column's left edge runs on into the numbers' columns.
            var startsAtLabel = Enumerable.Range(0, Math.Max(firstValueColumn, 1)).Any(c => Math.Abs(chunk.Left - xs[c]) <= 1.5 * chunk.Size);
            var label = startsAtLabel ? chunk.Glyphs.Where(g => g.CenterX < valueLeft).ToList() : [];
            var rest = startsAtLabel ? chunk.Glyphs.Where(g => g.CenterX >= valueLeft).ToList() : chunk.Glyphs;
            if (label.Count > 0 && rest.Count > 0)
            {
                yield return new GlyphLine(label);
            }
            else if (rest.Count == 0)
            {
                yield return chunk;
                continue;
            }

            var part = label.Count > 0 ? new GlyphLine(rest) : chunk;
            var c0 = Math.Max(ColumnAt(xs, part.Left + 0.01), firstValueColumn);
            var c1 = Math.Max(ColumnAt(xs, part.Right - 0.01), firstValueColumn);
            if (c1 > c0 && part.Width >= 0.85 * (xs[c1 + 1] - xs[c0]))
            {
                foreach (var group in part.Glyphs.GroupBy(g => ColumnAt(xs, g.CenterX)).OrderBy(g => g.Key))
                {
                    yield return new GlyphLine(group.ToList());
                }
            }
            else
            {
                yield return part;
            }
        }
    }

    /// <summary>The columns of the nearest spanning cell above <paramref name="row"/> that covers <paramref name="column"/>, if any.</summary>
    private static (int C0, int C1)? ParentSpan(DraftCell?[,] grid, int row, int column, int columns)
    {
        for (var r = row - 1; r >= 0; r--)
        {
            if (grid[r, column] is not { } cell)
            {
                continue;
            }

            var c0 = column;
            while (c0 > 0 && ReferenceEquals(grid[r, c0 - 1], cell))
            {
                c0--;
            }

            var c1 = column;
            while (c1 + 1 < columns && ReferenceEquals(grid[r, c1 + 1], cell))
            {
                c1++;
            }

            return c1 > c0 ? (c0, c1) : null;
        }

        return null;
    }

    /// <summary>
    /// The columns of the numbers of a data line. When the nearest header row above has as many cells over the
    /// number columns as the line has numbers, each number takes its header's columns (表二's 本年处理决定数量 over
    /// three columns with 120 centred below it); otherwise a number takes the columns of the spanning header cell
    /// above it, if that cell holds no other number of the line.
    /// </summary>
    private static List<(int C0, int C1)> SpansFromHeader(List<(GlyphLine Chunk, int Column)> chunks, int row, DraftCell?[,] grid, int columns, int firstValueColumn, bool[] headerRow)
    {
        for (var r = row - 1; r >= 0; r--)
        {
            if (!headerRow[r])
            {
                if (Enumerable.Range(firstValueColumn, columns - firstValueColumn).Any(c => grid[r, c] is not null))
                {
                    break; // a row of numbers comes first: no header of its own
                }

                continue;
            }

            var headers = new List<(int C0, int C1)>();
            for (var c = firstValueColumn; c < columns; c++)
            {
                if (grid[r, c] is { } cell && (headers.Count == 0 || !ReferenceEquals(grid[r, headers[headers.Count - 1].C0], cell)))
                {
                    var c1 = c;
                    while (c1 + 1 < columns && ReferenceEquals(grid[r, c1 + 1], cell))
                    {
                        c1++;
                    }

                    headers.Add((c, c1));
                }
            }

            if (headers.Count == chunks.Count && headers.Count < columns - firstValueColumn)
            {
                return chunks.Select((chunk, k) => (Math.Min(headers[k].C0, chunk.Column), Math.Max(headers[k].C1, chunk.Column))).ToList();
            }

            break;
        }

        var result = new List<(int C0, int C1)>();
        foreach (var (_, column) in chunks)
        {
            var span = (column, column);
            for (var r = row - 1; r >= 0; r--)
            {
                if (grid[r, column] is not { } above)
                {
                    continue;
                }

                var c0 = Enumerable.Range(0, columns).First(c => ReferenceEquals(grid[r, c], above));
                var c1 = Enumerable.Range(0, columns).Last(c => ReferenceEquals(grid[r, c], above));
                if (c1 > c0 && chunks.Count(other => other.Column >= c0 && other.Column <= c1) == 1)
                {
                    span = (c0, c1);
                }

                break;
            }

            result.Add(span);
        }

        return result;
    }

    /// <summary>
    /// Boundaries between label columns: the x positions where at least <see cref="MinLabelsPerColumn"/> labels start
    /// (within an em of each other), left to right; labels of a column start at one x when left-aligned. Centred
    /// labels give fewer boundaries, and a row's labels then share a cell (the recognizer matches labels by their
    /// anchors, not their position).
    /// </summary>
    private static List<double> LabelGutters(List<GlyphLine> labels, double left, double right, double em)
    {
        var result = new List<double>();
        var starts = labels.Select(l => l.Left).OrderBy(x => x).ToList();
        var k = 0;
        while (k < starts.Count)
        {
            var m = k + 1;
            while (m < starts.Count && starts[m] - starts[m - 1] <= em)
            {
                m++;
            }

            var x = starts[k] - (0.25 * em);
            if (m - k >= MinLabelsPerColumn && x > left + em && x < right - em && (result.Count == 0 || x > result[result.Count - 1] + em))
            {
                result.Add(x);
            }

            k = m;
        }

        return result;
    }

    /// <summary>Labels that must start at one x for it to be a label column's left edge.</summary>
    public const int MinLabelsPerColumn = 3;

    /// <summary>
    /// The boundary between two value columns: just left of the second when its numbers are left-aligned, just
    /// right of the first when the first's are right-aligned, else half-way (centred numbers). A header label set
    /// above left-aligned numbers then stays in its own column.
    /// </summary>
    private static double Boundary(ValueColumn a, ValueColumn b, double em)
    {
        var middle = (a.Right + b.Left) / 2;
        if (b.Values.Count >= 2 && b.Values.Max(v => v.Left) - b.Values.Min(v => v.Left) <= 1.0 && b.Values.Max(v => v.Right) - b.Values.Min(v => v.Right) > 1.0)
        {
            return Math.Max(middle, b.Left - (0.3 * em));
        }

        if (a.Values.Count >= 2 && a.Values.Max(v => v.Right) - a.Values.Min(v => v.Right) <= 1.0 && a.Values.Max(v => v.Left) - a.Values.Min(v => v.Left) > 1.0)
        {
            return Math.Min(middle, a.Right + (0.3 * em));
        }

        return middle;
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.OrderBy(v => v).ToList();
        return sorted.Count == 0 ? 10 : sorted[sorted.Count / 2];
    }

    /// <summary>The numbers of one column.</summary>
    private sealed class ValueColumn
    {
        public ValueColumn(GlyphLine first)
        {
            Values.Add(first);
            Left = first.Left;
            Right = first.Right;
        }

        public List<GlyphLine> Values { get; } = [];

        public double Left { get; private set; }

        public double Right { get; private set; }

        public void Add(GlyphLine value)
        {
            Values.Add(value);
            Left = Math.Min(Left, value.Left);
            Right = Math.Max(Right, value.Right);
        }

        public void Merge(ValueColumn other)
        {
            foreach (var value in other.Values)
            {
                Add(value);
            }
        }
    }

    /// <summary>What is known of a table once its numbers are found: the value columns and the table's extent.</summary>
    private sealed class Frame
    {
        public Frame(List<ValueColumn> columns, double left, double right, double em)
        {
            Columns = columns;
            Em = em;
            ValueLeft = columns[0].Left - (0.5 * em);
            Left = Math.Min(left, ValueLeft);
            Right = Math.Max(right, columns[columns.Count - 1].Right);
        }

        public List<ValueColumn> Columns { get; }

        public double Em { get; }

        public double ValueLeft { get; }

        public double Left { get; }

        public double Right { get; }

        /// <summary>A line of the table's type size (a heading is larger) that stays left of the numbers: a label, or part of one.</summary>
        public bool IsLabelOnly(GlyphLine line) => line.Right <= ValueLeft + (0.3 * Em) && IsTableSize(line);

        /// <summary>A line set in the table's type size (within 15 %).</summary>
        public bool IsTableSize(GlyphLine line) => Math.Abs(line.Size - Em) <= 0.15 * Em;

        /// <summary>A one-chunk line of the table's type size inside its width (a block title such as 第二十条第（五）项, left-aligned).</summary>
        public bool IsInnerLine(GlyphLine line, List<GlyphLine> chunks) =>
            chunks.Count == 1 && IsTableSize(line) && line.Left >= Left - Em && line.Right <= Right + Em;

        /// <summary>A line centred over the number columns (a header such as 申请人情况), not a heading that merely starts there.</summary>
        public bool IsCentredOverValues(GlyphLine line) =>
            line.Left >= ValueLeft - Em && line.Right <= Right + (2 * Em) && Math.Abs(line.CenterX - ((ValueLeft + Right) / 2)) <= 2 * Em;

        /// <summary>A header line of several chunks whose chunks right of the labels sit over number columns.</summary>
        public bool IsAlignedHeader(List<GlyphLine> chunks) =>
            chunks.Count >= 2 && chunks.Where(c => c.Right > ValueLeft + (0.3 * Em))
                .All(c => Columns.Any(v => c.Left <= v.Right + Em && c.Right >= v.Left - Em));

        /// <summary>A one-chunk line centred on the table (a block title such as 第二十条第（五）项).</summary>
        public bool IsCentredTitle(GlyphLine line, List<GlyphLine> chunks) =>
            chunks.Count == 1 && IsTableSize(line) && Math.Abs(line.CenterX - ((Left + Right) / 2)) <= 2 * Em && line.Right - line.Left < 0.8 * (Right - Left);
    }
}
