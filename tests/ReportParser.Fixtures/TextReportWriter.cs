using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace ReportParser.Fixtures;

/// <summary>How a text conversion prints a report's tables (issue 13).</summary>
public enum TextForm
{
    /// <summary>One line per grid row, cells separated by tabs, an empty slot where a merged cell covers the grid; trailing empty slots dropped, but a one-cell row keeps one tab (.txt).</summary>
    Tabs,

    /// <summary>Markdown: <c>#</c> headings and pipe tables, an empty cell where a merged cell covers the grid (.md).</summary>
    Pipes,
}

/// <summary>Noise a text conversion or OCR adds to a rendering (issue 13).</summary>
public enum TextNoise
{
    None,

    /// <summary>Look-alike characters in row labels: 秘密 → 秘蜜, 权益 → 权異 (matched approximately, RP0211).</summary>
    Confusions,

    /// <summary>The 自然人 header cell lost, its values kept (the column inferred, RP0210).</summary>
    LostHeader,
}

/// <summary>
/// Writes a <see cref="ReportSpec"/> as a text conversion: the title, headings and paragraphs as lines, the tables as
/// tab-separated or Markdown pipe rows (<see cref="TextForm"/>), with optional <see cref="TextNoise"/>. UTF-8, no BOM.
/// </summary>
public static class TextReportWriter
{
    public static byte[] Write(ReportSpec spec, TextForm form, TextNoise noise = TextNoise.None) =>
        new UTF8Encoding(false).GetBytes(WriteText(spec, form, noise));

    public static string WriteText(ReportSpec spec, TextForm form, TextNoise noise = TextNoise.None)
    {
        var text = new StringBuilder();
        var heading = form == TextForm.Pipes ? "## " : string.Empty;
        foreach (var block in ReportLayout.Blocks(spec))
        {
            switch (block)
            {
                case TitleBlock title:
                    text.Append(form == TextForm.Pipes ? "# " : string.Empty).Append(title.Text).Append("\n\n");
                    break;
                case HeadingBlock h:
                    text.Append(heading).Append(h.Text).Append("\n\n");
                    break;
                case TextBlock paragraph:
                    text.Append(paragraph.Text).Append("\n\n");
                    break;
                case PageBreakBlock pageBreak:
                    text.Append(pageBreak.PageNumber).Append("\n\n");
                    break;
                case TableLayoutBlock table:
                    WriteTable(text, table.Table, form, noise);
                    text.Append('\n');
                    break;
                case ImageLayoutBlock image:
                    text.Append("![](").Append(image.Name).Append(")\n\n");
                    break;
            }
        }

        return text.ToString();
    }

    private static void WriteTable(StringBuilder text, LayoutTable table, TextForm form, TextNoise noise)
    {
        for (var r = 0; r < table.RowCount; r++)
        {
            var slots = new string[table.ColumnCount];
            for (var c = 0; c < slots.Length; c++)
            {
                slots[c] = string.Empty;
            }

            foreach (var cell in table.RowCells(r))
            {
                slots[cell.Column] = Noisy(cell.Text.Replace("\n", string.Empty), noise);
            }

            if (form == TextForm.Tabs)
            {
                var end = slots.Length;
                while (end > 2 && slots[end - 1].Length == 0)
                {
                    end--;
                }

                text.Append(string.Join("\t", slots.Take(end))).Append('\n');
            }
            else
            {
                text.Append("| ").Append(string.Join(" | ", slots)).Append(" |\n");
                if (r == 0)
                {
                    text.Append('|').Append(string.Concat(Enumerable.Repeat("---|", slots.Length))).Append('\n');
                }
            }
        }
    }

    private static string Noisy(string cell, TextNoise noise) => noise switch
    {
        TextNoise.Confusions => cell.Replace("属于国家秘密", "属于国家秘蜜").Replace("保护第三方合法权益", "保护第三方合法权異"),
        TextNoise.LostHeader when cell == "自然人" => string.Empty,
        _ => cell,
    };
}
