using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using ReportParser.Documents;

namespace ReportParser.Fixtures;

/// <summary>Writes a <see cref="ReportSpec"/> straight into the in-memory <see cref="SourceDocument"/> (no file format in between).</summary>
public static class SourceDocumentWriter
{
    public static SourceDocument Write(ReportSpec spec, string source = "sample.html")
    {
        var blocks = new List<Block>();
        foreach (var block in ReportLayout.Blocks(spec))
        {
            switch (block)
            {
                case TitleBlock title:
                    blocks.Add(new ParagraphBlock(title.Text, 1, BlockProvenance.None));
                    break;
                case HeadingBlock heading:
                    blocks.Add(new ParagraphBlock(heading.Text, BlockProvenance.None));
                    break;
                case TextBlock text:
                    blocks.Add(new ParagraphBlock(text.Text, BlockProvenance.None));
                    break;
                case PageBreakBlock pageBreak:
                    blocks.Add(new ParagraphBlock(pageBreak.PageNumber, BlockProvenance.None));
                    break;
                case TableLayoutBlock table:
                    blocks.Add(ToBlock(table.Table));
                    break;
                case ImageLayoutBlock image:
                    blocks.Add(new ImageBlock(image.Name, null, BlockProvenance.None));
                    break;
            }
        }

        return new SourceDocument { Source = source, Format = SourceFormat.Html, Title = spec.EffectiveTitle, Blocks = blocks.ToImmutableArray() };
    }

    public static TableBlock ToBlock(LayoutTable table) =>
        new(table.RowCount, table.ColumnCount, table.Cells.Select(c => new GridCell
        {
            Row = c.Row,
            Column = c.Column,
            RowSpan = c.RowSpan,
            ColumnSpan = c.ColumnSpan,
            Text = c.Text,
        }), new BlockProvenance { Path = "table-" + table.TableId });
}
