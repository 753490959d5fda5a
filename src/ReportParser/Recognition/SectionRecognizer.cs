using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using ReportParser.Documents;
using ReportParser.Spec;

namespace ReportParser.Recognition;

/// <summary>
/// Finds the six top-level headings by tolerant matching (spec §1.1, §8.5): a short paragraph that starts with a
/// Chinese ordinal (<c>五、</c>, <c>五.</c>, <c>第五部分</c>) and mentions the section's keywords. Sub-headings
/// (<c>（一）…</c>) never count.
/// </summary>
internal static class SectionRecognizer
{
    private const int MaxHeadingLength = 40;

    private static readonly Regex OrdinalHeading = new(
        @"^(?:第)?([一二三四五六七八九十]{1,3})(?:部分|章)?(?:\s*[、.,:．]|\s+)",
        RegexOptions.CultureInvariant);

    public static ImmutableArray<RecognizedSection> Recognize(ImmutableArray<Block> blocks)
    {
        var candidates = new List<(SectionSpec Spec, int Index, string Title, string? Ordinal, BlockProvenance Provenance)>();
        for (var i = 0; i < blocks.Length; i++)
        {
            if (blocks[i] is not ParagraphBlock paragraph)
            {
                continue;
            }

            var firstLine = paragraph.Text.Split('\n')[0];
            var normalized = LabelText.ForMatching(firstLine);
            if (normalized.Length == 0 || normalized.Length > MaxHeadingLength)
            {
                continue;
            }

            var spaced = firstLine.Normalize(NormalizationForm.FormKC).Trim();
            var match = OrdinalHeading.Match(spaced);
            string? ordinal = match.Success ? match.Groups[1].Value : null;
            if (ordinal is null && paragraph.HeadingLevel == 0)
            {
                continue;
            }

            var rest = LabelText.ForMatching(match.Success ? spaced.Substring(match.Length) : spaced);
            var spec = Identify(rest);
            if (spec is not null)
            {
                candidates.Add((spec, i, firstLine.Trim(), ordinal, paragraph.Provenance));
            }
        }

        // Per section, prefer the heading whose ordinal fits the template, then the first one.
        var chosen = new List<(SectionSpec Spec, int Index, string Title, string? Ordinal, BlockProvenance Provenance)>();
        foreach (var spec in SectionSpecs.All)
        {
            var forSpec = candidates.Where(c => c.Spec == spec).ToList();
            if (forSpec.Count == 0)
            {
                continue;
            }

            var pick = forSpec.FirstOrDefault(c => c.Ordinal == spec.Ordinal);
            chosen.Add(pick.Spec is not null ? pick : forSpec[0]);
        }

        chosen.Sort((a, b) => a.Index.CompareTo(b.Index));
        var sections = ImmutableArray.CreateBuilder<RecognizedSection>();
        for (var k = 0; k < chosen.Count; k++)
        {
            var (spec, index, title, ordinal, provenance) = chosen[k];
            var end = k + 1 < chosen.Count ? chosen[k + 1].Index : blocks.Length;
            var text = new StringBuilder();
            var images = 0;
            for (var j = index + 1; j < end; j++)
            {
                switch (blocks[j])
                {
                    case ParagraphBlock p:
                        if (text.Length > 0)
                        {
                            text.Append('\n');
                        }

                        text.Append(p.Text);
                        break;
                    case ImageBlock:
                        images++;
                        break;
                }
            }

            var isCanonical = LabelText.ForMatching(title) == LabelText.ForMatching(spec.CanonicalTitle);
            sections.Add(new RecognizedSection(spec.Id, title, spec.CanonicalTitle, ordinal, isCanonical, text.ToString(), images, index, provenance));
        }

        return sections.ToImmutable();
    }

    private static SectionSpec? Identify(string rest)
    {
        foreach (var id in SectionSpecs.MatchOrder)
        {
            var spec = SectionSpecs.All.First(s => s.Id == id);
            if (spec.Keywords.Any(k => rest.Contains(k)))
            {
                return spec;
            }
        }

        return null;
    }
}
