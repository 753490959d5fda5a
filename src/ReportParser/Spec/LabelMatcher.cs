using System;
using System.Collections.Generic;
using System.Linq;

namespace ReportParser.Spec;

/// <summary>
/// Matches a label read with noise (OCR, conversions: confusable characters, dropped, doubled or swapped characters,
/// stray spaces) against a template's known labels. Both sides are normalised (<see cref="LabelText.ForMatching"/>,
/// list marker removed, confusables folded); the distance is the optimal-string-alignment edit distance (insert,
/// delete, substitute, swap two neighbours). A label is matched only when it is close enough for its length and the
/// second-best label is clearly farther: never the wrong row.
/// </summary>
internal static class LabelMatcher
{
    /// <summary>Characters OCR and PDF conversion confuse, folded to one representative before comparing.</summary>
    private static readonly Dictionary<char, char> Confusables = new()
    {
        ['已'] = '己', ['巳'] = '己', ['末'] = '未', ['土'] = '士', ['曰'] = '日', ['入'] = '人', ['戍'] = '戊',
        ['仝'] = '同', ['〇'] = '0', ['O'] = '0', ['o'] = '0', ['l'] = '1', ['I'] = '1', ['|'] = '1', ['夭'] = '天',
        ['苐'] = '第', ['咨'] = '资', ['沐'] = '沭',
    };

    /// <summary>The result of a match: the label's id, its distance and the second-best distance (int.MaxValue when none).</summary>
    public readonly record struct Match(string Id, string Label, int Distance, int RunnerUpDistance)
    {
        /// <summary>True when the text equals the label after normalisation (no noise at all).</summary>
        public bool IsExact => Distance == 0;
    }

    /// <summary>The largest distance accepted for a label of <paramref name="length"/> normalised characters: one edit per five characters, at least one.</summary>
    public static int Tolerance(int length) => Math.Max(1, length / 5);

    /// <summary>The margin the second-best label must keep beyond the best (its distance minus the best's).</summary>
    public const int RequiredMargin = 2;

    /// <summary>
    /// The known label <paramref name="text"/> stands for, or null when none is close enough or two are about as close.
    /// <paramref name="labels"/> are (id, label) pairs; several labels may share an id (variants).
    /// </summary>
    public static Match? Find(string text, IEnumerable<(string Id, string Label)> labels)
    {
        var probe = Fold(LabelText.StripOrdinal(LabelText.ForMatching(text)));
        if (probe.Length == 0)
        {
            return null;
        }

        var best = new Dictionary<string, (string Label, int Distance)>(StringComparer.Ordinal);
        foreach (var (id, label) in labels)
        {
            var target = Fold(LabelText.StripOrdinal(LabelText.ForMatching(label)));
            if (target.Length == 0 || Math.Abs(target.Length - probe.Length) > Tolerance(target.Length) + RequiredMargin)
            {
                continue;
            }

            var distance = Distance(probe, target);
            if (!best.TryGetValue(id, out var known) || distance < known.Distance)
            {
                best[id] = (label, distance);
            }
        }

        var ranked = best.OrderBy(p => p.Value.Distance).ToList();
        if (ranked.Count == 0)
        {
            return null;
        }

        var (bestId, (bestLabel, bestDistance)) = (ranked[0].Key, ranked[0].Value);
        var runnerUp = ranked.Count > 1 ? ranked[1].Value.Distance : int.MaxValue;
        var tolerance = Tolerance(Fold(LabelText.StripOrdinal(LabelText.ForMatching(bestLabel))).Length);
        if (bestDistance > tolerance || (runnerUp != int.MaxValue && runnerUp - bestDistance < RequiredMargin))
        {
            return null;
        }

        return new Match(bestId, bestLabel, bestDistance, runnerUp);
    }

    /// <summary>Optimal string alignment distance: insertions, deletions, substitutions and swaps of two neighbours.</summary>
    public static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    value = Math.Min(value, d[i - 2, j - 2] + 1);
                }

                d[i, j] = value;
            }
        }

        return d[a.Length, b.Length];
    }

    private static string Fold(string text)
    {
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (Confusables.TryGetValue(chars[i], out var folded))
            {
                chars[i] = folded;
            }
        }

        return new string(chars);
    }
}
