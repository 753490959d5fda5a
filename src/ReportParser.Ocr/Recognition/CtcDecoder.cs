using System;
using System.Collections.Generic;

namespace ReportParser.Ocr.Recognition;

/// <summary>One decoded character: its text, the frames it spans and the decoder's confidence in it.</summary>
internal readonly record struct DecodedChar(string Text, int FirstFrame, int LastFrame, double Confidence);

/// <summary>A decoded line: its characters, and the lowest confidence of any decision the decoder took (a character, or a frame left blank that nearly held one).</summary>
internal sealed record DecodedLine(IReadOnlyList<DecodedChar> Chars, double Confidence, string? Doubt)
{
    public string Text => string.Concat(System.Linq.Enumerable.Select(Chars, c => c.Text));
}

/// <summary>
/// Greedy CTC decoding of <see cref="LineScores"/>: over the whole alphabet (labels, headings), or restricted to the
/// characters a value cell may hold (<see cref="NumberClasses"/>): the best allowed class per frame, so that a
/// recogniser's "o", "l" or "。" on a lone digit cannot leak into a number. Confidences of the restricted decode are
/// renormalised over the allowed classes (a character's over the characters, without the blank), each with its look-alikes.
/// </summary>
internal sealed class CtcDecoder
{
    /// <summary>The characters a value cell may print: digits, decimal point, thousands separators, minus and the dashes and slash that stand for zero.</summary>
    public const string NumberCharacters = "0123456789.,-—/+";

    /// <summary>
    /// Characters the recogniser reads for a number character in a line that holds only a number (a lone 0 in a thin
    /// font comes out as "o" more often than as "0"): in a value cell they can only be that character, so their
    /// probability counts for it.
    /// </summary>
    private static readonly (char Target, string LookAlikes)[] LookAlikes =
    [
        ('0', "oO〇○０"), ('1', "lI|丨１"), ('2', "２"), ('3', "３"), ('4', "４"), ('5', "５"), ('6', "６"), ('7', "７"), ('8', "８"),
        ('9', "９"), ('.', "。．"), (',', "，"), ('-', "－"), ('+', "＋"),
    ];

    /// <summary>A blank frame whose best allowed character has at least this renormalised probability is a doubt: a thin stroke may have been dropped.</summary>
    public const double DroppedCharacterProbability = 0.4;

    private readonly string[] _alphabet;

    public CtcDecoder(string[] alphabet)
    {
        _alphabet = alphabet;
        var classes = new List<int>();
        var groups = new List<int[]>();
        for (var i = 1; i < alphabet.Length; i++)
        {
            if (alphabet[i].Length == 1 && NumberCharacters.Contains(alphabet[i][0], StringComparison.Ordinal))
            {
                classes.Add(i);
                var alikes = Array.Find(LookAlikes, l => l.Target == alphabet[i][0]).LookAlikes ?? string.Empty;
                var group = new List<int> { i };
                for (var j = 1; j < alphabet.Length; j++)
                {
                    if (alphabet[j].Length == 1 && alikes.Contains(alphabet[j][0], StringComparison.Ordinal))
                    {
                        group.Add(j);
                    }
                }

                groups.Add(group.ToArray());
            }
        }

        NumberClasses = classes.ToArray();
        _groups = groups.ToArray();
    }

    private readonly int[][] _groups;

    public int[] NumberClasses { get; }

    /// <summary>The probability of number class <paramref name="k"/> (an index into <see cref="NumberClasses"/>) with its look-alikes.</summary>
    private float GroupProbability(ReadOnlySpan<float> frame, int k)
    {
        var p = 0f;
        foreach (var c in _groups[k])
        {
            p += frame[c];
        }

        return p;
    }

    /// <summary>Greedy decode over every class.</summary>
    public DecodedLine DecodeAll(LineScores scores)
    {
        var chars = new List<DecodedChar>();
        var previous = 0;
        var worst = 1.0;
        for (var t = 0; t < scores.Frames; t++)
        {
            var frame = scores.Frame(t);
            var best = 0;
            var bestP = frame[0];
            for (var c = 1; c < frame.Length; c++)
            {
                if (frame[c] > bestP)
                {
                    bestP = frame[c];
                    best = c;
                }
            }

            Emit(chars, ref previous, best, bestP, t);
        }

        foreach (var c in chars)
        {
            worst = Math.Min(worst, c.Confidence);
        }

        return new DecodedLine(chars, worst, null);
    }

