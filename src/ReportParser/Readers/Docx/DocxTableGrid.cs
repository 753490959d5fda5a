using System;
using System.Collections.Generic;
using System.Globalization;
using DocumentFormat.OpenXml;
using ReportParser.Documents;

namespace ReportParser.Readers.Docx;

/// <summary>How a cell takes part in a legacy or vertical merge (<c>w:vMerge</c>, <c>w:hMerge</c>).</summary>
internal enum MergeKind
{
    None,
    Restart,
    Continue,
}

/// <summary>A <c>w:tc</c> that is not deleted, as read from its properties.</summary>
internal sealed record DocxCell(OpenXmlElement Element, string Path, int Span, MergeKind VerticalMerge, MergeKind HorizontalMerge, bool Placeholder);

/// <summary>A <c>w:tr</c> that is not deleted: its leading and trailing skipped grid columns and its cells.</summary>
internal sealed record DocxRow(int GridBefore, int GridAfter, IReadOnlyList<DocxCell> Cells, string Path);

/// <summary>A cell as the grid sees it, whatever format it came from: its provenance path, its width in grid columns and its merges.</summary>
internal sealed record GridSourceCell(string Path, int Span, MergeKind VerticalMerge, MergeKind HorizontalMerge);

/// <summary>A row as the grid sees it: its leading and trailing skipped grid columns and its cells.</summary>
internal sealed record GridRow(int GridBefore, int GridAfter, IReadOnlyList<GridSourceCell> Cells);

/// <summary>
/// Resolves WordprocessingML table rows into a grid: <c>w:gridBefore</c> and <c>w:gridAfter</c> leave holes,
/// <c>w:gridSpan</c> widens a cell, <c>w:vMerge</c> continue cells extend the cell above them that starts in the same
/// grid column with the same width, and legacy <c>w:hMerge</c> continue cells widen the cell to their left.
/// The grid width is the widest row; its size is checked against the limit before anything is allocated.
/// </summary>
/// <remarks>
/// Then the grid is normalised, so the same table written by another producer comes out the same: a grid column line
/// no cell edge lies on is dropped, and a column line closer than <see cref="SnapTwips"/> to its left neighbour is
/// merged into it when no row has a cell edge on both (borders a user dragged a little out of line make Word add such
/// sliver columns). A column that is a cell of its own in any row is never merged away.
/// </remarks>
internal static class DocxTableGrid
{
    /// <summary>Column lines closer than this (in twentieths of a point; 200 ≈ 3.5 mm, less than one character) are one line.</summary>
    public const int SnapTwips = 200;

    internal sealed record BuildResult(TableBlock? Table, long? LimitExceeded);

    public static long Width(IReadOnlyList<GridRow> rows)
    {
        long width = 0;
        foreach (var row in rows)
        {
            long extent = (long)row.GridBefore + row.GridAfter;
            foreach (var cell in row.Cells)
            {
                extent += cell.Span;
            }

            width = Math.Max(width, extent);
        }

        return width;
    }

    public static long Width(IReadOnlyList<DocxRow> rows)
    {
        long width = 0;
        foreach (var row in rows)
        {
            long extent = (long)row.GridBefore + row.GridAfter;
            foreach (var cell in row.Cells)
            {
                extent += cell.Span;
            }

            width = Math.Max(width, extent);
        }

        return width;
    }

    /// <param name="rows">The rows that are not deleted.</param>
    /// <param name="gridWidths">The <c>w:gridCol</c> widths in twips, or null when the table declares none usable.</param>
    /// <param name="maxPositions">The largest grid allowed (rows × columns).</param>
    /// <param name="textOf">The text of a cell, called once per cell in document order.</param>
    /// <param name="tablePath">The provenance path of the table.</param>
    public static BuildResult Build(IReadOnlyList<DocxRow> rows, IReadOnlyList<int>? gridWidths, int maxPositions, Func<DocxCell, string> textOf, string tablePath)
    {
        var neutral = new List<GridRow>(rows.Count);
        foreach (var row in rows)
        {
            var cells = new List<GridSourceCell>(row.Cells.Count);
            foreach (var cell in row.Cells)
            {
                cells.Add(new GridSourceCell(cell.Path, cell.Span, cell.VerticalMerge, cell.HorizontalMerge));
            }

            neutral.Add(new GridRow(row.GridBefore, row.GridAfter, cells));
        }

        return Build(neutral, gridWidths, maxPositions, (r, c) => textOf(rows[r].Cells[c]), tablePath);
    }

