using System;
using System.Collections.Generic;
using System.Linq;

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
        foreach (var page in pages)
        {
            var total = page.Glyphs.Count + page.UndecodableCount;
            if (total < MinPageGlyphs)
            {
                continue;
            }

            var suspicious = page.UndecodableCount + page.Glyphs.Count(g => g.Text.Any(IsSuspicious));
            if (suspicious >= SuspiciousShare * total)
            {
                garbled.Add(page.Number);
            }
        }

        var glyphs = pages.Sum(p => p.Glyphs.Count);
        if (glyphs >= MinDocumentGlyphs && garbled.Count < pages.Count(p => p.Glyphs.Count >= MinPageGlyphs))
        {
            var text = string.Concat(pages.SelectMany(p => p.Glyphs).Select(g => g.Text));
            var asciiWords = text.Count(c => c < 0x80 && char.IsLetterOrDigit(c));
            var hasLabel = ExpectedLabels.Any(text.Contains);
            if (!hasLabel && asciiWords * 2 < text.Length)
            {
                // Neither a report nor ordinary Western text: mojibake or a scrambled font encoding.
                return pages.Where(p => p.Glyphs.Count >= MinPageGlyphs).Select(p => p.Number).ToList();
            }
        }

        return garbled;
    }

    /// <summary>True for a character that a decodable report never prints: controls, private use, replacement, unpaired surrogates.</summary>
    public static bool IsSuspicious(char c) =>
        c < '\u0020' || (c >= '\u007F' && c <= '\u009F') || (c >= '\uE000' && c <= '\uF8FF')
        || c == '\uFFFD' || c == '\uFFFF' || char.IsSurrogate(c);
}
