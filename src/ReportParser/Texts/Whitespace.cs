using System.Text;

namespace ReportParser.Texts;

/// <summary>Whitespace handling any stage may use (readers included): no knowledge of the report format.</summary>
internal static class Whitespace
{
    /// <summary>
    /// Collapses runs of whitespace to one space and trims; keeps line breaks when asked. Half surrogate pairs and
    /// U+FFFE/U+FFFF (from <c>&amp;#xFFFE;</c> in a page, say) become U+FFFD (<see cref="Surrogates"/>).
    /// </summary>
    public static string CollapseWhitespace(string text, bool keepLineBreaks)
    {
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        var pendingBreak = false;
        foreach (var ch in text)
        {
            if (ch == '\n' && keepLineBreaks)
            {
                pendingBreak = true;
                continue;
            }

            if (char.IsWhiteSpace(ch) || ch == '\u200b' || ch == '\ufeff')
            {
                pendingSpace = true;
                continue;
            }

            if (builder.Length > 0)
            {
                if (pendingBreak)
                {
                    builder.Append('\n');
                }
                else if (pendingSpace)
                {
                    builder.Append(' ');
                }
            }

            pendingSpace = false;
            pendingBreak = false;
            builder.Append(ch);
        }

        return Surrogates.ReplaceUnpaired(builder.ToString());
    }
}
