using System.Collections.Generic;

namespace ReportParser.Readers.Doc;

/// <summary>Something anchored in a paragraph that is read after its text: a picture, or a drawing (text box) anchor.</summary>
internal readonly record struct Anchor(int Cp, bool IsPicture, int PictureLocation);

/// <summary>
/// One paragraph of a story, as read: its text with fields reduced to their results and hidden, deleted and special
/// characters dropped (line breaks as <c>\n</c>, tabs as <c>\t</c>), the character that ended it and its properties.
/// </summary>
internal sealed class WordParagraph
{
    public WordParagraph(int start, char mark, string text, ParagraphProperties properties, List<Anchor>? anchors)
    {
        Start = start;
        Mark = mark;
        Text = text;
        Properties = properties;
        Anchors = anchors;
    }

    /// <summary>The character position of the paragraph's first character.</summary>
    public int Start { get; }

    /// <summary>The mark that ended the paragraph: <c>\r</c> (paragraph), <c>\a</c> (cell or row end), <c>\f</c> (section end), or <c>\0</c> at the end of a story.</summary>
    public char Mark { get; }

    public string Text { get; }

    public ParagraphProperties Properties { get; }

    public List<Anchor>? Anchors { get; }

    public int Depth => Properties.Depth;

    /// <summary>True when this paragraph's mark ends a cell of a table at <paramref name="level"/> (the row-end mark excluded).</summary>
    public bool EndsCell(int level) => level <= 1
        ? Mark == '\a' && Depth <= 1 && !Properties.RowEnd
        : Depth == level && Properties.InnerCellEnd && !Properties.InnerRowEnd;

    /// <summary>True when this paragraph is the row-end mark of a table row at <paramref name="level"/>.</summary>
    public bool EndsRow(int level) => level <= 1
        ? Depth <= 1 && Properties.RowEnd
        : Depth == level && Properties.InnerRowEnd;
}
