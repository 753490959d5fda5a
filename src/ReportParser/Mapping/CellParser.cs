using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using ReportParser.Model;

namespace ReportParser.Mapping;

/// <summary>
/// Turns the printed text of a value cell into a kind and a number (spec §8.4): NFKC first (full-width digits and
/// punctuation), then thousands separators, a sign, a decimal point, a unit (<c>件</c>, <c>万元</c>, <c>元</c> …) and a
/// trailing parenthetical note. Blank, dash and slash stay what they are; nothing becomes 0 here.
/// </summary>
internal static class CellParser
{
    private static readonly Regex NumberPattern = new(
        @"^(?<sign>[+-])?(?<int>\d{1,3}(?:,\d{3})+|\d+)(?<frac>\.\d+)?\s*(?<unit>万元|亿元|元|件|个|项|条|次|人次|户|家|%)?\s*(?:\((?<note>[^()]*)\))?$",
        RegexOptions.CultureInvariant);

    private static readonly Regex DashPattern = new(@"^[-‐‑‒–—―−─━]+$", RegexOptions.CultureInvariant);

    /// <summary>
    /// The largest magnitude a cell may have and still take part in the checks (10¹⁵: a thousand trillion items or
    /// 万元). Larger numbers are kept as printed but are out of range (RP0307): sums of them could overflow, and no
    /// annual report counts that much.
    /// </summary>
    public const decimal MaxMagnitude = 1_000_000_000_000_000m;

    internal readonly record struct ParsedCell(CellKind Kind, decimal? Number, string? Unit, string? Note, bool OutOfRange = false);

    public static ParsedCell Parse(string? raw)
    {
        if (raw is null)
        {
            return new ParsedCell(CellKind.Missing, null, null, null);
        }

        var text = Compact(raw);
        if (text.Length == 0)
        {
            return new ParsedCell(CellKind.Blank, null, null, null);
        }

        if (DashPattern.IsMatch(text))
        {
            return new ParsedCell(CellKind.Dash, null, null, null);
        }

        if (text is "/" or "\\" or "//")
        {
            return new ParsedCell(CellKind.Slash, null, null, null);
        }

        var match = NumberPattern.Match(text);
        if (!match.Success)
        {
            return new ParsedCell(CellKind.Text, null, null, null);
        }

        var digits = match.Groups["int"].Value.Replace(",", string.Empty) + match.Groups["frac"].Value;
        if (!decimal.TryParse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number) || number > MaxMagnitude)
        {
            // Digits beyond the range (or beyond decimal's 7.9×10²⁸): not a number the checks can use; never rounded.
            return new ParsedCell(CellKind.Text, null, null, null, OutOfRange: true);
        }

        if (match.Groups["sign"].Value == "-")
        {
            number = -number;
        }

        var unit = match.Groups["unit"].Success ? match.Groups["unit"].Value : null;
        string? note = null;
        if (match.Groups["note"].Success)
        {
            // Take the note from the printed text, which keeps its spaces.
            var printed = raw.Normalize(NormalizationForm.FormKC);
            var open = printed.IndexOf('(');
            var close = printed.LastIndexOf(')');
            note = open >= 0 && close > open ? printed.Substring(open + 1, close - open - 1).Trim() : match.Groups["note"].Value;
        }
        return new ParsedCell(CellKind.Number, number, unit, note);
    }

    /// <summary>NFKC, spaces removed, full-width comma normalised; a space between digits stays (it may separate two numbers).</summary>
    private static string Compact(string raw)
    {
        var normalized = raw.Normalize(NormalizationForm.FormKC).Replace('\u00a0', ' ').Replace('\u3000', ' ').Trim();
        var builder = new StringBuilder(normalized.Length);
        for (var i = 0; i < normalized.Length; i++)
        {
            var ch = normalized[i];
            if (char.IsWhiteSpace(ch))
            {
                var previousDigit = builder.Length > 0 && char.IsDigit(builder[builder.Length - 1]);
                var nextDigit = i + 1 < normalized.Length && char.IsDigit(normalized[i + 1]);
                if (previousDigit && nextDigit)
                {
                    builder.Append(' ');
                }

                continue;
            }

            builder.Append(ch);
        }

        return builder.ToString();
    }
}
