using System.Collections.Generic;

namespace ReportParser.Readers.Text;

/// <summary>One line of a text source with its 1-based line number; the text has no line terminator.</summary>
internal readonly record struct TextLine(int Number, string Text)
{
    public bool IsBlank => string.IsNullOrWhiteSpace(Text);

    /// <summary>Splits decoded text into lines at <c>\r\n</c>, <c>\n</c> and <c>\r</c>; a leading byte-order mark is dropped.</summary>
    public static List<TextLine> Split(string text)
    {
        var lines = new List<TextLine>();
        var start = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        var number = 1;
        for (var i = start; i <= text.Length; i++)
        {
            if (i < text.Length && text[i] != '\n' && text[i] != '\r')
            {
                continue;
            }

            lines.Add(new TextLine(number++, text.Substring(start, i - start)));
            if (i + 1 < text.Length && text[i] == '\r' && text[i + 1] == '\n')
            {
                i++;
            }

            start = i + 1;
        }

        if (lines.Count > 0 && lines[lines.Count - 1].Text.Length == 0)
        {
            lines.RemoveAt(lines.Count - 1);
        }

        return lines;
    }
}
