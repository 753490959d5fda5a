using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using ReportParser.Documents;
using ReportParser.Recognition;

namespace ReportParser.Readers.Html;

/// <summary>
/// Resolves an HTML table's rowspan/colspan into a grid (the HTML table model, simplified): each cell goes to the
/// first free column of its row; spans are clipped where they would overlap or run past the table.
/// </summary>
internal static class HtmlTableGrid
{
    private const int MaxSpan = 1000;

    internal sealed record BuildResult(TableBlock? Table, long? LimitExceeded);

    /// <summary>A table is used for layout when another table sits inside it (or it says role=presentation).</summary>
    public static bool IsLayoutTable(IHtmlTableElement table) =>
        string.Equals(table.GetAttribute("role"), "presentation", StringComparison.OrdinalIgnoreCase)
        || RowsOf(table).Any(r => r.Cells.Any(c => c.QuerySelector("table") is not null));

    /// <summary>The rows of this table in order (thead, tbody, tfoot, direct rows), excluding rows of nested tables.</summary>
    public static IEnumerable<IHtmlTableRowElement> RowsOf(IHtmlTableElement table)
    {
        foreach (var child in table.Children)
        {
            if (child is IHtmlTableRowElement row)
            {
                yield return row;
            }
            else if (child is IHtmlTableSectionElement section)
            {
                foreach (var sectionChild in section.Children)
                {
                    if (sectionChild is IHtmlTableRowElement sectionRow)
                    {
                        yield return sectionRow;
                    }
                }
            }
        }
    }

    public static BuildResult Build(IHtmlTableElement table, int maxPositions)
    {
        var rows = RowsOf(table).ToList();
        var rowCount = rows.Count;
        if (rowCount == 0)
        {
            return new BuildResult(null, null);
        }

        // The grid width, bounded before anything is allocated. Rowspans from earlier rows can push cells further
        // right; allow for that within the bound.
        var width = MaxRowWidth(rows);
        long bound = width * rowCount;
        if (bound > maxPositions)
        {
            return new BuildResult(null, bound);
        }

        var placed = Place(rows, width, out var columnCount);
        if ((long)columnCount * rowCount > maxPositions)
        {
            return new BuildResult(null, (long)columnCount * rowCount);
        }

        var tablePath = DomPath.Of(table);
        var cells = placed.Select(p => new GridCell
        {
            Row = p.Row,
            Column = p.Column,
            RowSpan = p.RowSpan,
            ColumnSpan = p.ColumnSpan,
            Text = CellText(p.Cell),
            Provenance = new BlockProvenance
            {
                Path = tablePath + "/tr[" + (p.Row + 1).ToString(CultureInfo.InvariantCulture) + "]/td[" + (p.Cell.Index + 1).ToString(CultureInfo.InvariantCulture) + "]",
            },
        });

        return new BuildResult(new TableBlock(rowCount, columnCount, cells, new BlockProvenance { Path = tablePath }), null);
    }

    /// <summary>The widest row's width in columns (the sum of its colspans).</summary>
    private static long MaxRowWidth(List<IHtmlTableRowElement> rows)
    {
        long width = 0;
        foreach (var row in rows)
        {
            long rowWidth = 0;
            foreach (var cell in row.Cells)
            {
                rowWidth += Span(cell.GetAttribute("colspan"));
            }

            width = Math.Max(width, rowWidth);
        }

        return width;
    }

    /// <summary>Each cell at the first free column of its row, its spans clipped where they would overlap or run past the table.</summary>
    private static List<Placed> Place(List<IHtmlTableRowElement> rows, long width, out int columnCount)
    {
        var rowCount = rows.Count;
        var occupied = new List<bool[]>(rowCount);
        for (var i = 0; i < rowCount; i++)
        {
            occupied.Add(new bool[(width * 2) + 1]);
        }

        columnCount = 0;
        var placed = new List<Placed>();
        for (var r = 0; r < rowCount; r++)
        {
            var column = 0;
            var line = occupied[r];
            foreach (var cell in rows[r].Cells)
            {
                while (column < line.Length && line[column])
                {
                    column++;
                }

                if (column >= line.Length)
                {
                    break;
                }

                var (rowSpan, colSpan) = ClippedSpans(cell, occupied, r, column);
                for (var rr = r; rr < r + rowSpan; rr++)
                {
                    for (var cc = column; cc < column + colSpan; cc++)
                    {
                        occupied[rr][cc] = true;
                    }
                }

                placed.Add(new Placed(r, column, rowSpan, colSpan, cell));
                columnCount = Math.Max(columnCount, column + colSpan);
                column += colSpan;
            }
        }

        return placed;
    }

    /// <summary>The cell's spans, the column span clipped at the first occupied slot and the row span where a later row's slot is taken (overlapping spans are a table-model error).</summary>
    private static (int RowSpan, int ColSpan) ClippedSpans(IHtmlTableCellElement cell, List<bool[]> occupied, int r, int column)
    {
        var rowCount = occupied.Count;
        var line = occupied[r];
        var colSpan = Span(cell.GetAttribute("colspan"));
        var rowSpanAttribute = cell.GetAttribute("rowspan");
        var rowSpan = rowSpanAttribute?.Trim() == "0" ? rowCount - r : Span(rowSpanAttribute);
        rowSpan = Math.Min(rowSpan, rowCount - r);

        var clippedColSpan = 0;
        while (clippedColSpan < colSpan && column + clippedColSpan < line.Length && !line[column + clippedColSpan])
        {
            clippedColSpan++;
        }

        colSpan = Math.Max(clippedColSpan, 1);
        var clippedRowSpan = 1;
        while (clippedRowSpan < rowSpan && IsFree(occupied[r + clippedRowSpan], column, colSpan))
        {
            clippedRowSpan++;
        }

        return (clippedRowSpan, colSpan);
    }

    private sealed record Placed(int Row, int Column, int RowSpan, int ColumnSpan, IHtmlTableCellElement Cell);

    /// <summary>The text of a cell: inline pieces (spans, fonts) joined without spaces, block pieces (p, div, br) on new lines.</summary>
    public static string CellText(IElement cell)
    {
        var builder = new StringBuilder();
        Append(cell, builder);
        var lines = builder.ToString().Split('\n')
            .Select(l => TextNormalizer.CollapseWhitespace(l, keepLineBreaks: false))
            .Where(l => l.Length > 0);
        return string.Join("\n", lines);
    }

    private static void Append(INode node, StringBuilder builder)
    {
        foreach (var child in node.ChildNodes)
        {
            if (child is IText text)
            {
                builder.Append(text.Data);
            }
            else if (child is IElement element)
            {
                var name = element.LocalName;
                if (name is "script" or "style" or "noscript")
                {
                    continue;
                }

                if (name == "br")
                {
                    builder.Append('\n');
                    continue;
                }

                var isBlock = name is "p" or "div" or "li" or "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "table" or "tr";
                if (isBlock)
                {
                    builder.Append('\n');
                }

                Append(element, builder);
                if (isBlock)
                {
                    builder.Append('\n');
                }
            }
        }
    }

    private static bool IsFree(bool[] line, int column, int span)
    {
        for (var c = column; c < column + span; c++)
        {
            if (c >= line.Length || line[c])
            {
                return false;
            }
        }

        return true;
    }

    private static int Span(string? value)
    {
        if (value is null || !int.TryParse(value.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var span) || span < 1)
        {
            return 1;
        }

        return Math.Min(span, MaxSpan);
    }
}