    /// <summary>Greedy decode over the blank and <see cref="NumberClasses"/> only.</summary>
    public DecodedLine DecodeNumber(LineScores scores)
    {
        var chars = new List<DecodedChar>();
        var previous = 0;
        var worst = 1.0;
        string? doubt = null;
        var alike = new List<bool>();
        for (var t = 0; t < scores.Frames; t++)
        {
            var frame = scores.Frame(t);
            double total = frame[0];
            var best = 0;
            var bestP = frame[0];
            var runnerUp = 0;
            var runnerUpP = 0f;
            for (var k = 0; k < NumberClasses.Length; k++)
            {
                var c = NumberClasses[k];
                var p = GroupProbability(frame, k);
                total += p;
                if (p > bestP)
                {
                    (runnerUp, runnerUpP) = (best, bestP);
                    (best, bestP) = (c, p);
                }
                else if (p > runnerUpP)
                {
                    (runnerUp, runnerUpP) = (c, p);
                }
            }

            if (total <= 0)
            {
                continue;
            }

            if (best == 0 && runnerUp != 0 && runnerUp != previous && runnerUpP / total >= DroppedCharacterProbability)
            {
                var p = 1 - (runnerUpP / total);
                if (p < worst)
                {
                    worst = p;
                    doubt = "a '" + _alphabet[runnerUp] + "' may be missing";
                }
            }

            // A character's confidence is its share of the number characters in the frame, not of the blank: a lone
            // glyph is one frame whose blank share says where it is, not what it is (a dropped glyph is the check above).
            var characters = total - frame[0];
            var count = chars.Count;
            Emit(chars, ref previous, best, best == 0 || characters <= 0 ? (float)(bestP / total) : (float)(bestP / characters), t);
            if (chars.Count > count)
            {
                alike.Add(best != 0 && frame[best] * 2 < bestP);
            }
        }

        // A digit read twice from its look-alike and itself ("o" then "0", "l" then "1") in nearly adjacent frames may
        // be one glyph: doubtful, whatever the confidences.
        for (var i = 1; i < chars.Count; i++)
        {
            if (chars[i].Text == chars[i - 1].Text && (alike[i] || alike[i - 1]) && chars[i].FirstFrame - chars[i - 1].LastFrame <= 2)
            {
                worst = Math.Min(worst, 0.5);
                doubt = "'" + chars[i].Text + chars[i].Text + "' read from a look-alike beside the digit: one glyph or two";
            }
        }

        foreach (var c in chars)
        {
            if (c.Confidence < worst && c.Confidence < 0.99)
            {
                worst = c.Confidence;
                doubt = "'" + c.Text + "' read with confidence " + c.Confidence.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        return new DecodedLine(chars, worst, doubt);
    }

    /// <summary>The number character with the highest probability in any frame, and that probability; null when none reaches 0.05.</summary>
    public (string? Text, double Probability) LikeliestNumberCharacter(LineScores scores)
    {
        var best = 0;
        var bestP = 0.05f;
        for (var t = 0; t < scores.Frames; t++)
        {
            var frame = scores.Frame(t);
            for (var k = 0; k < NumberClasses.Length; k++)
            {
                var p = GroupProbability(frame, k);
                if (p > bestP)
                {
                    bestP = p;
                    best = NumberClasses[k];
                }
            }
        }

        return best == 0 ? (null, 0) : (_alphabet[best], bestP);
    }

    private void Emit(List<DecodedChar> chars, ref int previous, int best, float probability, int t)
    {
        if (best != 0 && best == previous && chars.Count > 0)
        {
            var last = chars[^1];
            chars[^1] = last with { LastFrame = t, Confidence = Math.Max(last.Confidence, probability) };
        }
        else if (best != 0)
        {
            chars.Add(new DecodedChar(_alphabet[best], t, t, probability));
        }

        previous = best;
    }
}
