using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using ReportParser.Diagnostics;
using ReportParser.Model;
using ReportParser.Spec;

namespace ReportParser.Recognition.Narrative;

/// <summary>
/// Finds the numbers the running text states about applications, reviews and documents (spec §5.5). Deliberately
/// narrow: a number counts only when its anchor word (收到/受理, 办结, 上年结转 …) stands right before it with nothing
/// but filler words in between, and only when the sentence does not narrow the scope (代表…, 本级, 各部门), the period
/// (上年, 上半年, another year) or the topic (复议, 建议提案, 热线 …). A number it is not sure about is left out: a missed
/// comparison costs nothing, a false finding costs trust.
/// </summary>
internal static class NarrativeExtractor
{
    private const char Mask = '\u25a1';
    private const string Number = @"(?<![0-9０-９.．])(?<n>[0-9０-９]+|[零〇一二两三四五六七八九十百千]+)件";
    private const string OutcomeWord = "(?:予以公开|同意公开|部分公开|不予公开|无法提供|不予处理|其他处理)";

    private static readonly Regex NoApplications = Make(
        @"(?:未|没有)(?:收到|接到|受理)(?:过)?(?:任何)?(?:有关|相关)?(?:政府信息公开|信息公开|依申请公开|公开)?(?:的)?申请"
        + @"|(?:无|没有)(?:政府信息公开|依申请公开|信息公开)(?:的)?申请|无依申请公开(?:申请|事项|情况)?");

    private static readonly Regex CarriedOver = Make(
        @"(?:上一?年度?结转|结转上一?年度?)(?<fill>(?:的|政府信息公开|信息公开|申请|为|共|有|未办结|数量|数)*)" + Number);

    private static readonly Regex CarriedForwardBefore = Make(
        @"(?:结转|顺延|转)(?:至|到|入)?下一?年度?(?<fill>(?:继续办理|继续|办理|答复|的|有|为|共|申请|数量|数)*)" + Number);

    private static readonly Regex CarriedForwardAfter = Make(Number + @"(?:申请)?(?:需|将)?(?:结转|顺延|转)(?:至|到|入)?下一?年度?");

    private static readonly Regex Outcome = Make(
        "(?<w>" + OutcomeWord + "(?:(?:及|和|与|、)" + OutcomeWord + ")*)(?<fill>(?:答复|决定|的|为|有|共|申请|类|情形)*)" + Number);

    private static readonly Regex ReviewBefore = Make(
        @"(?<k>行政复议|行政诉讼)(?<fill>(?:案件|申请|数量|数|为|共|的|有|共计|总计|合计|了)*)" + Number);

    private static readonly Regex ReviewAfter = Make(
        Number + @"(?<q>(?:涉及|因)?(?:政府信息公开|信息公开|依申请公开)(?:工作)?(?:的)?)(?<k>行政复议|行政诉讼)(?=$|[，,。；;（(]|案件|申请)");

    private static readonly Regex ReviewNone = Make(
        @"(?:未发生|无|没有)(?<q>(?:因|涉及)?(?:政府信息公开|信息公开|依申请公开)?(?:工作)?(?:而|被)?(?:申请)?(?:提起)?)"
        + @"(?<k1>行政复议)?(?:和|及|、|或)?(?:提起)?(?<k2>行政诉讼)?(?:案件|情况|事项|的情况)?(?=$|[，,。；;])");

    private static readonly Regex Completed = Make(
        @"(?<a>办结|答复|办理完毕|办理完成|办理)(?<fill>(?:政府信息公开|信息公开|依申请公开|依申请|申请|的|有|为|共计|总计|合计|共|各类|了|件数)*)" + Number);

    private static readonly Regex Received = Make(
        @"(?<a>新收|收到|受理|接收|接到)(?<fill>(?:政府信息公开|政府信息|信息公开|依申请公开|依申请|申请|公开|的|有|为|共计|总计|合计|共|各类|数量|数|达|了|书)*)" + Number);

    private static readonly Regex ApplicantSplit = Make(
        @"(?<who>自然人|法人或其他组织|法人和其他组织|法人及其他组织)(?:提出)?(?:的)?(?:申请)?(?:的)?(?:为|共)?" + Number);

    private static readonly Regex Documents = Make(
        @"(?<v>制发|出台|印发|制定|发布|公开|新增)(?<mid>[^0-9０-９，,；;。]{0,12}?)(?<k>行政规范性文件|规范性文件|规章)(?:共|为)?" + Number);

