using System.Collections.Generic;
using System.Net;
using System.Text;

namespace ReportParser.Fixtures;

/// <summary>Writes a <see cref="ReportSpec"/> as a plain HTML report page (the official layout with rowspan/colspan).</summary>
public static class HtmlReportWriter
{
    public static string Write(ReportSpec spec)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
            .Append(Encode(spec.EffectiveTitle)).Append("</title>\n</head>\n<body>\n<div class=\"article\">\n<h1>")
            .Append(Encode(spec.EffectiveTitle)).Append("</h1>\n")
            .Append("<p>本报告中所列数据的统计期限自").Append(spec.Year).Append("年1月1日起至").Append(spec.Year).Append("年12月31日止。</p>\n");
        foreach (var id in new[] { "S1", "S2", "S3", "S4", "S5", "S6" })
        {
            if (spec.Headings.TryGetValue(id, out var heading))
            {
                html.Append("<p><strong>").Append(Encode(heading)).Append("</strong></p>\n");
            }

            foreach (var paragraph in spec.SectionText.GetValueOrDefault(id, []))
            {
                html.Append("<p>").Append(Encode(paragraph)).Append("</p>\n");
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
                WriteTable(html, table);
            }
        }

        html.Append("</div>\n</body>\n</html>\n");
        return html.ToString();
    }

    public static void WriteTable(StringBuilder html, LayoutTable table)
    {
        html.Append("<table border=\"1\">\n");
        for (var r = 0; r < table.RowCount; r++)
        {
            html.Append("<tr>");
            foreach (var cell in table.RowCells(r))
            {
                html.Append("<td");
                if (cell.RowSpan > 1)
                {
                    html.Append(" rowspan=\"").Append(cell.RowSpan).Append('"');
                }

                if (cell.ColumnSpan > 1)
                {
                    html.Append(" colspan=\"").Append(cell.ColumnSpan).Append('"');
                }

                html.Append('>').Append(Encode(cell.Text)).Append("</td>");
            }

            html.Append("</tr>\n");
        }

        html.Append("</table>\n");
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text).Replace("\n", "<br>");
}
