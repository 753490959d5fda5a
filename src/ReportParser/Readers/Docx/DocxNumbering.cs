using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;

namespace ReportParser.Readers.Docx;

/// <summary>
/// List numbering from <c>numbering.xml</c>: keeps the counters as paragraphs are read in document order and renders
/// the number Word shows in front of a paragraph (<c>w:lvlText</c> such as <c>%1、</c> or <c>（%1）</c> with
/// <c>w:numFmt</c> such as <c>chineseCounting</c>), so a heading numbered by Word reads <c>二、主动公开政府信息情况</c>.
/// </summary>
internal sealed class DocxNumbering
{
    private const int Levels = 9;

    private readonly Dictionary<int, AbstractDefinition> _abstracts = [];
    private readonly Dictionary<int, Instance> _instances = [];
    private readonly Dictionary<string, Counters> _counters = new(StringComparer.Ordinal);
    private readonly DocxStyles _styles;

    private DocxNumbering(OpenXmlElement? root, DocxStyles styles)
    {
        _styles = styles;
        if (root is null)
        {
            return;
        }

        foreach (var element in root.ChildElements)
        {
            if (WordXml.Is(element, "abstractNum") && WordXml.IntValue(element, "abstractNumId") is { } abstractId && !_abstracts.ContainsKey(abstractId))
            {
                var definition = new AbstractDefinition(WordXml.Attribute(WordXml.Child(element, "numStyleLink")));
                foreach (var level in element.ChildElements)
                {
                    if (WordXml.Is(level, "lvl") && WordXml.IntValue(level, "ilvl") is >= 0 and < Levels and var index)
                    {
                        definition.Levels[index] = ReadLevel(level);
                    }
                }

                _abstracts[abstractId] = definition;
            }
            else if (WordXml.Is(element, "num") && WordXml.IntValue(element, "numId") is { } numId && !_instances.ContainsKey(numId)
                && WordXml.IntValue(WordXml.Child(element, "abstractNumId")) is { } abstractRef)
            {
                var instance = new Instance(abstractRef);
                foreach (var levelOverride in element.ChildElements)
                {
                    if (!WordXml.Is(levelOverride, "lvlOverride") || WordXml.IntValue(levelOverride, "ilvl") is not (>= 0 and < Levels and var index))
                    {
                        continue;
                    }

                    if (WordXml.IntValue(WordXml.Child(levelOverride, "startOverride")) is { } start)
                    {
                        instance.StartOverrides[index] = start;
                    }

                    if (WordXml.Child(levelOverride, "lvl") is { } level)
                    {
                        instance.LevelOverrides[index] = ReadLevel(level);
                    }
                }

                _instances[numId] = instance;
            }
        }
    }

    public static DocxNumbering Load(OpenXmlElement? numberingRoot, DocxStyles styles) => new(numberingRoot, styles);

    /// <summary>
    /// Advances the counters for a paragraph numbered (<paramref name="numberingId"/>, <paramref name="level"/>) and
    /// returns the text Word puts in front of it, already joined to the paragraph by its suffix; null for no number
    /// (numbering switched off with <c>numId 0</c>, unknown list, bullet).
    /// </summary>
    /// <param name="numberingId">The <c>w:numId</c>.</param>
    /// <param name="level">The <c>w:ilvl</c>, or null to take the level linked to <paramref name="styleId"/> (else 0).</param>
    /// <param name="styleId">The paragraph's style, for levels bound to a style with <c>w:pStyle</c>.</param>
    public string? Next(int numberingId, int? level, string? styleId)
    {
        if (numberingId == 0 || !_instances.TryGetValue(numberingId, out var instance) || !_abstracts.TryGetValue(instance.AbstractId, out var definition))
        {
            return null;
        }

        // A list defined through a numbering style (w:numStyleLink) takes its levels from the style's list.
        var abstractId = instance.AbstractId;
        if (definition.StyleLink is { } link && _styles.Numbering(link) is { } linked
            && _instances.TryGetValue(linked.NumberingId, out var linkedInstance) && linkedInstance.AbstractId != abstractId
            && _abstracts.TryGetValue(linkedInstance.AbstractId, out var linkedDefinition))
        {
            abstractId = linkedInstance.AbstractId;
            definition = linkedDefinition;
        }

        var ilvl = level ?? LevelOfStyle(definition, styleId);
        ilvl = Math.Min(Math.Max(ilvl, 0), Levels - 1);
        LevelDefinition? Definition(int k) => instance.LevelOverrides.TryGetValue(k, out var o) ? o : definition.Levels[k];
        int Start(int k) => instance.StartOverrides.TryGetValue(k, out var s) ? s : Definition(k)?.Start ?? 0;

        var current = Definition(ilvl);
        if (current is null)
        {
            return null;
        }

        // Instances that override a level are lists of their own; the others continue their abstract list.
        var key = instance.StartOverrides.Count > 0 || instance.LevelOverrides.Count > 0
            ? "n" + numberingId.ToString(CultureInfo.InvariantCulture)
            : "a" + abstractId.ToString(CultureInfo.InvariantCulture);
        if (!_counters.TryGetValue(key, out var counters))
        {
            counters = new Counters();
            _counters[key] = counters;
        }

        counters.Values[ilvl] = counters.Started[ilvl] ? counters.Values[ilvl] + 1 : Start(ilvl);
        counters.Started[ilvl] = true;
        for (var k = ilvl + 1; k < Levels; k++)
        {
            var restartAfter = Definition(k)?.Restart ?? k;
            if (ilvl < restartAfter)
            {
                counters.Started[k] = false;
            }
        }

        if (current.Format == "bullet")
        {
            return null;
        }

        var number = Expand(current, counters, Definition, Start);
        if (number.Length == 0)
        {
            return null;
        }

        // The suffix (tab by default) only separates; after punctuation such as 、 or ） it adds nothing readable.
        var separated = current.Suffix != "nothing" && char.IsLetterOrDigit(number[number.Length - 1]);
        return separated ? number + " " : number;
    }

