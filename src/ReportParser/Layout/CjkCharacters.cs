using System.Collections.Generic;
using System.Text;

namespace ReportParser.Layout;

/// <summary>Which characters are CJK (set without spaces), and the ideograph a radical code point prints.</summary>
internal static class CjkCharacters
{
    /// <summary>True for CJK ideographs, radicals, CJK punctuation, full-width forms and the curly quotes and dashes set with them.</summary>
    public static bool IsCjk(char c) =>
        (c >= '\u2E80' && c <= '\u2FDF')      // CJK radicals, Kangxi radicals
        || (c >= '\u3000' && c <= '\u303F')   // CJK symbols and punctuation
        || (c >= '\u3400' && c <= '\u4DBF')   // extension A
        || (c >= '\u4E00' && c <= '\u9FFF')   // unified ideographs
        || (c >= '\uF900' && c <= '\uFAFF')   // compatibility ideographs
        || (c >= '\uFE30' && c <= '\uFE4F')   // compatibility forms
        || (c >= '\uFF00' && c <= '\uFFEF')   // half- and full-width forms (full-width digits and punctuation)
        || c == '\u201C' || c == '\u201D' || c == '\u2018' || c == '\u2019' || c == '\u2014' || c == '\u2026';

    private static readonly Dictionary<char, char> RadicalSupplement = new()
    {
        ['⺠'] = '民', ['⻓'] = '长', ['⻔'] = '门', ['⻆'] = '角', ['⻅'] = '见', ['⻢'] = '马', ['⻋'] = '车', ['⻚'] = '页',
        ['⻛'] = '风', ['⻜'] = '飞', ['⻝'] = '食', ['⻣'] = '骨', ['⻥'] = '鱼', ['⻦'] = '鸟', ['⻩'] = '黄', ['⻬'] = '齐',
        ['⻮'] = '齿', ['⻰'] = '龙', ['⻳'] = '龟', ['⺟'] = '母', ['⻄'] = '西', ['⻘'] = '青', ['⻨'] = '麦', ['⻤'] = '鬼',
        ['⻑'] = '長', ['⻗'] = '雨', ['⺩'] = '王', ['⺫'] = '目', ['⺬'] = '示', ['⺮'] = '竹', ['⺼'] = '肉',
        ['⻁'] = '虎', ['⻈'] = '讠', ['⻉'] = '贝', ['⻌'] = '辶', ['⻍'] = '辶', ['⻏'] = '阝', ['⻖'] = '阝', ['⻊'] = '足',
    };

    /// <summary>
    /// Some producers (Chromium with Noto CJK, some converters) map ideographs to their Kangxi or supplement radical
    /// code points (⼀ U+2F00 for 一, ⺠ U+2EA0 for 民). The glyph printed is the ideograph, so the text is too.
    /// </summary>
    public static string Canonical(string text)
    {
        foreach (var c in text)
        {
            if (c >= '\u2E80' && c <= '\u2FDF')
            {
                return Map(text);
            }
        }

        return text;

        static string Map(string text)
        {
            var builder = new StringBuilder(text.Length);
            foreach (var c in text)
            {
                if (c >= '\u2F00' && c <= '\u2FDF')
                {
                    builder.Append(c.ToString().Normalize(NormalizationForm.FormKC));
                }
                else if (RadicalSupplement.TryGetValue(c, out var ideograph))
                {
                    builder.Append(ideograph);
                }
                else
                {
                    builder.Append(c);
                }
            }

            return builder.ToString();
        }
    }
}
