using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace ReportParser.Readers.Pdf;

/// <summary>
/// Decides whether a page's text layer can be trusted. A text layer is garbage when many of its glyphs decode to
/// nothing, to control or private-use characters, or to characters no Chinese report prints (a font without a
/// usable ToUnicode map, GBK bytes read as Latin-1); or when a document with many glyphs contains none of the
/// words every 政府信息公开工作年度报告 prints.
/// </summary>
/// <remarks>
/// This is the one place where the PDF reader knows any Chinese: <see cref="ExpectedLabels"/>. Everything else in
/// the reader is language-neutral geometry.
/// </remarks>
internal static class TextLayerQuality
{
    /// <summary>Words at least one of which any real report prints (in its title, headings or tables).</summary>
    public static readonly string[] ExpectedLabels = ["信息公开", "政府信息", "年度报告", "申请", "主动公开", "行政复议", "政务公开"];

    /// <summary>A page with fewer glyphs than this is never called garbled (too little evidence).</summary>
    public const int MinPageGlyphs = 40;

    /// <summary>A document with fewer glyphs than this is not judged by the expected labels.</summary>
    public const int MinDocumentGlyphs = 200;

    /// <summary>Share of suspicious glyphs from which a page is garbled.</summary>
    public const double SuspiciousShare = 0.3;

    /// <summary>Returns the pages (1-based) whose text layer is garbage.</summary>
    public static List<int> GarbledPages(IReadOnlyList<PdfPageContent> pages)
    {
        var garbled = new List<int>();
        var glyphs = 0;
        var substantial = 0;
        foreach (var page in pages)
        {
            glyphs += page.Glyphs.Count;
            var total = page.Glyphs.Count + page.UndecodableCount;
            if (page.Glyphs.Count >= MinPageGlyphs)
            {
                substantial++;
            }

            if (total < MinPageGlyphs)
            {
                continue;
            }

            var suspicious = page.UndecodableCount;
            foreach (var glyph in page.Glyphs)
            {
                foreach (var c in glyph.Text)
                {
                    if (IsSuspicious(c))
                    {
                        suspicious++;
                        break;
                    }
                }
            }

            if (suspicious >= SuspiciousShare * total)
            {
                garbled.Add(page.Number);
            }
        }

        if (glyphs >= MinDocumentGlyphs && garbled.Count < substantial && !HasExpectedLabel(pages, out var asciiWords, out var length) && asciiWords * 2 < length)
        {
            // Neither a report nor ordinary Western text: mojibake or a scrambled font encoding.
            return pages.Where(p => p.Glyphs.Count >= MinPageGlyphs).Select(p => p.Number).ToList();
        }

        return garbled;
    }

    /// <summary>Looks for the expected labels page by page (a report has them on its first page, so this stops early).</summary>
    private static bool HasExpectedLabel(IReadOnlyList<PdfPageContent> pages, out int asciiWords, out int length)
    {
        asciiWords = 0;
        length = 0;
        var builder = new StringBuilder();
        foreach (var page in pages)
        {
            // Keep the end of the previous page so that a label broken over the page break is still found.
            var carry = builder.Length > 16 ? builder.ToString(builder.Length - 16, 16) : builder.ToString();
            builder.Clear().Append(carry);
            foreach (var glyph in page.Glyphs)
            {
                builder.Append(glyph.Text);
                foreach (var c in glyph.Text)
                {
                    length++;
                    if (c < 0x80 && char.IsLetterOrDigit(c))
                    {
                        asciiWords++;
                    }
                }
            }

            var text = builder.ToString();
            if (ExpectedLabels.Any(text.Contains))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True for a character that a decodable report never prints: controls, private use, replacement, unpaired surrogates.</summary>
    public static bool IsSuspicious(char c) =>
        c < '\u0020' || (c >= '\u007F' && c <= '\u009F') || (c >= '\uE000' && c <= '\uF8FF')
        || c == '\uFFFD' || c == '\uFFFF' || char.IsSurrogate(c);
}