    /// <summary>The level's pattern (<c>%1.%2、</c>) with each <c>%n</c> replaced by level n's current number in its format.</summary>
    private static string Expand(LevelDefinition current, Counters counters, Func<int, LevelDefinition?> definition, Func<int, int> start)
    {
        var text = new StringBuilder();
        var pattern = current.Text;
        for (var i = 0; i < pattern.Length; i++)
        {
            if (pattern[i] == '%' && i + 1 < pattern.Length && pattern[i + 1] is >= '1' and <= '9')
            {
                var k = pattern[i + 1] - '1';
                var value = counters.Started[k] ? counters.Values[k] : start(k);
                text.Append(ListNumberFormat.Format(value, current.IsLegal ? "decimal" : definition(k)?.Format));
                i++;
            }
            else
            {
                text.Append(pattern[i]);
            }
        }

        return text.ToString();
    }

    private static int LevelOfStyle(AbstractDefinition definition, string? styleId)
    {
        if (styleId is not null)
        {
            for (var k = 0; k < Levels; k++)
            {
                if (definition.Levels[k]?.StyleId == styleId)
                {
                    return k;
                }
            }
        }

        return 0;
    }

    private static LevelDefinition ReadLevel(OpenXmlElement level)
    {
        var format = WordXml.Child(level, "numFmt");
        if (format is null)
        {
            // Word 2010+ writes newer formats as mc:AlternateContent with a classic fallback.
            foreach (var child in level.ChildElements)
            {
                if (WordXml.Is(child, "AlternateContent", WordXml.MarkupCompatibility))
                {
                    foreach (var branch in child.ChildElements)
                    {
                        format ??= WordXml.Child(branch, "numFmt");
                    }
                }
            }
        }

        var formatValue = WordXml.Attribute(format);
        if (formatValue == "custom")
        {
            formatValue = "decimal";
        }

        return new LevelDefinition(
            WordXml.IntValue(WordXml.Child(level, "start")) ?? 0,
            formatValue,
            WordXml.Attribute(WordXml.Child(level, "lvlText")) ?? string.Empty,
            WordXml.Attribute(WordXml.Child(level, "suff")) ?? "tab",
            WordXml.IsOn(WordXml.Child(level, "isLgl")),
            WordXml.IntValue(WordXml.Child(level, "lvlRestart")),
            WordXml.Attribute(WordXml.Child(level, "pStyle")));
    }

    private sealed record LevelDefinition(int Start, string? Format, string Text, string Suffix, bool IsLegal, int? Restart, string? StyleId);

    private sealed class AbstractDefinition(string? styleLink)
    {
        public string? StyleLink { get; } = styleLink;

        public LevelDefinition?[] Levels { get; } = new LevelDefinition?[DocxNumbering.Levels];
    }

    private sealed class Instance(int abstractId)
    {
        public int AbstractId { get; } = abstractId;

        public Dictionary<int, int> StartOverrides { get; } = [];

        public Dictionary<int, LevelDefinition> LevelOverrides { get; } = [];
    }

    private sealed class Counters
    {
        public int[] Values { get; } = new int[Levels];

        public bool[] Started { get; } = new bool[Levels];
    }
}