    private static readonly Regex Year = Make(@"((?:19|20)[0-9０-９]{2})年");

    private static readonly Regex RelativePeriod = Make(
        @"上年|去年|上一年|前年|同期|以来|上半年|下半年|季度|[0-9０-９]{1,2}月份|[0-9０-９]{1,2}[-—~至到][0-9０-９]{1,2}月");

    private static readonly Regex OwnScope = Make("本部门|我部门|本单位|我单位|本机关");

    /// <summary>Words that make a count about a part of the organ, or about more than it (各级行政机关, a 系统), not the organ itself.</summary>
    private static readonly Regex NarrowScope = Make("代表|本级|部门|乡镇|镇街|街道|各单位|所属|下属|直属|县直|市直|区直|委托|各地|各区|各县|各镇|各乡|各级|系统");

    private static readonly Regex OtherTopic = Make("复议|诉讼|案件|建议|提案|投诉|咨询|留言|热线|问政|来信|来电|诉求|舆情|信访");

    private static readonly Regex ReviewResultWords = Make("纠错|纠正|败诉|胜诉|维持|撤销|确认违法|审结");

    private static readonly Regex ChannelOrPart = Make(
        "法人|组织|企业|自然人|复议|诉讼|当面|信函|传真|线下|现场|邮寄|网上|网络|线上|电子邮件|在线|季度|半年|月份|上年|去年");

    private static readonly Regex DocumentExclusions = Make("清理|废止|失效|审查|审核|备案|解读|征求|草案|修订|修改|有效|其他|部门|乡镇|街道|各|代表");

    private static readonly Regex Percent = Make(@"^[（(](?<p>[0-9０-９]+(?:[.．][0-9０-９]+)?)[%％]");

    private static readonly Regex IncludesOtherOutcome = Make("^[（(]含[^）)]{0,12}?" + OutcomeWord);

    private static readonly char[] ClauseDelimiters = ['，', ',', '：', ':', '（', '(', '）', ')'];

    /// <summary>The sections whose text states facts: 一、总体情况 and sections 二–四.</summary>
    public static readonly ImmutableArray<string> FactSections = ["S1", "S2", "S3", "S4"];

    /// <summary>The facts stated in the sections (those of <see cref="FactSections"/>), in document order.</summary>
    public static ImmutableArray<NarrativeFact> Extract(IEnumerable<(string Id, string Text, SourceLocation Location)> sections, int? year)
    {
        var facts = ImmutableArray.CreateBuilder<NarrativeFact>();
        foreach (var sentence in NarrativeText.Sentences(sections.Where(s => FactSections.Contains(s.Id))))
        {
            facts.AddRange(FromSentence(sentence, year));
        }

        return facts.ToImmutable();
    }

