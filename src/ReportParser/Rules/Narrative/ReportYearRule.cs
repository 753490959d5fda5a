using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Collections.Immutable;
using System.Text;
using System.Text.RegularExpressions;
using ReportParser.Diagnostics;
using ReportParser.Model;
using ReportParser.Recognition.Narrative;

namespace ReportParser.Rules.Narrative;

/// <summary>
/// RULE.N.YEAR (spec §1.2, §5.5): the report states its statistics period (RP0612) and the period's years are the
/// report year (RP0613); a sentence of 总体情况 or 其他需要报告的事项 that opens with an earlier year (“2022年，…” in a
/// 2023 report, a leftover of last year's text) and a 问题整改 part that looks back further than the previous year are
/// RP0613 too. Years mentioned in passing (决算, 较上年, plans for next year, the signature date) are not judged.
/// </summary>
internal sealed class ReportYearRule : ReportRule
{
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
        if (report.Narrative.Period is not { } period)
        {
            if (!report.Narrative.StatesPeriodEnd)
            {
                context.Report(Descriptors.StatisticsPeriodMissing, file, year);
            }
        }
        else
        {
            foreach (var stated in new[] { period.StartYear, period.EndYear }.OfType<int>())
            {
                if (stated != year)
                {
                    context.Report(Descriptors.ReportYearMismatch, file, "统计期限", period.Text, stated, year);
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
}
