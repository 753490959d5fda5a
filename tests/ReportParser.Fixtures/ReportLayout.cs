using System.Collections.Generic;
using System.Linq;

namespace ReportParser.Fixtures;

/// <summary>What a writer prints, in order: the same sequence for HTML, DOCX and the in-memory document.</summary>
public abstract record LayoutBlock;

/// <summary>The report title.</summary>
public sealed record TitleBlock(string Text) : LayoutBlock;

/// <summary>A section heading (一、总体情况 …).</summary>
public sealed record HeadingBlock(string SectionId, string Text) : LayoutBlock;

/// <summary>A body paragraph.</summary>
public sealed record TextBlock(string Text) : LayoutBlock;

/// <summary>A table.</summary>
public sealed record TableLayoutBlock(LayoutTable Table) : LayoutBlock;

/// <summary>A page break, with the page number printed at the foot of the page before it (<c>- 3 -</c>).</summary>
public sealed record PageBreakBlock(string PageNumber) : LayoutBlock;

/// <summary>A standard table published as a picture.</summary>
public sealed record ImageLayoutBlock(string TableId, string Name) : LayoutBlock;

/// <summary>Orders a spec's content into <see cref="LayoutBlock"/>s.</summary>
public static class ReportLayout
{
    public static readonly string[] SectionIds = ["S1", "S2", "S3", "S4", "S5", "S6"];

    /// <summary>The body paragraph <see cref="Variations.ParagraphsBeforeApplications"/> repeats: no number in it.</summary>
    public const string Padding = "本机关依法依规办理政府信息公开申请，按时答复。";

    public static IReadOnlyList<LayoutBlock> Blocks(ReportSpec spec)
    {
        var blocks = new List<LayoutBlock>
        {
            new TitleBlock(spec.EffectiveTitle),
            new TextBlock($"本报告中所列数据的统计期限自{spec.Year}年1月1日起至{spec.Year}年12月31日止。"),
        };
        foreach (var id in SectionIds)
        {
            if (id == "S3")
            {
                blocks.AddRange(Enumerable.Repeat(new TextBlock(Padding), spec.Variations.ParagraphsBeforeApplications));
            }

            if (spec.Headings.TryGetValue(id, out var heading))
            {
                blocks.Add(new HeadingBlock(id, heading));
            }

            blocks.AddRange(spec.PrintedSectionText(id).Select(p => new TextBlock(p)));
            var tableId = id switch
            {
                "S2" => "T2",
                "S3" => "T3",
                "S4" => "T4",
                _ => null,
            };
            if (tableId is null || !spec.Tables.Contains(tableId))
            {
                continue;
            }

            if (spec.Variations.TablesAsImages.Contains(tableId))
            {
                blocks.Add(new ImageLayoutBlock(tableId, tableId.ToLowerInvariant() + ".png"));
                continue;
            }

            var table = tableId switch
            {
                "T2" => TemplateLayouts.Disclosure(spec),
                "T3" => TemplateLayouts.Applications(spec),
                _ => TemplateLayouts.Review(spec),
            };

            if (tableId == "T3" && spec.Variations.SplitApplicationsAfterRow is { } after)
            {
                var cut = table.Cells.Single(c => c.Key == after + "|T3.C.natural_person").Row + 1;
                var (first, second) = table.SplitBefore(cut);
                blocks.Add(new TableLayoutBlock(first));
                blocks.Add(new PageBreakBlock("- 3 -"));
                blocks.Add(new TableLayoutBlock(second));
            }
            else
            {
                blocks.Add(new TableLayoutBlock(table));
            }

            if (tableId == "T3" && spec.Variations.ExtraDepartmentTable)
            {
                blocks.Add(new TextBlock("附：各部门政府信息公开申请办理情况"));
                blocks.Add(new TableLayoutBlock(TemplateLayouts.DepartmentTable(spec)));
            }
        }

        return blocks;
    }
}
