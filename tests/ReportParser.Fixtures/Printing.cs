using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace ReportParser.Fixtures;

/// <summary>
/// Turns a spec's canonical values and template labels into the text a report prints, under its <see cref="Variations"/>.
/// Everything a writer prints goes through here, so every writer (HTML, DOCX, in-memory) prints the same text and the
/// truth file records exactly that.
/// </summary>
public static class Printing
{
    private static readonly Regex PlainNumber = new(@"^(?<sign>[+-]?)(?<int>\d+)(?<frac>\.\d+)?$", RegexOptions.CultureInvariant);

    private static readonly Regex ListMarker = new(@"^(\d)\.", RegexOptions.CultureInvariant);

    /// <summary>The printed text of a value cell whose canonical text is <paramref name="canonical"/>.</summary>
    public static string Value(string columnId, string canonical, Variations variations)
    {
        var match = PlainNumber.Match(canonical);
        if (!match.Success)
        {
            return canonical;
        }

        var isZero = decimal.Parse(canonical, NumberStyles.Float, CultureInfo.InvariantCulture) == 0m && match.Groups["sign"].Value.Length == 0;
        if (isZero && variations.Zeros != ZeroStyle.Zero)
        {
            return variations.Zeros switch
            {
                ZeroStyle.Blank => string.Empty,
                ZeroStyle.Dash => "—",
                _ => "/",
            };
        }

        var digits = match.Groups["int"].Value;
        if (variations.ThousandsSeparators && digits.Length > 3)
        {
            var grouped = new StringBuilder();
            for (var i = 0; i < digits.Length; i++)
            {
                if (i > 0 && (digits.Length - i) % 3 == 0)
                {
                    grouped.Append(',');
                }

                grouped.Append(digits[i]);
            }

            digits = grouped.ToString();
        }

        var text = match.Groups["sign"].Value + digits + match.Groups["frac"].Value;
        if (variations.FullWidthDigits)
        {
            var wide = new StringBuilder(text.Length);
            foreach (var ch in text)
            {
                wide.Append(ch switch
                {
                    >= '0' and <= '9' => (char)('０' + (ch - '0')),
                    ',' => '，',
                    '.' => '．',
                    _ => ch,
                });
            }

            text = wide.ToString();
        }

        if (variations.UnitsInCells)
        {
            text += columnId switch
            {
                "T2.C.fee_amount" => "万元",
                "T2.C.change" or "T2.C.prev_year_items" or "T2.C.procurement_amount" => string.Empty,
                "T2.C.procurement_items" => "个",
                _ => "件",
            };
        }

        return text;
    }

    /// <summary>A template label (row, column, group, block title) as printed.</summary>
    public static string Label(string label, Variations variations)
    {
        var text = label;
        if (variations.Typos)
        {
            text = text.Replace("其他法律行政法规禁止公开", "其他法律行政止公开");
        }

        if (variations.LabelLineBreaks)
        {
            text = text
                .Replace("（三）不予公开", "（三）不\n予公开")
                .Replace("（四）无法提供", "（四）无\n法提供")
                .Replace("（五）不予处理", "（五）不\n予处理")
                .Replace("（六）其他处理", "（六）其\n他处理")
                .Replace("商业企业", "商业企\n业")
                .Replace("科研机构", "科研机\n构")
                .Replace("本年新制作数量", "本年新\n制作数量")
                .Replace("本年制发件数", "本年制发\n件数")
                .Replace("逾期不补正、", "逾期不补正、\n")
                .Replace("缴纳费用、", "缴纳费用、\n");
        }

        if (variations.StraySpaces)
        {
            text = text
                .Replace("商业企业", "商业 企业")
                .Replace("社会公益组织", "社会公益 组织")
                .Replace("法律服务机构", "法律服务 机构")
                .Replace("第二十条第", "第二十条 第")
                .Replace("予以公开", "予以 公开");
            if (text == "总计")
            {
                text = "总 计";
            }
        }

        text = variations.ListMarker switch
        {
            ListMarkerStyle.Comma => ListMarker.Replace(text, "$1、"),
            ListMarkerStyle.DotSpace => ListMarker.Replace(text, "$1. "),
            _ => text,
        };

        if (variations.HalfWidthBrackets)
        {
            text = text.Replace('（', '(').Replace('）', ')');
        }

        return text;
    }
}
