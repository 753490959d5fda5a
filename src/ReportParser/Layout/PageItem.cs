namespace ReportParser.Layout;

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
