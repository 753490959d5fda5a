using System;
using System.Collections.Generic;
using DocumentFormat.OpenXml;

namespace ReportParser.Readers.Docx;

/// <summary>
/// The paragraph styles of <c>styles.xml</c>, resolved along <c>w:basedOn</c>: heading level (style names
/// <c>heading 1…6</c>, <c>Title</c>, or <c>w:outlineLvl</c>) and list numbering inherited from the style.
/// </summary>
internal sealed class DocxStyles
{
    private const int MaxChain = 32;

    private readonly Dictionary<string, StyleInfo> _styles = new(StringComparer.Ordinal);
    private readonly string? _defaultParagraphStyle;

    private DocxStyles(OpenXmlElement? root)
    {
        if (root is null)
        {
            return;
        }

        foreach (var style in root.ChildElements)
        {
            // Numbering styles are kept too: an abstract list can take its levels from one (w:numStyleLink).
            if (!WordXml.Is(style, "style") || WordXml.Attribute(style, "type") is not (null or "paragraph" or "numbering"))
            {
                continue;
            }

            var id = WordXml.Attribute(style, "styleId");
            if (id is null || _styles.ContainsKey(id))
            {
                continue;
            }

            var paragraphProperties = WordXml.Child(style, "pPr");
            var numbering = WordXml.Child(paragraphProperties, "numPr");
            _styles[id] = new StyleInfo(
                WordXml.Attribute(WordXml.Child(style, "basedOn")),
                WordXml.Attribute(WordXml.Child(style, "name")),
                WordXml.IntValue(WordXml.Child(paragraphProperties, "outlineLvl")),
                numbering is null ? null : WordXml.IntValue(WordXml.Child(numbering, "numId")),
                numbering is null ? null : WordXml.IntValue(WordXml.Child(numbering, "ilvl")));
            if (_defaultParagraphStyle is null && WordXml.Attribute(style, "default") is { } isDefault && WordXml.IsOnValue(isDefault))
            {
                _defaultParagraphStyle = id;
            }
        }
    }

    public static DocxStyles Empty { get; } = new(null);

    public static DocxStyles Load(OpenXmlElement? stylesRoot) => stylesRoot is null ? Empty : new DocxStyles(stylesRoot);

    /// <summary>The style a paragraph uses: its <c>w:pStyle</c>, else the default paragraph style.</summary>
    public string? Effective(string? styleId) => styleId ?? _defaultParagraphStyle;

    /// <summary>1–6 when the style (or one it is based on) is a heading, else 0.</summary>
    public int HeadingLevel(string? styleId)
    {
        var current = styleId;
        for (var steps = 0; current is not null && steps < MaxChain && _styles.TryGetValue(current, out var style); steps++)
        {
            var fromName = LevelFromName(style.Name);
            if (fromName > 0)
            {
                return fromName;
            }

            if (style.OutlineLevel is { } outline)
            {
                return outline is >= 0 and < 6 ? outline + 1 : 0;
            }

            current = style.BasedOn;
        }

        return 0;
    }

    /// <summary>The list numbering (<c>numId</c>, <c>ilvl</c>) the style carries, found along <c>w:basedOn</c>.</summary>
    public (int NumberingId, int? Level)? Numbering(string? styleId)
    {
        var current = styleId;
        for (var steps = 0; current is not null && steps < MaxChain && _styles.TryGetValue(current, out var style); steps++)
        {
            if (style.NumberingId is { } numberingId)
            {
                return (numberingId, style.NumberingLevel);
            }

            current = style.BasedOn;
        }

        return null;
    }

    /// <summary>The outline level written in a paragraph's own properties as a heading level (1–6), else 0.</summary>
    public static int LevelFromOutline(int? outlineLevel) => outlineLevel is >= 0 and < 6 ? outlineLevel.Value + 1 : 0;

    private static int LevelFromName(string? name)
    {
        if (name is null)
        {
            return 0;
        }

        var trimmed = name.Trim();
        if (trimmed.Equals("Title", StringComparison.OrdinalIgnoreCase))
        {
            return 1;
        }

        if (trimmed.Length == 9 && trimmed.StartsWith("heading ", StringComparison.OrdinalIgnoreCase) && trimmed[8] is >= '1' and <= '6')
        {
            return trimmed[8] - '0';
        }

        return 0;
    }

    private sealed record StyleInfo(string? BasedOn, string? Name, int? OutlineLevel, int? NumberingId, int? NumberingLevel);
}
