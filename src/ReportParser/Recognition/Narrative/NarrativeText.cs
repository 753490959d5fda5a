using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using ReportParser.Diagnostics;
using ReportParser.Model;

namespace ReportParser.Recognition.Narrative;

/// <summary>Splits section text into sentences: whitespace (PDF line wraps, spaces around digits) removed, a line break before a list marker ends a sentence.</summary>
internal static class NarrativeText
{
    private static readonly Regex BreakBeforeMarker = new(
        @"\n[ \t\u3000]*(?=[（(][一二三四五六七八九十0-9０-９]{1,3}[)）]|[一二三四五六七八九十]{1,3}[、.．]|[0-9０-９]{1,2}[、．]|[一二三四五六七八九十]是)",
        RegexOptions.CultureInvariant);

    private static readonly Regex ThousandsSeparator = new(@"(?<=[0-9０-９])[,，](?=[0-9０-９]{3}(?![0-9０-９]))", RegexOptions.CultureInvariant);

    private static readonly char[] SentenceEnds = ['。', '！', '？', '!', '?', '；', ';'];

    /// <summary>Whitespace and zero-width characters removed; thousands separators dropped; a line break before a list marker becomes 。.</summary>
    public static string Clean(string text)
    {
        var marked = BreakBeforeMarker.Replace(text, "。");
        var builder = new StringBuilder(marked.Length);
        foreach (var ch in marked)
        {
            if (!char.IsWhiteSpace(ch) && ch != '\u200b' && ch != '\u200c' && ch != '\u200d' && ch != '\ufeff' && ch != '\u00ad')
            {
                builder.Append(ch);
            }
        }

        return ThousandsSeparator.Replace(builder.ToString(), string.Empty);
    }

    public static IEnumerable<string> Split(string cleaned) =>
        cleaned.Split(SentenceEnds).Where(s => s.Length > 0);

    /// <summary>The sentences of the given sections, in document order.</summary>
    public static ImmutableArray<Sentence> Sentences(IEnumerable<(string Id, string Text, SourceLocation Location)> sections)
    {
        var result = ImmutableArray.CreateBuilder<Sentence>();
        foreach (var section in sections)
        {
            var previous = string.Empty;
            foreach (var text in Split(Clean(section.Text)))
            {
                result.Add(new Sentence(section.Id, text, previous, section.Location));
                previous = text;
            }
        }

        return result.ToImmutable();
    }

    /// <summary>The sentence shortened around a position for quoting in a message (at most about 120 characters).</summary>
    public static string Quote(string sentence, int position)
    {
        const int Limit = 120;
        if (sentence.Length <= Limit)
        {
            return sentence;
        }

        var start = System.Math.Max(0, System.Math.Min(position - (Limit / 2), sentence.Length - Limit));
        var quoted = sentence.Substring(start, Limit);
        return (start > 0 ? "…" : string.Empty) + quoted + (start + Limit < sentence.Length ? "…" : string.Empty);
    }
}
