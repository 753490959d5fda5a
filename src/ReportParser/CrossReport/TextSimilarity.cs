using System.Collections.Generic;
using System.Text;

namespace ReportParser.CrossReport;

/// <summary>
/// How much of one text repeats another: the share of the first text's character 4-grams that also occur in the
/// second, after removing whitespace and punctuation and replacing every run of digits by one placeholder (a copied
/// paragraph with this year's numbers filled in is still a copy). Unrelated reports score about 0.05–0.15.
/// </summary>
internal static class TextSimilarity
{
    public const int ShingleLength = 4;

    /// <summary>Texts shorter than this (after normalisation) are not compared: <c>无。</c> twice is not a copy.</summary>
    public const int MinimumLength = 60;

    public static string Normalize(string text)
    {
        var normalized = text.Normalize(NormalizationForm.FormKC);
        var builder = new StringBuilder(normalized.Length);
        var inDigits = false;
        foreach (var ch in normalized)
        {
            if (char.IsDigit(ch))
            {
                if (!inDigits)
                {
                    builder.Append('#');
                }

                inDigits = true;
                continue;
            }

            inDigits = false;
            if (char.IsLetter(ch))
            {
                builder.Append(ch);
            }
        }

        return builder.ToString();
    }

    /// <summary>The share (0–1) of <paramref name="text"/>'s shingles found in <paramref name="earlier"/>, or null when either is too short.</summary>
    public static double? Containment(string text, string earlier)
    {
        var a = Normalize(text);
        var b = Normalize(earlier);
        if (a.Length < MinimumLength || b.Length < MinimumLength)
        {
            return null;
        }

        var shingles = Shingles(a);
        var other = Shingles(b);
        var shared = 0;
        foreach (var shingle in shingles)
        {
            if (other.Contains(shingle))
            {
                shared++;
            }
        }

        return (double)shared / shingles.Count;
    }

    private static HashSet<string> Shingles(string text)
    {
        var set = new HashSet<string>(System.StringComparer.Ordinal);
        for (var i = 0; i + ShingleLength <= text.Length; i++)
        {
            set.Add(text.Substring(i, ShingleLength));
        }

        return set;
    }
}
