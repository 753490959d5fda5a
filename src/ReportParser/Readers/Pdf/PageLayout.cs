using System.Collections.Generic;
using System.Linq;

namespace ReportParser.Readers.Pdf;

/// <summary>One thing on a page in reading order: a line of running text or a table.</summary>
internal sealed class PageItem
{
    public PageItem(GlyphLine line)
    {
        Line = line;
        Top = line.Top;
    }

    public PageItem(DraftTable table)
    {
        Table = table;
        Top = table.FirstBox.Top;
    }

    public GlyphLine? Line { get; }

    public DraftTable? Table { get; }

    public double Top { get; }
}

/// <summary>A page analysed: tables rebuilt from ruling lines (or text alignment), the other glyphs as lines, page numbers removed.</summary>
internal sealed class PageLayout
{
    private PageLayout(PdfPageContent page, List<PageItem> items, int glyphCount)
    {
        Page = page;
        Items = items;
        GlyphCount = glyphCount;
    }

    public PdfPageContent Page { get; }

    /// <summary>Lines and tables, top to bottom.</summary>
    public List<PageItem> Items { get; }

    public int GlyphCount { get; }

    /// <summary>A page whose text is not used (a scan, a garbled text layer): only its images count.</summary>
    public static PageLayout Empty(PdfPageContent page) => new(page, [], page.Glyphs.Count);

    public static PageLayout Analyze(PdfPageContent page)
    {
        var glyphs = page.Glyphs;
        var tables = new List<DraftTable>();
        var segments = RulingLines.Merge(page.Segments);
        foreach (var component in RulingLines.Components(segments))
        {
            var table = TableGridBuilder.Build(component, page.Number);
            if (table is null)
            {
                continue;
            }

            var inside = new List<PdfGlyph>();
            var rest = new List<PdfGlyph>(glyphs.Count);
            foreach (var glyph in glyphs)
            {
                (table.FirstBox.Contains(glyph.CenterX, glyph.CenterY) ? inside : rest).Add(glyph);
            }

            if (inside.Count == 0)
            {
                continue; // a drawn frame with nothing in it (a box, a line art)
            }

            glyphs = rest;
            TableGridBuilder.Fill(table, inside);
            if (IsOneCellBox(table))
            {
                // A frame around a paragraph is not a table: give its text back.
                glyphs = glyphs.Concat(inside).ToList();
                continue;
            }

            table.Ocr = page.Method == ReportParser.Documents.ReadingMethod.Ocr;
            tables.Add(table);
        }

        var lines = GlyphText.Lines(glyphs)
            .Where(l => !PageFurniture.IsPageNumber(l, page.Height))
            .ToList();

        tables.AddRange(BorderlessTableDetector.Detect(lines, page.Number));

        var items = lines.Select(l => new PageItem(l)).Concat(tables.Select(t => new PageItem(t)))
            .OrderByDescending(i => i.Top)
            .ToList();
        return new PageLayout(page, items, page.Glyphs.Count);
    }

    /// <summary>True for a grid whose text sits in a single cell: a framed paragraph or a text box.</summary>
    private static bool IsOneCellBox(DraftTable table) =>
        table.Cells.Count(c => c.Glyphs.Count > 0) <= 1 && table.Cells.Count <= 2;
}
