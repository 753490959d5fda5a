using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Collections.Immutable;
using System.Text;
using System.Text.RegularExpressions;
using ReportParser.Diagnostics;
using ReportParser.Model;

namespace ReportParser.Rules.Narrative;

/// <summary>
/// RULE.N.YEAR (spec §1.2, §5.5): the report states its statistics period (RP0612) and the period's years are the
/// report year (RP0613); a sentence of 总体情况 or 其他需要报告的事项 that opens with an earlier year (“2022年，…” in a
/// 2023 report, a leftover of last year's text) and a 问题整改 part that looks back further than the previous year are
/// RP0613 too. Years mentioned in passing (决算, 较上年, plans for next year, the signature date) are not judged.
/// </summary>
internal sealed class ReportYearRule : ReportRule
{
    private static readonly Regex StatisticsPeriod = new(
        @"统计(?:期限|时限|期间|时间|区间|范围|周期|数据|口径|截止)[^。；;]{0,20}?(?<y1>(?:19|20)\d{2})年(?<m1>\d{1,2})月(?<d1>\d{1,2})日(?:起)?(?:至|到|-|—|~|－)(?:(?<y2>(?:19|20)\d{2})年)?(?<m2>\d{1,2})月(?<d2>\d{1,2})日",
        RegexOptions.CultureInvariant);

    private static readonly Regex FullYear = new(
        @"(?<y1>(?:19|20)\d{2})年1月1日(?:起)?(?:至|到|-|—|~|－)(?:(?<y2>(?:19|20)\d{2})年)?12月31日",
        RegexOptions.CultureInvariant);

    private static readonly Regex WholeYear = new(
        @"统计(?:期限|时限|期间|区间|周期|口径)[^。；;]{0,12}?(?<y1>(?:19|20)\d{2})年(?:度|全年)",
        RegexOptions.CultureInvariant);

    /// <summary>“数据统计截至2023年12月31日”: states a period end; taken as present, its year not judged (it may be a reference date).</summary>
    private static readonly Regex PeriodEnd = new(@"截(?:至|止)(?:(?:19|20)\d{2})年12月31日", RegexOptions.CultureInvariant);

    private static readonly Regex OpeningYear = new(@"^(?<y>(?:19|20)\d{2})年(?:度)?[，,]", RegexOptions.CultureInvariant);

    private static readonly Regex ProblemsOfYear = new(@"(?<y>(?:19|20)\d{2})年(?:度)?(?:工作中)?(?:存在的?)?(?:主要)?问题", RegexOptions.CultureInvariant);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Descriptors.StatisticsPeriodMissing, Descriptors.ReportYearMismatch];

    public override void Check(AnnualReport report, RuleContext context)
    {
        if (report.Year is not { } year)
        {
            return;
        }

        var file = new SourceLocation { Source = report.Source };
        // texts[0] is the preamble, where the statistics sentence normally stands.
        var texts = new[] { report.Preamble }.Concat(report.Sections.Select(s => s.Text)).Select(Ascii).ToList();
        var period = texts.Select(t => StatisticsPeriod.Match(t)).FirstOrDefault(m => m.Success)
            ?? texts.Select(t => FullYear.Match(t)).FirstOrDefault(m => m.Success)
            ?? (WholeYear.Match(texts[0]) is { Success: true } whole ? whole : null);
        if (period is null)
        {
            if (!texts.Any(PeriodEnd.IsMatch))
            {
                context.Report(Descriptors.StatisticsPeriodMissing, file, year);
            }
        }
        else
        {
            foreach (var group in new[] { period.Groups["y1"], period.Groups["y2"] }.Where(g => g.Success))
            {
                var stated = int.Parse(group.Value, CultureInfo.InvariantCulture);
                if (stated != year)
                {
                    context.Report(Descriptors.ReportYearMismatch, file, "统计期限", period.Value, stated, year);
                    break;
                }
            }
        }

        foreach (var id in new[] { "S1", "S6" })
        {
            if (report.Section(id) is not { } section)
            {
                continue;
            }

            foreach (var (sentence, printed) in Sentences(section.Text))
            {
                var opening = OpeningYear.Match(sentence);
                if (opening.Success && int.Parse(opening.Groups["y"].Value, CultureInfo.InvariantCulture) is var stated && stated < year)
                {
                    context.Report(Descriptors.ReportYearMismatch, section.Location, section.Title, NarrativeText.Quote(printed, 0), stated, year);
                }
            }
        }

        if (report.Section("S5") is { } problems)
        {
            foreach (var (sentence, printed) in Sentences(problems.Text))
            {
                foreach (Match m in ProblemsOfYear.Matches(sentence))
                {
                    var stated = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
                    if (stated < year - 1)
                    {
                        context.Report(Descriptors.ReportYearMismatch, problems.Location, problems.Title, NarrativeText.Quote(printed, m.Index), stated, year);
                        break;
                    }
                }
            }
        }
    }

    /// <summary>Each sentence for matching (NFKC) with the sentence as printed (whitespace removed) for quoting.</summary>
    private static IEnumerable<(string Sentence, string Printed)> Sentences(string text)
    {
        var printed = NarrativeText.Split(NarrativeText.Clean(text)).ToList();
        var ascii = printed.Select(p => p.Normalize(NormalizationForm.FormKC)).ToList();
        return ascii.Zip(printed, (a, p) => (a, p));
    }

    /// <summary>Whitespace removed and NFKC (full-width digits and punctuation to ASCII), for the year patterns.</summary>
    private static string Ascii(string text) => NarrativeText.Clean(text).Normalize(NormalizationForm.FormKC);
}
