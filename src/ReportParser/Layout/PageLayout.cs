using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ReportParser.Diagnostics;

namespace ReportParser.Layout;

/// <summary>A page analysed: tables rebuilt from ruling lines (or text alignment), the other glyphs as lines, page numbers removed.</summary>
internal sealed class PageLayout
{
    private PageLayout(PageContent page, List<PageItem> items, int glyphCount)
    {
        Page = page;
        Items = items;
        GlyphCount = glyphCount;
    }

    public PageContent Page { get; }

    /// <summary>Lines and tables, top to bottom.</summary>
    public List<PageItem> Items { get; }

    public int GlyphCount { get; }

    /// <summary>A page whose text is not used (a scan, a garbled text layer): only its images count.</summary>
    public static PageLayout Empty(PageContent page) => new(page, [], page.Glyphs.Count);

    public static PageLayout Analyze(PageContent page) => Analyze(page, null);

    /// <summary>
    /// Analyses the page; with a <paramref name="context"/>, a ruled grid of more than its
    /// <see cref="LayoutContext.MaxTableGridPositions"/> positions is not built and the page gets RP0129.
    /// </summary>
    public static PageLayout Analyze(PageContent page, LayoutContext? context)
    {
        var tables = RuledTables(page, context, out var glyphs);
        var lines = GlyphText.Lines(glyphs)
            .Where(l => !PageFurniture.IsPageNumber(l, page.Height))
            .ToList();
        OpenRowTail.Absorb(tables, lines);

        var borderless = BorderlessTableDetector.Detect(lines, page.Number);
        tables.AddRange(borderless.Tables);
        foreach (var table in tables)
        {
            table.Method = page.Method;
            table.DoubtfulBelow = page.DoubtfulBelow;
        }

        var items = borderless.Remaining.Select(l => new PageItem(l)).Concat(tables.Select(t => new PageItem(t)))
            .OrderByDescending(i => i.Top)
            .ToList();
        return new PageLayout(page, items, page.Glyphs.Count);
    }

    /// <summary>The tables drawn with ruling lines, filled with the glyphs inside them; <paramref name="rest"/> are the glyphs outside.</summary>
    private static List<DraftTable> RuledTables(PageContent page, LayoutContext? context, out IReadOnlyList<Glyph> rest)
    {
        var tables = new List<DraftTable>();
        var glyphs = page.Glyphs;
        var segments = RulingLines.Merge(page.Segments);
        var maxPositions = context?.MaxTableGridPositions ?? int.MaxValue;
        foreach (var component in RulingLines.Components(segments))
        {
            var table = TableGridBuilder.Build(component, page.Number, maxPositions, out var positions);
            if (table is null)
            {
                if (positions > maxPositions && context is not null)
                {
                    context.Diagnostics.Add(
                        Descriptors.LayoutLimitExceeded,
                        context.At(page.Number),
                        page.Number,
                        "a table grid of " + positions.ToString("N0", CultureInfo.InvariantCulture) + " positions",
                        maxPositions.ToString("N0", CultureInfo.InvariantCulture) + " positions");
                }

                continue;
            }

            var inside = new List<Glyph>();
            var outside = new List<Glyph>(glyphs.Count);
            foreach (var glyph in glyphs)
            {
                (table.FirstBox.Contains(glyph.CenterX, glyph.CenterY) ? inside : outside).Add(glyph);
            }

            if (inside.Count == 0)
            {
                continue; // a drawn frame with nothing in it (a box, a line art)
            }

            table.OpenBottom = OpenRowTail.IsOpenAtBottom(component, table.FirstBox);
            TableGridBuilder.Fill(table, inside);
            glyphs = PageEdgeClipping.Apply(table, page, outside);
            if (IsOneCellBox(table))
            {
                // A frame around a paragraph is not a table: give its text back.
                table.Clipping = null;
                glyphs = glyphs.Concat(inside).ToList();
                continue;
            }

            tables.Add(table);
        }

        rest = glyphs;
        return tables;
    }

    /// <summary>True for a grid whose text sits in a single cell: a framed paragraph or a text box.</summary>
    private static bool IsOneCellBox(DraftTable table) =>
        table.Cells.Count(c => c.Glyphs.Count > 0) <= LayoutTolerances.OneCellBoxMaxFilledCells && table.Cells.Count <= LayoutTolerances.OneCellBoxMaxCells;
}
