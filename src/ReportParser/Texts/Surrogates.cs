using System;

namespace ReportParser.Texts;

/// <summary>
/// Text from a broken file can hold half of a surrogate pair or the noncharacters U+FFFE/U+FFFF (UTF-16 code units read
/// straight from a .doc, a PDF ToUnicode map pointing at D800): .NET's normalisation throws on them ("String contains
/// invalid Unicode code points"). Readers replace them with U+FFFD, so no later stage ever sees one.
/// </summary>
internal static class Surrogates
{
    /// <summary>Replaces every unpaired surrogate, U+FFFE and U+FFFF in <paramref name="characters"/> with U+FFFD, in place.</summary>
    public static void ReplaceUnpaired(Span<char> characters)
    {
        for (var i = 0; i < characters.Length; i++)
        {
            var c = characters[i];
            if (c is '\uFFFE' or '\uFFFF')
            {
                characters[i] = '\uFFFD';
                continue;
            }

            if (!char.IsSurrogate(c))
            {
                continue;
            }

            if (char.IsHighSurrogate(c) && i + 1 < characters.Length && char.IsLowSurrogate(characters[i + 1]))
            {
                i++;
                continue;
            }

            characters[i] = '\uFFFD';
        }
    }

    /// <summary><paramref name="text"/> with every unpaired surrogate, U+FFFE and U+FFFF replaced by U+FFFD (the same instance when there is none).</summary>
    public static string ReplaceUnpaired(string text)
    {
        var i = 0;
        for (; i < text.Length; i++)
        {
            if (char.IsSurrogate(text[i]) || text[i] is '\uFFFE' or '\uFFFF')
            {
                break;
            }
        }

        if (i == text.Length)
        {
            return text;
        }

        var copy = text.ToCharArray();
        ReplaceUnpaired(copy.AsSpan());
        return new string(copy);
    }
}
