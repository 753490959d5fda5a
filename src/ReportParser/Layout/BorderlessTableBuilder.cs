using System;
using System.Collections.Generic;
using System.Linq;

namespace ReportParser.Layout;

/// <summary>
/// Builds the grid of one table without ruling lines from its region: columns (<see cref="BorderlessColumns"/>),
/// rows (<see cref="RowAssignment"/>), then each line's chunks placed in their cells, header labels and numbers
/// spanning their columns (<see cref="HeaderSpans"/>), glued header text cut first (<see cref="HeaderUngluer"/>).
/// </summary>
internal static class BorderlessTableBuilder
{
    public static DraftTable Build(BorderlessRegion region, TableFrame frame, int page)
    {
        var columns = BorderlessColumns.Build(region, frame);
        var rows = RowAssignment.Assign(region, frame);
        var top = region.Lines[0].Top;
        var bottom = region.Lines[region.Count - 1].Bottom;
        var table = new DraftTable
        {
            FirstPage = page,
            LastPage = page,
            FirstBox = new Box(columns.Left, bottom, columns.Right, top),
            LastBox = new Box(columns.Left, bottom, columns.Right, top),
            ColumnLines = columns.Lines,
            RowCount = rows.RowCount,
            Ruled = false,
            ValueLines = columns.ValueLines(frame.Columns.Count),
            TrailingLabelRow = rows.Trailing,
            LeadingLabelRow = rows.Leading,
        };

        var grid = new BorderlessGrid(table, columns, page);
        var claims = HeaderClaims(region, frame, columns);
        for (var i = 0; i < region.Count; i++)
        {
            PlaceLine(region, frame, grid, claims, i, rows.RowOf(i));
        }

        grid.FillEmpty();
        foreach (var cell in table.Cells)
        {
            cell.Seal();
        }

        table.Cells.Sort((a, b) => a.Row != b.Row ? a.Row.CompareTo(b.Row) : a.Left.CompareTo(b.Left));
        return table;
    }

    /// <summary>
    /// Columns that single header chunks of interleaved lines hold (a one-line label set between the two lines of its
    /// neighbours, such as 总计 beside 结果/维持): a spanning label of a line does not grow over them.
    /// </summary>
    private static List<(int Line, double Baseline, int Column)> HeaderClaims(BorderlessRegion region, TableFrame frame, BorderlessColumns columns)
    {
        var claims = new List<(int Line, double Baseline, int Column)>();
        for (var i = 0; i < region.FirstData; i++)
        {
            foreach (var chunk in region.Chunks[i].Where(c => !frame.IsLabelChunk(c)))
            {
                claims.Add((i, region.Lines[i].Baseline, columns.At(chunk.CenterX)));
            }
        }

        return claims;
    }

    /// <summary>Places the chunks of line <paramref name="i"/> in row <paramref name="row"/>: labels in their label column, the rest over the value columns with their spans.</summary>
    private static void PlaceLine(BorderlessRegion region, TableFrame frame, BorderlessGrid grid, List<(int Line, double Baseline, int Column)> claims, int i, int row)
    {
        var columns = grid.Columns;
        var data = region.Data[i];
        var valueChunks = new List<(GlyphLine Chunk, int Column)>();
        foreach (var chunk in data ? region.Chunks[i] : HeaderUngluer.Unglue(region.Chunks[i], frame.ValueLeft, columns))
        {
            if (frame.IsLabelChunk(chunk))
            {
                var c = columns.At(chunk.Left + LayoutTolerances.LabelProbe);
                grid.Place(row, c, c).Glyphs.AddRange(chunk.Glyphs);
            }
            else
            {
                valueChunks.Add((chunk, Math.Max(columns.At(chunk.CenterX), columns.FirstValueColumn)));
            }
        }

        var baseline = region.Lines[i].Baseline;
        var claimed = new HashSet<int>(claims.Where(x => x.Line != i && Math.Abs(x.Baseline - baseline) <= LayoutTolerances.InterleavedEm * frame.Em).Select(x => x.Column));
        var spans = data
            ? HeaderSpans.OfValues(valueChunks, row, grid)
            : HeaderSpans.OfHeaderLine(valueChunks, columns, claimed, frame.Em, valueChunks.Select(v => grid.ParentSpan(row, v.Column)).ToList());
        grid.HeaderRow[row] |= !data && valueChunks.Count > 0;
        for (var k = 0; k < valueChunks.Count; k++)
        {
            var (c0, c1) = spans[k];
            if (Enumerable.Range(c0, c1 - c0 + 1).Any(c => grid[row, c] is not null && c != c0))
            {
                c1 = c0 = valueChunks[k].Column;
            }

            grid.Place(row, c0, c1).Glyphs.AddRange(valueChunks[k].Chunk.Glyphs);
        }
    }
}
