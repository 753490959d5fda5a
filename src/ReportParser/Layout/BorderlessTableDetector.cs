using System;
using System.Collections.Generic;
using System.Linq;

namespace ReportParser.Layout;

/// <summary>
/// Fallback for tables printed without ruling lines: columns from text alignment, rows from baselines. The stages:
/// <list type="number">
/// <item>Line classification (<see cref="TableLineClassifier"/>): a data line has wide gaps (its glyphs fall into
/// chunks) and numbers after its label, or several numbers.</item>
/// <item>The table's extent (here): data lines close together whose numbers line up form a table; between them may lie
/// label lines (a wrapped label, a character of a vertical label), header lines whose chunks sit over the number
/// columns, and block titles, all in the table's type size. Above the first data line, header lines (several
/// chunks, or text centred over the numbers or the table) are taken up to the first line that is neither.</item>
/// <item>Columns (<see cref="ValueColumn"/>, <see cref="BorderlessColumns"/>): value columns are the x ranges where the
/// numbers line up — at least two of them with two numbers each (numbers in running text do not line up), or one
/// line of five or more numbers; label columns start where at least three labels start at one x.</item>
/// <item>Row assignment (<see cref="RowAssignment"/>): every line is a row, except a label line between rows of
/// numbers, which joins the row above or below; label lines before the first or after the last numbers may be the
/// rest of a row cut by a page break.</item>
/// <item>Header spans and ungluing (<see cref="HeaderSpans"/>, <see cref="HeaderUngluer"/>).</item>
/// </list>
/// The tolerances are in <see cref="LayoutTolerances"/>.
/// </summary>
internal static class BorderlessTableDetector
{
    /// <summary>Finds borderless tables among the page's text lines (top to bottom); <paramref name="lines"/> is not changed.</summary>
    public static BorderlessDetection Detect(IReadOnlyList<GlyphLine> lines, int page)
    {
        var tables = new List<DraftTable>();
        if (lines.Count < 2)
        {
            return new BorderlessDetection(tables, lines.ToList());
        }

        var chunks = lines.Select(TableLineClassifier.ChunksOf).ToList();
        var data = Enumerable.Range(0, lines.Count).Select(i => TableLineClassifier.IsDataLine(lines[i], chunks[i])).ToList();
        var used = new HashSet<int>();
        var i = 0;
        while (i < lines.Count)
        {
            if (!data[i] || used.Contains(i))
            {
                i++;
                continue;
            }

            var run = DataRun(lines, chunks, data, i);
            var last = run[run.Count - 1];
            var columns = ValueColumn.FindAll(run.Select(r => chunks[r]).ToList());
            if (columns is null)
            {
                i = last + 1;
                continue;
            }

            var span = Enumerable.Range(i, last - i + 1).Select(k => lines[k]).ToList();
            var frame = new TableFrame(columns, span.Min(l => l.Left), span.Max(l => l.Right), LayoutMath.Median(run.Select(r => lines[r].Size)));
            var end = LastLine(lines, chunks, data, frame, i, last);
            var start = FirstLine(lines, chunks, frame, i, used);
            var region = new BorderlessRegion(
                Enumerable.Range(start, end - start + 1).Select(x => lines[x]).ToList(),
                Enumerable.Range(start, end - start + 1).Select(x => chunks[x]).ToList(),
                Enumerable.Range(start, end - start + 1).Select(x => data[x]).ToList());
            tables.Add(BorderlessTableBuilder.Build(region, frame, page));
            used.UnionWith(Enumerable.Range(start, end - start + 1));
            i = end + 1;
        }

        return new BorderlessDetection(tables, lines.Where((_, k) => !used.Contains(k)).ToList());
    }

    /// <summary>Data lines close together whose numbers line up, from line <paramref name="i"/> (a few other lines may lie between them).</summary>
    private static List<int> DataRun(IReadOnlyList<GlyphLine> lines, List<List<GlyphLine>> chunks, List<bool> data, int i)
    {
        var run = new List<int> { i };
        var last = i;
        for (var k = i + 1; k < lines.Count && k - last <= LayoutTolerances.MaxLinesBetweenDataLines; k++)
        {
            if (lines[k - 1].Baseline - lines[k].Baseline > LayoutTolerances.MaxRowGapEm * Math.Max(lines[k].Size, lines[k - 1].Size))
            {
                break;
            }

            if (data[k])
            {
                if (run.Count >= 2 && !TableLineClassifier.LinesUp(chunks[k], run.Select(r => chunks[r])))
                {
                    break; // another table's numbers
                }

                run.Add(k);
                last = k;
            }
        }

        return run;
    }

    /// <summary>
    /// The table's last line: the lines between the data lines are kept up to the first that does not fit (a label,
    /// an aligned header, a centred or inner block title), then label lines that follow the last numbers.
    /// </summary>
    private static int LastLine(IReadOnlyList<GlyphLine> lines, List<List<GlyphLine>> chunks, List<bool> data, TableFrame frame, int i, int last)
    {
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
            && lines[end].Baseline - lines[end + 1].Baseline <= LayoutTolerances.MaxRowGapEm * frame.Em)
        {
            end++;
        }

        return end;
    }

    /// <summary>
    /// The table's first line: header lines above the first data line (several chunks, centred over the numbers or
    /// the table, or labels), not yet used by another table. A label line above the header is a caption or heading,
    /// not the table; at the top of the page it is the rest of a row begun on the previous page.
    /// </summary>
    private static int FirstLine(IReadOnlyList<GlyphLine> lines, List<List<GlyphLine>> chunks, TableFrame frame, int i, HashSet<int> used)
    {
        var start = i;
        while (start - 1 >= 0 && !used.Contains(start - 1)
            && lines[start - 1].Baseline - lines[start].Baseline <= LayoutTolerances.MaxRowGapEm * frame.Em && frame.IsTableSize(lines[start - 1])
            && (chunks[start - 1].Count >= 2 || frame.IsCentredOverValues(lines[start - 1]) || frame.IsCentredTitle(lines[start - 1], chunks[start - 1]) || frame.IsLabelOnly(lines[start - 1])))
        {
            start--;
        }

        if (start > 0 || Enumerable.Range(start, i - start).Any(k => !frame.IsLabelOnly(lines[k])))
        {
            while (start < i && chunks[start].Count < 2 && frame.IsLabelOnly(lines[start]))
            {
                start++;
            }
        }

        return start;
    }
}

/// <summary>What <see cref="BorderlessTableDetector.Detect"/> found: the tables, and the lines it did not use, in their order.</summary>
internal sealed record BorderlessDetection(List<DraftTable> Tables, List<GlyphLine> Remaining);
