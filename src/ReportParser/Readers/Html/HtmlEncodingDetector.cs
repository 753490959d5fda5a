using System;
using System.Text;
using System.Text.RegularExpressions;

namespace ReportParser.Readers.Html;

/// <summary>
/// Chooses the character encoding of an HTML page: byte-order mark, then the declared charset (meta or XML
/// declaration), then sniffing (valid UTF-8, else GB18030, which covers GB2312 and GBK). A declaration that the
/// bytes contradict loses to the encoding that decodes them cleanly.
/// </summary>
internal static class HtmlEncodingDetector
{
    private static readonly Regex CharsetDeclaration = new(
        @"<meta[^>]*?charset\s*=\s*[""']?\s*([A-Za-z0-9_\-:.]+)|<\?xml[^>]*encoding\s*=\s*[""']([A-Za-z0-9_\-.]+)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    public static Encoding Gb18030 { get; } = CreateGb18030();

    public static Encoding Utf8 { get; } = new UTF8Encoding(false, false);

    public sealed record Result(string Text, string EncodingName, int UndecodableCount);

    public static Result Decode(byte[] content)
    {
        // 1. Byte-order mark.
        if (content.Length >= 3 && content[0] == 0xEF && content[1] == 0xBB && content[2] == 0xBF)
        {
            return DecodeWith(content, 3, Utf8, "UTF-8");
        }

        if (content.Length >= 2 && content[0] == 0xFF && content[1] == 0xFE)
        {
            return DecodeWith(content, 2, Encoding.Unicode, "UTF-16LE");
        }

        if (content.Length >= 2 && content[0] == 0xFE && content[1] == 0xFF)
        {
            return DecodeWith(content, 2, Encoding.BigEndianUnicode, "UTF-16BE");
        }

        // 2. Bytes that decode cleanly as UTF-8 are UTF-8, whatever the page declares (re-saved pages keep stale
        //    declarations); pure ASCII decodes identically either way.
        var declared = FindDeclaredEncoding(content);
        var utf8 = DecodeWith(content, 0, Utf8, "UTF-8");
        if (utf8.UndecodableCount == 0)
        {
            return utf8;
        }

        // 3. The declared charset, unless it is UTF-8 (which the bytes just contradicted).
        if (declared is not null && declared.CodePage != 65001)
        {
            var other = DecodeWith(content, 0, declared, NameOf(declared));
            if (other.UndecodableCount <= utf8.UndecodableCount)
            {
                return other;
            }
        }

        // 4. Sniffing: GB18030 (a superset of GB2312 and GBK), the encoding of nearly every non-UTF-8 government page.
        var gb = DecodeWith(content, 0, Gb18030, "GB18030");
        return gb.UndecodableCount < utf8.UndecodableCount ? gb : utf8;
    }

    private static Encoding CreateGb18030()
    {
        // The code-page encodings (GBK, GB18030) come from a provider that must be registered first.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(54936, EncoderFallback.ReplacementFallback, new DecoderReplacementFallback("\uFFFD"));
    }

    private static string NameOf(Encoding encoding) => encoding.CodePage is 936 or 54936 ? "GB18030" : encoding.WebName.ToUpperInvariant();

    private static Encoding? FindDeclaredEncoding(byte[] content)
    {
        var length = Math.Min(content.Length, 16384);
        var chars = new char[length];
        for (var i = 0; i < length; i++)
        {
            chars[i] = content[i] < 0x80 ? (char)content[i] : ' ';
        }

        var match = CharsetDeclaration.Match(new string(chars));
        if (!match.Success)
        {
            return null;
        }

        var label = (match.Groups[1].Success ? match.Groups[1].Value : match.Groups[2].Value).Trim().ToLowerInvariant();
        switch (label)
        {
            case "gb2312":
            case "gbk":
            case "x-gbk":
            case "gb18030":
            case "cp936":
            case "ms936":
            case "windows-936":
            case "chinese":
            case "csgb2312":
            case "iso-ir-58":
            case "gb_2312-80":
                return Gb18030;
            case "utf8":
            case "utf-8":
            case "unicode-1-1-utf-8":
                return Utf8;
            default:
                try
                {
                    return Encoding.GetEncoding(label, EncoderFallback.ReplacementFallback, new DecoderReplacementFallback("\uFFFD"));
                }
                catch (ArgumentException)
                {
                    return null;
                }
        }
    }

    private static Result DecodeWith(byte[] content, int offset, Encoding encoding, string name)
    {
        // A declared charset such as UTF-16 or a valid UTF-8 EF BF BE can still give U+FFFE or half a surrogate pair.
        var text = Texts.Surrogates.ReplaceUnpaired(encoding.GetString(content, offset, content.Length - offset));
        var bad = 0;
        foreach (var ch in text)
        {
            if (ch == '\uFFFD')
            {
                bad++;
            }
        }

        return new Result(text, name, bad);
    }
}
