using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using ReportParser.Model;

namespace ReportParser.Recognition.Narrative;

/// <summary>
/// Finds the statistics period a report states (spec §1.2: 本报告中所列数据的统计期限为2023年1月1日至12月31日) — the one
/// place it is parsed: the report year when the title has none, and RULE.N.YEAR, both read it from here.
/// </summary>
internal static class StatisticsPeriodFinder
{
    private static readonly Regex Stated = new(
        @"统计(?:期限|时限|期间|时间|区间|范围|周期|数据|口径|截止)[^。；;]{0,20}?(?<y1>(?:19|20)\d{2})年(?<m1>\d{1,2})月(?<d1>\d{1,2})日(?:起)?(?:(?:至|到|-|—|~|－)(?:(?<y2>(?:19|20)\d{2})年)?(?<m2>\d{1,2})月(?<d2>\d{1,2})日)?",
        RegexOptions.CultureInvariant);

    private static readonly Regex FullYear = new(
        @"(?<y1>(?:19|20)\d{2})年(?<m1>1)月(?<d1>1)日(?:起)?(?:至|到|-|—|~|－)(?:(?<y2>(?:19|20)\d{2})年)?12月31日",
        RegexOptions.CultureInvariant);

    private static readonly Regex WholeYear = new(
        @"统计(?:期限|时限|期间|区间|周期|口径)[^。；;]{0,12}?(?<y1>(?:19|20)\d{2})年(?:度|全年)",
        RegexOptions.CultureInvariant);

    /// <summary>“数据统计截至2023年12月31日”: states a period end; taken as present, its year not judged (it may be a reference date).</summary>
    private static readonly Regex PeriodEnd = new(@"截(?:至|止)(?:(?:19|20)\d{2})年12月31日", RegexOptions.CultureInvariant);

    /// <summary>
    /// The period stated in the texts (the preamble first, where it normally stands, then the sections): a sentence that
    /// names the statistics period, else a full-year span anywhere, else “统计期限为2023年度” in the preamble.
    /// </summary>
    public static (StatisticsPeriod? Period, bool StatesPeriodEnd) Find(string preamble, IEnumerable<string> sections)
    {
        var texts = new[] { preamble }.Concat(sections).Select(ForMatching).ToList();
        var match = texts.Select(t => Stated.Match(t)).FirstOrDefault(IsPeriod)
            ?? texts.Select(t => FullYear.Match(t)).FirstOrDefault(m => m.Success)
            ?? (WholeYear.Match(texts[0]) is { Success: true } whole ? whole : null);
        return (match is null ? null : From(match), texts.Any(PeriodEnd.IsMatch));
    }

    /// <summary>The period one paragraph states, or null (for the report year when the title has none).</summary>
    public static StatisticsPeriod? In(string paragraph) =>
        Stated.Match(ForMatching(paragraph)) is var match && IsPeriod(match) ? From(match) : null;

    /// <summary>Whitespace removed and NFKC (full-width digits and punctuation to ASCII), as the patterns expect.</summary>
    public static string ForMatching(string text) => NarrativeText.Clean(text).Normalize(NormalizationForm.FormKC);

    /// <summary>A span with an end, or a start on 1 January (统计期限自2023年1月1日起); a lone other date is a reference date, not a period.</summary>
    private static bool IsPeriod(Match match) => match.Success && (match.Groups["m2"].Success || StartsOnJanuaryFirst(match));

    private static bool StartsOnJanuaryFirst(Match match) =>
        match.Groups["m1"].Success && match.Groups["m1"].Value.TrimStart('0') == "1" && match.Groups["d1"].Value.TrimStart('0') == "1";

    private static StatisticsPeriod From(Match match)
    {
        var start = int.Parse(match.Groups["y1"].Value, CultureInfo.InvariantCulture);
        int? end = match.Groups["y2"].Success ? int.Parse(match.Groups["y2"].Value, CultureInfo.InvariantCulture) : null;
        return new StatisticsPeriod(match.Value, start, end, StartsOnJanuaryFirst(match));
    }
}
