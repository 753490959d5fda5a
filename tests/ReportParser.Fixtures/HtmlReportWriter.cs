using System.Linq;
using System.Net;
using System.Text;

namespace ReportParser.Fixtures;

/// <summary>
/// Writes a <see cref="ReportSpec"/> as an HTML report page: the layouts with rowspan/colspan, and, under the spec's
/// <see cref="Variations"/>, page chrome, GBK encoding, borderless or fixed-width tables, vertical labels, a table split
/// by a page break.
/// </summary>
public static class HtmlReportWriter
{
    /// <summary>The page as text (its encoding declaration follows <see cref="Variations.Encoding"/>).</summary>
    public static string Write(ReportSpec spec)
    {
        var v = spec.Variations;
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"")
            .Append(v.Encoding == PageEncoding.Gbk ? "gbk" : "utf-8").Append("\">\n<title>")
            .Append(Encode(spec.EffectiveTitle)).Append(v.PageChrome ? "_示例县人民政府门户网站" : string.Empty).Append("</title>\n");
        html.Append("<style>\n@page { size: A4; margin: 20mm 18mm; }\n")
            .Append("body { font-family: \"Noto Serif CJK SC\", \"Noto Sans CJK SC\", serif; font-size: ").Append(v.LargePrint ? "15pt" : "11pt").Append("; }\n")
            .Append("table { border-collapse: collapse; margin: 6pt auto; }\n")
            .Append("td { padding: ").Append(v.LargePrint ? "6pt 4pt" : "2pt 3pt").Append("; text-align: center; vertical-align: middle; }\n")
            .Append(v.Borderless ? "table.report td { border: none; }\n" : "table.report td { border: 1px solid #000; }\n")
            .Append(".page-number { text-align: center; }\n.page-break { break-after: page; page-break-after: always; }\n")
            .Append("</style>\n</head>\n<body>\n");
        if (v.PageChrome)
        {
            WriteChromeTop(html, spec);
        }

        html.Append("<div class=\"article\">\n");
        foreach (var block in ReportLayout.Blocks(spec))
        {
            switch (block)
            {
                case TitleBlock title:
                    html.Append("<h1>").Append(Encode(title.Text)).Append("</h1>\n");
                    break;
                case HeadingBlock heading:
                    html.Append("<p><strong>").Append(Encode(heading.Text)).Append("</strong></p>\n");
                    break;
                case TextBlock text:
                    html.Append("<p>").Append(Encode(text.Text)).Append("</p>\n");
                    break;
                case TableLayoutBlock table:
                    WriteTable(html, table.Table, v);
                    break;
                case PageBreakBlock pageBreak:
                    html.Append("<p class=\"page-number\">").Append(Encode(pageBreak.PageNumber)).Append("</p>\n<div class=\"page-break\"></div>\n");
                    break;
                case ImageLayoutBlock image:
                    html.Append("<p><img src=\"").Append(image.Name).Append("\" width=\"640\" height=\"900\" alt=\"\"></p>\n");
                    break;
            }
        }

        html.Append("</div>\n");
        if (v.PageChrome)
        {
            WriteChromeBottom(html);
        }

        html.Append("</body>\n</html>\n");
        return html.ToString();
    }

    /// <summary>The page as bytes in its declared encoding.</summary>
    public static byte[] WriteBytes(ReportSpec spec)
    {
        var text = Write(spec);
        if (spec.Variations.Encoding == PageEncoding.Gbk)
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            return Encoding.GetEncoding("GBK").GetBytes(text);
        }

        return new UTF8Encoding(false).GetBytes(text);
    }

    public static void WriteTable(StringBuilder html, LayoutTable table) => WriteTable(html, table, Variations.None);

    public static void WriteTable(StringBuilder html, LayoutTable table, Variations variations)
    {
        html.Append(variations.Borderless ? "<table class=\"report\"" : "<table class=\"report\" border=\"1\"");
        if ((variations.NarrowColumns || variations.VeryNarrowColumns) && table.ColumnWidths is { } widths)
        {
            html.Append(" style=\"width: 100%; table-layout: fixed;\">\n<colgroup>");
            var total = widths.Sum();
            foreach (var width in widths)
            {
                html.Append("<col style=\"width: ").Append((width * 1000 / total / 10.0).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture)).Append("%\">");
            }

            html.Append("</colgroup>\n");
        }
        else
        {
            html.Append(">\n");
        }

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

                var text = cell.Vertical ? string.Join("\n", cell.Text.Select(c => c.ToString())) : cell.Text;
                html.Append('>').Append(Encode(text)).Append("</td>");
            }

            html.Append("</tr>\n");
        }

        html.Append("</table>\n");
    }

    private static void WriteChromeTop(StringBuilder html, ReportSpec spec)
    {
        html.Append("<div class=\"header\"><div class=\"logo\"><img src=\"logo.png\" width=\"300\" height=\"60\" alt=\"示例县人民政府\"></div>\n")
            .Append("<div class=\"search\"><input type=\"text\" value=\"请输入关键词\"><button>搜索</button></div></div>\n")
            .Append("<div class=\"nav\"><ul><li><a href=\"/\">首页</a></li><li><a href=\"/zwgk/\">政务公开</a></li><li><a href=\"/zwfw/\">政务服务</a></li>")
            .Append("<li><a href=\"/hdjl/\">互动交流</a></li><li><a href=\"/zjxx/\">走进示例</a></li></ul></div>\n")
            .Append("<div class=\"breadcrumb\">当前位置：<a href=\"/\">首页</a> &gt; <a href=\"/zwgk/\">政府信息公开</a> &gt; <a href=\"/zwgk/ndbg/\">政府信息公开年度报告</a></div>\n")
            .Append("<div class=\"xxgk-meta\"><table class=\"meta\">\n")
            .Append("<tr><td>索引号：</td><td>11320000014000000X/").Append(spec.Year + 1).Append("-00012</td><td>主题分类：</td><td>政务公开</td></tr>\n")
            .Append("<tr><td>发布机构：</td><td>").Append(Encode(spec.Agency)).Append("</td><td>成文日期：</td><td>").Append(spec.Year + 1).Append("-01-20</td></tr>\n")
            .Append("<tr><td>名　　称：</td><td colspan=\"3\">").Append(Encode(spec.EffectiveTitle)).Append("</td></tr>\n")
            .Append("<tr><td>文　　号：</td><td></td><td>发布日期：</td><td>").Append(spec.Year + 1).Append("-01-22</td></tr>\n")
            .Append("</table></div>\n");
    }

    private static void WriteChromeBottom(StringBuilder html)
    {
        html.Append("<div class=\"share\">分享到：<a href=\"#\">微信</a> <a href=\"#\">微博</a> <a href=\"javascript:window.print()\">【打印本页】</a> <a href=\"javascript:window.close()\">【关闭窗口】</a></div>\n")
            .Append("<div class=\"footer\"><p>主办单位：示例县人民政府办公室　承办单位：示例县大数据管理局</p>")
            .Append("<p>网站标识码：3208000000　苏ICP备00000000号　苏公网安备 32080000000000号</p><p>版权所有 © 示例县人民政府</p></div>\n")
            .Append("<script>var _hmt = _hmt || [];</script>\n");
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text).Replace("\n", "<br>");
}
