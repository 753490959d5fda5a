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
        var blocks = new List<Block> { new ParagraphBlock(spec.EffectiveTitle, 1, BlockProvenance.None) };
        blocks.Add(new ParagraphBlock($"本报告中所列数据的统计期限自{spec.Year}年1月1日起至{spec.Year}年12月31日止。", BlockProvenance.None));
        foreach (var id in new[] { "S1", "S2", "S3", "S4", "S5", "S6" })
        {
            if (spec.Headings.TryGetValue(id, out var heading))
            {
                blocks.Add(new ParagraphBlock(heading, BlockProvenance.None));
            }

            foreach (var paragraph in spec.SectionText.GetValueOrDefault(id, []))
            {
                blocks.Add(new ParagraphBlock(paragraph, BlockProvenance.None));
            }

            var table = id switch
            {
                "S2" when spec.Tables.Contains("T2") => TemplateLayouts.Disclosure(spec),
                "S3" when spec.Tables.Contains("T3") => TemplateLayouts.Applications(spec),
                "S4" when spec.Tables.Contains("T4") => TemplateLayouts.Review(spec),
                _ => null,
            };
            if (table is not null)
            {
                blocks.Add(ToBlock(table));
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
