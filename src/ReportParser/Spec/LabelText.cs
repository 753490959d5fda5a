using System.Text;
using System.Text.RegularExpressions;

namespace ReportParser.Spec;

/// <summary>
/// Normalises label text before matching (spec §8.5): NFKC (full-width → half-width, Kangxi radicals → ideographs),
/// all whitespace removed (including <c>\u3000</c> and line breaks inside labels), quotes unified.
/// </summary>
internal static class LabelText
{
    private static readonly Regex OrdinalPrefix = new(
        @"^(?:第?[一二三四五六七八九十]{1,3}[、.,:：．]|第[一二三四五六七八九十]{1,3}(?:部分|章)[、.,:：．]?|\((?:[一二三四五六七八九十]{1,3}|\d{1,2})\)[、.,]?|\d{1,2}(?:[、.,)]|(?=[^\d.,]))|[①-⑳])",
        RegexOptions.CultureInvariant);

    /// <summary>NFKC, no whitespace, unified quotes and dashes. Used for every label comparison.</summary>
    public static string ForMatching(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var normalized = text!.Normalize(NormalizationForm.FormKC);
        var builder = new StringBuilder(normalized.Length);
        foreach (var ch in normalized)
        {
            if (char.IsWhiteSpace(ch) || ch == '\u200b' || ch == '\u200c' || ch == '\u200d' || ch == '\ufeff' || ch == '\u00ad')
            {
                continue;
            }

            builder.Append(ch switch
            {
                '“' or '”' or '„' or '‟' or '「' or '」' or '『' or '』' or '‘' or '’' or '\'' or '〝' or '〞' => '"',
                '【' or '〔' or '［' or '[' => '(',
                '】' or '〕' or '］' or ']' => ')',
                '—' or '–' or '―' or '−' or '‐' or '‑' => '-',
                '。' => '.',
                _ => ch,
            });
        }

        return builder.ToString();
    }

    /// <summary>Removes one leading list marker (<c>一、</c>, <c>（一）</c>, <c>1.</c>, <c>1、</c>, <c>①</c>) from text already normalised for matching.</summary>
    public static string StripOrdinal(string normalized)
    {
        var match = OrdinalPrefix.Match(normalized);
        return match.Success ? normalized.Substring(match.Length) : normalized;
    }
}