    /// <summary>
    /// The same for rows that do not come from WordprocessingML (the <c>.doc</c> reader): <paramref name="textOf"/> takes
    /// the row and cell index.
    /// </summary>
    public static BuildResult Build(IReadOnlyList<GridRow> rows, IReadOnlyList<int>? gridWidths, int maxPositions, Func<int, int, string> textOf, string tablePath)
    {
        var width = Width(rows);
        var positions = width * rows.Count;
        if (positions > Math.Min(maxPositions, TableBlock.MaxGridPositions))
        {
            return new BuildResult(null, positions);
        }

        if (rows.Count == 0 || width == 0)
        {
            return new BuildResult(null, null);
        }

        var columns = (int)width;
        var placed = new List<Placed>();
        var above = NewRow(columns);
        var current = NewRow(columns);
        for (var r = 0; r < rows.Count; r++)
        {
            Fill(current, -1);
            var row = rows[r];
            var column = row.GridBefore;
            var left = -1;
            for (var c = 0; c < row.Cells.Count; c++)
            {
                var cell = row.Cells[c];
                var text = textOf(r, c);
                if (cell.HorizontalMerge == MergeKind.Continue && left >= 0 && placed[left] is { RowSpan: 1 } leftCell && leftCell.Column + leftCell.ColumnSpan == column)
                {
                    leftCell.ColumnSpan += cell.Span;
                    leftCell.Append(text);
                    Mark(current, column, cell.Span, left);
                    column += cell.Span;
                    continue;
                }

                if (cell.VerticalMerge == MergeKind.Continue && above[column] >= 0)
                {
                    var owner = placed[above[column]];
                    if (owner.Column == column && owner.ColumnSpan == cell.Span && owner.Row + owner.RowSpan == r)
                    {
                        owner.RowSpan++;
                        owner.Append(text);
                        Mark(current, column, cell.Span, above[column]);
                        column += cell.Span;
                        left = -1;
                        continue;
                    }
                }

                var created = new Placed(r, column, cell.Span, cell.Path, text);
                placed.Add(created);
                Mark(current, column, cell.Span, placed.Count - 1);
                column += cell.Span;
                left = placed.Count - 1;
            }

            (above, current) = (current, above);
        }

        var map = NormalizeColumns(placed, rows.Count, columns, gridWidths is not null && gridWidths.Count == columns ? gridWidths : null);
        var cells = new List<GridCell>(placed.Count);
        foreach (var p in placed)
        {
            cells.Add(new GridCell
            {
                Row = p.Row,
                Column = map[p.Column],
                RowSpan = p.RowSpan,
                ColumnSpan = map[p.Column + p.ColumnSpan] - map[p.Column],
                Text = p.Text,
                Provenance = new BlockProvenance { Path = p.Path },
            });
        }

        return new BuildResult(new TableBlock(rows.Count, map[columns], cells, new BlockProvenance { Path = tablePath }), null);
    }

    /// <summary>
    /// Maps every column line 0…<paramref name="columns"/> of the raw grid to its line in the normalised grid
    /// (monotone; both edges of a cell always map to different lines, so no cell collapses and none overlap).
    /// </summary>
    private static int[] NormalizeColumns(List<Placed> placed, int rowCount, int columns, IReadOnlyList<int>? widths)
    {
        // Which column lines each grid row has a cell edge on (a vertically merged cell counts in every row it covers).
        var edges = new bool[rowCount, columns + 1];
        var used = new bool[columns + 1];
        used[0] = true;
        used[columns] = true;
        foreach (var p in placed)
        {
            for (var r = p.Row; r < p.Row + p.RowSpan; r++)
            {
                edges[r, p.Column] = true;
                edges[r, p.Column + p.ColumnSpan] = true;
            }

            used[p.Column] = true;
            used[p.Column + p.ColumnSpan] = true;
        }

        var position = new long[columns + 1];
        for (var b = 1; b <= columns; b++)
        {
            position[b] = position[b - 1] + (widths is null ? 0 : Math.Max(0, widths[b - 1]));
        }

        var map = new int[columns + 1];
        var group = 0;
        var groupStart = 0;
        var groupRows = new bool[rowCount];
        for (var r = 0; r < rowCount; r++)
        {
            groupRows[r] = edges[r, 0];
        }

        for (var b = 1; b <= columns; b++)
        {
            if (!used[b])
            {
                // No cell edge on this line: it is not a line at all. (Only holes can lie between it and its neighbours.)
                map[b] = group;
                continue;
            }

            var snap = widths is not null && position[b] - position[groupStart] < SnapTwips;
            for (var r = 0; snap && r < rowCount; r++)
            {
                snap = !(groupRows[r] && edges[r, b]);
            }

            if (!snap)
            {
                group++;
                groupStart = b;
                Array.Clear(groupRows, 0, rowCount);
            }

            for (var r = 0; r < rowCount; r++)
            {
                groupRows[r] |= edges[r, b];
            }

            map[b] = group;
        }

        // A line dropped for having no edge maps onto the line before it; the last line is always kept.
        return map;
    }

    private static int[] NewRow(int columns)
    {
        var row = new int[columns];
        Fill(row, -1);
        return row;
    }

    private static void Fill(int[] row, int value)
    {
        for (var i = 0; i < row.Length; i++)
        {
            row[i] = value;
        }
    }

    private static void Mark(int[] row, int column, int span, int index)
    {
        for (var c = column; c < column + span && c < row.Length; c++)
        {
            row[c] = index;
        }
    }

    private sealed class Placed(int row, int column, int columnSpan, string path, string text)
    {
        public int Row { get; } = row;

        public int Column { get; } = column;

        public int RowSpan { get; set; } = 1;

        public int ColumnSpan { get; set; } = columnSpan;

        public string Path { get; } = path;

        public string Text { get; private set; } = text;

        /// <summary>Text in a continuation cell is rare (Word moves it into the first cell) but is kept, on a new line.</summary>
        public void Append(string more)
        {
            if (more.Length > 0)
            {
                Text = Text.Length == 0 ? more : Text + "\n" + more;
            }
        }

        public override string ToString() => string.Format(CultureInfo.InvariantCulture, "({0},{1}) {2}x{3}", Row, Column, RowSpan, ColumnSpan);
    }
}
