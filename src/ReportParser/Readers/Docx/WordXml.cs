using System;
using System.Collections.Generic;
using System.Globalization;
using DocumentFormat.OpenXml;

namespace ReportParser.Readers.Docx;

/// <summary>
/// Name-based access to WordprocessingML elements. The reader dispatches on local name and namespace rather than on
/// OpenXml's typed classes, because content OpenXml does not model (<c>w:smartTag</c>, elements in the strict
/// namespace, children of <c>mc:Choice</c>) is loaded as <see cref="OpenXmlUnknownElement"/>.
/// </summary>
internal static class WordXml
{
    public const string Main = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    public const string StrictMain = "http://purl.oclc.org/ooxml/wordprocessingml/main";
    public const string MarkupCompatibility = "http://schemas.openxmlformats.org/markup-compatibility/2006";
    public const string DrawingMain = "http://schemas.openxmlformats.org/drawingml/2006/main";
    public const string WordDrawing = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing";
    public const string Relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    public const string StrictRelationships = "http://purl.oclc.org/ooxml/officeDocument/relationships";
    public const string Vml = "urn:schemas-microsoft-com:vml";
    public const string Math = "http://schemas.openxmlformats.org/officeDocument/2006/math";

    public static bool IsWord(string namespaceUri) =>
        string.Equals(namespaceUri, Main, StringComparison.Ordinal) || string.Equals(namespaceUri, StrictMain, StringComparison.Ordinal);

    /// <summary>True for <c>w:<paramref name="localName"/></c> in the transitional or strict namespace.</summary>
    public static bool Is(OpenXmlElement element, string localName) =>
        string.Equals(element.LocalName, localName, StringComparison.Ordinal) && IsWord(element.NamespaceUri);

    public static bool Is(OpenXmlElement element, string localName, string namespaceUri) =>
        string.Equals(element.LocalName, localName, StringComparison.Ordinal) && string.Equals(element.NamespaceUri, namespaceUri, StringComparison.Ordinal);

    /// <summary>The first child <c>w:<paramref name="localName"/></c>, or null.</summary>
    public static OpenXmlElement? Child(OpenXmlElement? element, string localName)
    {
        if (element is null)
        {
            return null;
        }

        foreach (var child in element.ChildElements)
        {
            if (Is(child, localName))
            {
                return child;
            }
        }

        return null;
    }

    /// <summary>The child chain <c>w:a/w:b/…</c>, or null where a step is missing.</summary>
    public static OpenXmlElement? Path(OpenXmlElement? element, string first, string second)
        => Child(Child(element, first), second);

    /// <summary>The value of a WordprocessingML attribute (<c>w:val</c> by default), or null.</summary>
    public static string? Attribute(OpenXmlElement? element, string localName = "val")
    {
        if (element is null || !element.HasAttributes)
        {
            return null;
        }

        foreach (var attribute in element.GetAttributes())
        {
            if (string.Equals(attribute.LocalName, localName, StringComparison.Ordinal) && IsWord(attribute.NamespaceUri ?? string.Empty))
            {
                return attribute.Value;
            }
        }

        return null;
    }

    /// <summary>The value of an attribute in any namespace (or none) with this local name, or null.</summary>
    public static string? AnyAttribute(OpenXmlElement? element, string localName, string? namespaceUri = null)
    {
        if (element is null || !element.HasAttributes)
        {
            return null;
        }

        foreach (var attribute in element.GetAttributes())
        {
            if (string.Equals(attribute.LocalName, localName, StringComparison.Ordinal)
                && (namespaceUri is null || string.Equals(attribute.NamespaceUri, namespaceUri, StringComparison.Ordinal)))
            {
                return attribute.Value;
            }
        }

        return null;
    }

    /// <summary>A <c>w:val</c> integer, or null when missing or not a number.</summary>
    public static int? IntValue(OpenXmlElement? element, string localName = "val")
    {
        var text = Attribute(element, localName);
        return text is not null && int.TryParse(text.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;
    }

    /// <summary>
    /// An on/off property (<c>w:vanish</c>, <c>w:isLgl</c> …): present and not switched off by
    /// <c>w:val="false|0|off"</c>.
    /// </summary>
    public static bool IsOn(OpenXmlElement? element)
    {
        if (element is null)
        {
            return false;
        }

        var value = Attribute(element);
        return value is null || IsOnValue(value);
    }

    /// <summary>An ST_OnOff value: everything but <c>false</c>, <c>0</c> and <c>off</c> is on.</summary>
    public static bool IsOnValue(string value) =>
        !(value == "0" || value.Equals("false", StringComparison.OrdinalIgnoreCase) || value.Equals("off", StringComparison.OrdinalIgnoreCase));

    /// <summary>Index of an element among its same-named siblings, counted in document order.</summary>
    internal sealed class SiblingIndexer
    {
        private readonly Dictionary<string, int> _counts = new(StringComparer.Ordinal);

        public string Step(OpenXmlElement element)
        {
            var name = element.LocalName;
            _counts.TryGetValue(name, out var count);
            _counts[name] = ++count;
            return name + "[" + count.ToString(CultureInfo.InvariantCulture) + "]";
        }
    }
}
