using System;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using ReportParser.Documents;
using ReportParser.Recognition.Narrative;
using ReportParser.Texts;
using ReportParser.Spec;

namespace ReportParser.Recognition;

/// <summary>Title, agency and report year: from the title paragraph at the top of the body, else the file's declared title, else the statistics-period sentence.</summary>
internal static class MetadataRecognizer
{
    private const int TitleSearchBlocks = 12;

    private static readonly string[] ReportWords = ["政府信息公开", "政务公开", "信息公开"];

    private static readonly Regex YearInTitle = new(@"((?:19|20)\d{2})\s*年", RegexOptions.CultureInvariant);

    private static readonly Regex SiteSuffix = new(@"\s*[-_|–—｜]+\s*[^-_|–—｜]*$", RegexOptions.CultureInvariant);

    public sealed record Metadata(string? Title, string? Agency, int? Year);

    public static Metadata Recognize(SourceDocument document)
    {
        var title = FindTitle(document);
        int? year = null;
        string? agency = null;
        if (title is not null)
        {
            var match = YearInTitle.Match(title);
            if (match.Success)
            {
                year = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
                agency = AgencyFrom(title, match);
            }
        }

        if (year is null)
        {
            foreach (var paragraph in document.Blocks.OfType<ParagraphBlock>().Take(40))
            {
                if (StatisticsPeriodFinder.In(paragraph.Text) is { StartsOnJanuaryFirst: true } period)
                {
                    year = period.StartYear;
                    break;
                }
            }
        }

        return new Metadata(title, agency, year);
    }

    private static string? FindTitle(SourceDocument document)
    {
        // A breadcrumb left in the text (当前位置：首页 > 政府信息公开 > 政府信息公开年度报告) also reads like a title;
        // the report's own title names the year, so the first candidate with a year wins.
        string? first = null;
        foreach (var paragraph in document.Blocks.Take(TitleSearchBlocks).OfType<ParagraphBlock>())
        {
            var text = Whitespace.CollapseWhitespace(paragraph.Text.Replace('\n', ' '), keepLineBreaks: false);
            if (text.Length <= 80 && IsReportTitle(text))
            {
                if (YearInTitle.IsMatch(text))
                {
                    return text;
                }

                first ??= text;
            }
        }

        if (first is not null)
        {
            return first;
        }

        if (document.Title is { } declared)
        {
            var text = Whitespace.CollapseWhitespace(declared, keepLineBreaks: false);
            while (SiteSuffix.IsMatch(text) && !IsReportTitle(SiteSuffix.Match(text).Value))
            {
                var trimmed = SiteSuffix.Replace(text, string.Empty);
                if (trimmed.Length == 0 || trimmed == text)
                {
                    break;
                }

                text = trimmed;
            }

            if (IsReportTitle(text))
            {
                return text;
            }
        }

        return null;
    }

    internal static bool IsReportTitle(string text)
    {
        var n = LabelText.ForMatching(text);
        return (n.Contains("年度报告") || n.Contains("年报") || n.Contains("工作报告"))
            && (n.Contains("信息公开") || n.Contains("政务公开"));
    }

    private static string? AgencyFrom(string title, Match year)
    {
        var before = title.Substring(0, year.Index).Trim(' ', '\u3000', '《', '》', '“', '”', '"', ':', '：');
        if (before.Length >= 2)
        {
            return before;
        }

        // "2023年沭阳县…政府信息公开工作年度报告": the agency sits between the year and the report words.
        var after = title.Substring(year.Index + year.Length).TrimStart('度');
        var end = ReportWords.Select(w => after.IndexOf(w, StringComparison.Ordinal)).Where(i => i > 0).DefaultIfEmpty(-1).Min();
        return end > 1 ? after.Substring(0, end).Trim() : null;
    }
}