    internal static List<NarrativeFact> FromSentence(Sentence sentence, int? year)
    {
        var facts = new List<NarrativeFact>();
        var text = sentence.Text.ToCharArray();
        var aboutApplications = (sentence.Text + sentence.Previous).Contains("申请");

        foreach (Match m in Matches(NoApplications, text))
        {
            var clause = Clause(text, m.Index, m.Index + m.Length);
            if (PeriodFits(text, m.Index, year) && !ChannelOrPart.IsMatch(clause) && !NarrowScope.IsMatch(OwnScope.Replace(clause, string.Empty)))
            {
                facts.Add(new NarrativeFact(FactKind.NoApplications, sentence, m.Index, 0m, m.Value, m.Value));
            }

            MaskSpan(text, m);
        }

        foreach (Match m in Matches(CarriedOver, text))
        {
            AddCount(facts, sentence, text, m, FactKind.CarriedOver, year, "上年结转", topic: true);
        }

        foreach (Match m in Matches(CarriedForwardBefore, text))
        {
            AddCount(facts, sentence, text, m, FactKind.CarriedForward, year, "结转下年度", topic: true);
        }

        foreach (Match m in Matches(CarriedForwardAfter, text))
        {
            AddCount(facts, sentence, text, m, FactKind.CarriedForward, year, "结转下年度", topic: true);
        }

        foreach (Match m in Matches(Outcome, text))
        {
            if (aboutApplications && Accept(text, m, year, topic: false)
                && !IncludesOtherOutcome.IsMatch(After(text, m)) && ChineseNumber.Parse(m.Groups["n"].Value) is { } value)
            {
                var words = m.Groups["w"].Value;
                var fact = new NarrativeFact(FactKind.Outcome, sentence, m.Groups["n"].Index, value, words, words)
                {
                    Outcomes = OutcomeRows(words),
                };
                var percent = Percent.Match(After(text, m));
                if (percent.Success)
                {
                    var printed = percent.Groups["p"].Value.Normalize(NormalizationForm.FormKC);
                    var dot = printed.IndexOf('.');
                    fact = fact with
                    {
                        Percent = decimal.Parse(printed, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture),
                        PercentDecimals = dot < 0 ? 0 : printed.Length - dot - 1,
                    };
                }

                facts.Add(fact);
            }

            MaskSpan(text, m);
        }

        AddReviews(facts, sentence, text, year);

        foreach (Match m in Matches(Completed, text))
        {
            if (aboutApplications && !EndsWith(Before(text, m.Index), '未'))
            {
                AddCount(facts, sentence, text, m, FactKind.Completed, year, m.Groups["a"].Value, topic: true);
            }

            MaskSpan(text, m);
        }

        foreach (Match m in Matches(Received, text))
        {
            var prefix = ClausePrefix(text, m.Index);
            var before = Before(text, m.Index);
            var negated = EndsWith(before, '未') || EndsWith(before, '无') || before.EndsWith("没有", System.StringComparison.Ordinal);
            if (!negated && (m.Groups["fill"].Value.Contains("申请") || prefix.Contains("申请")))
            {
                var received = AddCount(facts, sentence, text, m, FactKind.Received, year, m.Groups["a"].Value, topic: true);
                if (received is not null)
                {
                    AddApplicantSplits(facts, received, text, m.Index + m.Length);
                }
            }

            MaskSpan(text, m);
        }

        foreach (Match m in Matches(Documents, text))
        {
            if (!DocumentExclusions.IsMatch(m.Groups["mid"].Value) && Accept(text, m, year, topic: false)
                && ChineseNumber.Parse(m.Groups["n"].Value) is { } value)
            {
                var kind = m.Groups["k"].Value == "规章" ? FactKind.Regulation : FactKind.NormativeDocument;
                facts.Add(new NarrativeFact(kind, sentence, m.Groups["n"].Index, value, m.Groups["v"].Value, m.Groups["k"].Value));
            }

            MaskSpan(text, m);
        }

        facts.Sort((a, b) => a.Position.CompareTo(b.Position));
        return facts;
    }

    private static void AddReviews(List<NarrativeFact> facts, Sentence sentence, char[] text, int? year)
    {
        var inReviewSection = sentence.SectionId == "S4";
        foreach (Match m in Matches(ReviewNone, text))
        {
            var kinds = new[] { m.Groups["k1"], m.Groups["k2"] }.Where(g => g.Success).Select(g => g.Value).ToList();
            var qualified = inReviewSection || m.Groups["q"].Value.Contains("信息公开") || m.Groups["q"].Value.Contains("依申请")
                || QualifiesReview(ClausePrefix(text, m.Index));
            if (kinds.Count > 0 && qualified && PeriodFits(text, m.Index, year))
            {
                foreach (var kind in kinds)
                {
                    facts.Add(new NarrativeFact(kind == "行政复议" ? FactKind.Review : FactKind.Litigation, sentence, m.Index, 0m, m.Value, kind));
                }
            }

            if (kinds.Count > 0)
            {
                MaskSpan(text, m);
            }
        }

        foreach (var (regex, qualifierInside) in new[] { (ReviewAfter, true), (ReviewBefore, false) })
        {
            foreach (Match m in Matches(regex, text))
            {
                var prefix = ClausePrefix(text, m.Index);
                var qualified = inReviewSection || qualifierInside || QualifiesReview(prefix);
                if (qualified && !ReviewResultWords.IsMatch(prefix) && Accept(text, m, year, topic: false)
                    && ChineseNumber.Parse(m.Groups["n"].Value) is { } value)
                {
                    var kind = m.Groups["k"].Value;
                    facts.Add(new NarrativeFact(kind == "行政复议" ? FactKind.Review : FactKind.Litigation, sentence, m.Groups["n"].Index, value, kind, kind));
                }

                MaskSpan(text, m);
            }
        }
    }

    private static bool QualifiesReview(string prefix) => prefix.Contains("信息公开") || prefix.Contains("依申请") || prefix.Contains("涉及");

