using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using ReportParser.Layout;

namespace ReportParser.Readers.Pdf;

/// <summary>
/// Decides whether a page's text layer can be trusted. A text layer is garbage when many of its glyphs decode to
/// nothing, to control or private-use characters, or to characters no Chinese report prints (a font without a
/// usable ToUnicode map, GBK bytes read as Latin-1); or when a document with many glyphs contains none of the
/// words every 政府信息公开工作年度报告 prints.
/// </summary>
/// <remarks>
/// This is the one place where the PDF reader knows any Chinese: <see cref="ExpectedLabels"/> and the common
/// characters that tell Chinese prose (a document that is simply not a report: RP0201, not RP0107) from a scrambled
/// encoding. Everything else in the reader is language-neutral geometry.
/// </remarks>
internal static class TextLayerQuality
{
    /// <summary>Words at least one of which any real report prints (in its title, headings or tables).</summary>
    public static readonly string[] ExpectedLabels = ["信息公开", "政府信息", "年度报告", "申请", "主动公开", "行政复议", "政务公开"];

    /// <summary>
    /// The most frequent characters of written Chinese. In real Chinese text (a report or any other document) a
    /// fifth or more of the characters are among them; a scrambled font encoding yields ideographs at random.
    /// </summary>
    private const string CommonHanzi =
        "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严";

    private static readonly System.Collections.Generic.HashSet<char> Common = new(CommonHanzi);

    /// <summary>Share of common characters among the ideographs below which a text is not Chinese prose.</summary>
    public const double CommonHanziShare = 0.15;

    /// <summary>A page with fewer glyphs than this is never called garbled (too little evidence).</summary>
    public const int MinPageGlyphs = 40;

    /// <summary>A document with fewer glyphs than this is not judged by the expected labels.</summary>
    public const int MinDocumentGlyphs = 200;

    /// <summary>Share of suspicious glyphs from which a page is garbled.</summary>
    public const double SuspiciousShare = 0.3;

    /// <summary>Returns the pages (1-based) whose text layer is garbage.</summary>
    public static List<int> GarbledPages(IReadOnlyList<PageContent> pages)
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

        if (glyphs >= MinDocumentGlyphs && garbled.Count < substantial && !HasExpectedLabel(pages, out var asciiWords, out var length) && asciiWords * 2 < length
            && !LooksLikeChinese(pages))
        {
            // Neither a report nor ordinary Western text: mojibake or a scrambled font encoding.
            return pages.Where(p => p.Glyphs.Count >= MinPageGlyphs).Select(p => p.Number).ToList();
        }

        return garbled;
    }

    /// <summary>True when most glyphs are ideographs and enough of them are common characters: real Chinese, just not a report.</summary>
    private static bool LooksLikeChinese(IReadOnlyList<PageContent> pages)
    {
        int ideographs = 0, common = 0, total = 0;
        foreach (var glyph in pages.SelectMany(p => p.Glyphs))
        {
            foreach (var c in glyph.Text)
            {
                total++;
                if (c >= '\u4E00' && c <= '\u9FFF')
                {
                    ideographs++;
                    if (Common.Contains(c))
                    {
                        common++;
                    }
                }
            }
        }

        return ideographs * 2 >= total && common >= CommonHanziShare * ideographs;
    }

    /// <summary>Looks for the expected labels page by page (a report has them on its first page, so this stops early).</summary>
    private static bool HasExpectedLabel(IReadOnlyList<PageContent> pages, out int asciiWords, out int length)
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
