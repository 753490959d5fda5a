using System.Globalization;
using System.Text;

namespace ReportParser.Recognition.Narrative;

/// <summary>Reads a count written in digits (half- or full-width) or in Chinese numerals (<c>十二</c>, <c>两</c>, <c>一百零五</c>).</summary>
internal static class ChineseNumber
{
    public static decimal? Parse(string text)
    {
        if (text.Length == 0)
        {
            return null;
        }

        var ascii = text.Normalize(NormalizationForm.FormKC);
        if (decimal.TryParse(ascii, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
        {
            return number;
        }

        long total = 0;
        long section = 0;
        long digit = -1;
        foreach (var ch in text)
        {
            var value = Digit(ch);
            if (value >= 0)
            {
                digit = value;
                continue;
            }

            var unit = ch switch
            {
                '十' => 10,
                '百' => 100,
                '千' => 1000,
                '万' => 10000,
                _ => 0,
            };
            if (unit == 0)
            {
                return null;
            }

            if (unit == 10000)
            {
                total = (total + section + (digit < 0 ? 0 : digit)) * unit;
                section = 0;
            }
            else
            {
                section += (digit < 0 ? 1 : digit) * unit;
            }

            digit = -1;
        }

        return total + section + (digit < 0 ? 0 : digit);
    }

    private static int Digit(char ch) => ch switch
    {
        '零' or '〇' => 0,
        '一' => 1,
        '二' or '两' => 2,
        '三' => 3,
        '四' => 4,
        '五' => 5,
        '六' => 6,
        '七' => 7,
        '八' => 8,
        '九' => 9,
        _ => -1,
    };
}