    private static void AddApplicantSplits(List<NarrativeFact> facts, NarrativeFact received, char[] text, int from)
    {
        var rest = new string(text, from, text.Length - from);
        foreach (Match m in ApplicantSplit.Matches(rest))
        {
            if (ChineseNumber.Parse(m.Groups["n"].Value) is not { } value || EndsWith(Before(text, from + m.Index), '未'))
            {
                continue;
            }

            var scope = m.Groups["who"].Value == "自然人" ? ApplicantScope.NaturalPerson : ApplicantScope.Organisations;
            facts.Add(received with { Position = from + m.Groups["n"].Index, Value = value, Scope = scope, Label = m.Groups["who"].Value });
            for (var i = from + m.Index; i < from + m.Index + m.Length; i++)
            {
                text[i] = Mask;
            }
        }
    }

    private static NarrativeFact? AddCount(List<NarrativeFact> facts, Sentence sentence, char[] text, Match m, FactKind kind, int? year, string anchor, bool topic)
    {
        NarrativeFact? fact = null;
        if (Accept(text, m, year, topic) && ChineseNumber.Parse(m.Groups["n"].Value) is { } value)
        {
            fact = new NarrativeFact(kind, sentence, m.Groups["n"].Index, value, anchor, anchor);
            facts.Add(fact);
        }

        MaskSpan(text, m);
        return fact;
    }

    /// <summary>The common conditions: the period is the report year, the scope is the whole organ, the topic is applications.</summary>
    private static bool Accept(char[] text, Match m, int? year, bool topic)
    {
        var clause = Clause(text, m.Index, m.Index + m.Length);
        var prefix = ClausePrefix(text, m.Index);
        return PeriodFits(text, m.Index, year)
            && !RelativePeriod.IsMatch(prefix)
            && !NarrowScope.IsMatch(OwnScope.Replace(prefix, string.Empty))
            && (!topic || !OtherTopic.IsMatch(clause));
    }

    /// <summary>False when the last year named before <paramref name="position"/> is not the report year.</summary>
    private static bool PeriodFits(char[] text, int position, int? year)
    {
        if (year is null)
        {
            return true;
        }

        var before = new string(text, 0, position);
        var years = Year.Matches(before);
        if (years.Count == 0)
        {
            return true;
        }

        var last = years[years.Count - 1].Groups[1].Value.Normalize(NormalizationForm.FormKC);
        return last == year.Value.ToString(CultureInfo.InvariantCulture);
    }

    private static List<Match> Matches(Regex regex, char[] text) => regex.Matches(new string(text)).Cast<Match>().ToList();

    private static void MaskSpan(char[] text, Match m)
    {
        for (var i = m.Index; i < m.Index + m.Length; i++)
        {
            text[i] = Mask;
        }
    }

    private static bool EndsWith(string text, char ch) => text.Length > 0 && text[text.Length - 1] == ch;

    private static string Before(char[] text, int position) => new(text, 0, position);

    private static string After(char[] text, Match m) => new(text, m.Index + m.Length, text.Length - m.Index - m.Length);

    /// <summary>The text from the last clause delimiter before <paramref name="position"/> up to it.</summary>
    private static string ClausePrefix(char[] text, int position)
    {
        var start = position;
        while (start > 0 && System.Array.IndexOf(ClauseDelimiters, text[start - 1]) < 0)
        {
            start--;
        }

        return new string(text, start, position - start);
    }

    /// <summary>The whole clause around a span.</summary>
    private static string Clause(char[] text, int start, int end)
    {
        while (start > 0 && System.Array.IndexOf(ClauseDelimiters, text[start - 1]) < 0)
        {
            start--;
        }

        while (end < text.Length && System.Array.IndexOf(ClauseDelimiters, text[end]) < 0)
        {
            end++;
        }

        return new string(text, start, end - start);
    }

    private static ImmutableArray<string> OutcomeRows(string words)
    {
        var rows = ImmutableArray.CreateBuilder<string>();
        foreach (Match m in Regex.Matches(words, OutcomeWord))
        {
            // The outcome word is the row's short label (同意公开 is said for 予以公开).
            var row = StandardTables.ApplicationRowByShortLabel(m.Value == "同意公开" ? "予以公开" : m.Value);
            if (row is not null && !rows.Contains(row))
            {
                rows.Add(row);
            }
        }

        return rows.ToImmutable();
    }

    private static Regex Make(string pattern) => new(pattern, RegexOptions.CultureInvariant);
}
