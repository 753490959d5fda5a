using System;
using System.Globalization;
using System.Text;

namespace ReportParser.Readers.Docx;

/// <summary>Renders a list counter in a <c>w:numFmt</c> format: decimal, the Chinese counting formats (一、二…), enclosed numbers, letters, roman.</summary>
internal static class ListNumberFormat
{
    private const string ChineseDigits = "〇一二三四五六七八九";
    private const string LegalSimplifiedDigits = "零壹贰叁肆伍陆柒捌玖";
    private const string LegalTraditionalDigits = "零壹貳參肆伍陸柒捌玖";
    private const string HeavenlyStems = "甲乙丙丁戊己庚辛壬癸";
    private const string EarthlyBranches = "子丑寅卯辰巳午未申酉戌亥";

    public static string Format(int value, string? format)
    {
        switch (format)
        {
            case null or "" or "decimal" or "decimalHalfWidth" or "arabicAlpha" or "arabicAbjad":
                return Decimal(value);
            case "none" or "bullet":
                return string.Empty;
            case "decimalZero":
                return value is >= 0 and < 10 ? "0" + Decimal(value) : Decimal(value);
            case "decimalFullWidth" or "decimalFullWidth2":
                return FullWidth(Decimal(value));
            case "chineseCounting" or "chineseCountingThousand" or "japaneseCounting" or "taiwaneseCounting"
                or "taiwaneseCountingThousand" or "japaneseDigitalTenThousand" or "koreanCounting":
                return Chinese(value, ChineseDigits, "十", "百", "千", thousandStyle: false);
            case "ideographDigital" or "taiwaneseDigital" or "koreanDigital":
                return value < 0 ? Decimal(value) : Digits(value, ChineseDigits);
            case "chineseLegalSimplified":
                return Chinese(value, LegalSimplifiedDigits, "拾", "佰", "仟", thousandStyle: true);
            case "ideographLegalTraditional":
                return Chinese(value, LegalTraditionalDigits, "拾", "佰", "仟", thousandStyle: true);
            case "ideographTraditional":
                return Cycle(value, HeavenlyStems);
            case "ideographZodiac":
                return Cycle(value, EarthlyBranches);
            case "decimalEnclosedCircle" or "decimalEnclosedCircleChinese":
                return value is >= 1 and <= 20 ? ((char)(0x2460 + value - 1)).ToString() : Decimal(value);
            case "decimalEnclosedParen":
                return value is >= 1 and <= 20 ? ((char)(0x2474 + value - 1)).ToString() : "(" + Decimal(value) + ")";
            case "decimalEnclosedFullstop":
                return value is >= 1 and <= 20 ? ((char)(0x2488 + value - 1)).ToString() : Decimal(value) + ".";
            case "ideographEnclosedCircle":
                return value is >= 1 and <= 10 ? ((char)(0x3220 + value - 1)).ToString() : Decimal(value);
            case "upperLetter":
                return Letters(value, 'A');
            case "lowerLetter":
                return Letters(value, 'a');
            case "upperRoman":
                return Roman(value);
            case "lowerRoman":
                return Roman(value).ToLowerInvariant();
            default:
                return Decimal(value);
        }
    }

    private static string Decimal(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string FullWidth(string digits)
    {
        var builder = new StringBuilder(digits.Length);
        foreach (var ch in digits)
        {
            builder.Append(ch is >= '0' and <= '9' ? (char)('０' + (ch - '0')) : ch);
        }

        return builder.ToString();
    }

    private static string Digits(int value, string digits)
    {
        var text = Decimal(value);
        var builder = new StringBuilder(text.Length);
        foreach (var ch in text)
        {
            builder.Append(digits[ch - '0']);
        }

        return builder.ToString();
    }

    /// <summary>
    /// Chinese numerals below 10,000: 十, 十一, 二十, 一百零一, 一千零一十. <paramref name="thousandStyle"/> writes
    /// 10–19 as 壹拾… (the legal formats), otherwise as 十….
    /// </summary>
    private static string Chinese(int value, string digits, string ten, string hundred, string thousand, bool thousandStyle)
    {
        if (value <= 0 || value >= 10000)
        {
            return value == 0 ? "〇" : Decimal(value);
        }

        var units = new[] { string.Empty, ten, hundred, thousand };
        var builder = new StringBuilder();
        var pendingZero = false;
        for (var position = 3; position >= 0; position--)
        {
            var divisor = position switch { 3 => 1000, 2 => 100, 1 => 10, _ => 1 };
            var digit = value / divisor % 10;
            if (digit == 0)
            {
                pendingZero = builder.Length > 0;
                continue;
            }

            if (pendingZero)
            {
                // Counting numerals write a gap as 零 (一百零一); 〇 is only the digit of the digit-by-digit formats.
                builder.Append(digits[0] == '〇' ? '零' : digits[0]);
                pendingZero = false;
            }

            var omitOne = position == 1 && digit == 1 && builder.Length == 0 && !thousandStyle;
            if (!omitOne)
            {
                builder.Append(digits[digit]);
            }

            builder.Append(units[position]);
        }

        return builder.ToString();
    }

    private static string Cycle(int value, string symbols) =>
        value >= 1 ? symbols[(value - 1) % symbols.Length].ToString() : Decimal(value);

    private static string Letters(int value, char first)
    {
        if (value < 1)
        {
            return Decimal(value);
        }

        var letter = (char)(first + ((value - 1) % 26));
        return new string(letter, ((value - 1) / 26) + 1);
    }

    private static string Roman(int value)
    {
        if (value is < 1 or >= 4000)
        {
            return Decimal(value);
        }

        var numerals = new (int Value, string Text)[]
        {
            (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
        };
        var builder = new StringBuilder();
        foreach (var (number, text) in numerals)
        {
            while (value >= number)
            {
                builder.Append(text);
                value -= number;
            }
        }

        return builder.ToString();
    }
}
