using System;
using System.IO;
using System.Text;

namespace ReportParser.Readers;

/// <summary>What the bytes of a file are, independent of its extension.</summary>
internal enum ContentKind
{
    Unknown,
    Empty,
    Html,
    Pdf,
    Zip,
    OleCompound,
    Text,
    Binary,
}

/// <summary>Sniffs the content of a file and maps extensions to formats.</summary>
internal static class FormatDetector
{
    public static SourceFormat FromExtension(string path)
    {
        var extension = Path.GetExtension(path).ToLowerInvariant();
        return extension switch
        {
            ".html" or ".htm" or ".shtml" or ".xhtml" or ".mht" or ".jhtml" or ".jsp" or ".asp" or ".aspx" or ".php" => SourceFormat.Html,
            ".docx" or ".docm" or ".dotx" or ".dotm" => SourceFormat.Docx,
            ".pdf" => SourceFormat.Pdf,
            ".doc" or ".dot" or ".wps" or ".wpt" => SourceFormat.Doc,
            ".txt" or ".text" or ".md" or ".markdown" or ".mdown" or ".mkd" => SourceFormat.Text,
            _ => SourceFormat.Unknown,
        };
    }

    public static ContentKind Sniff(byte[] content)
    {
        if (content.Length == 0)
        {
            return ContentKind.Empty;
        }

        if (StartsWith(content, "%PDF") || IndexOf(content, "%PDF-", 1024) >= 0)
        {
            return ContentKind.Pdf;
        }

        if (content.Length >= 4 && content[0] == 0x50 && content[1] == 0x4B && content[2] is 0x03 or 0x05 or 0x07 && content[3] is 0x04 or 0x06 or 0x08)
        {
            return ContentKind.Zip;
        }

        if (content.Length >= 8 && content[0] == 0xD0 && content[1] == 0xCF && content[2] == 0x11 && content[3] == 0xE0
            && content[4] == 0xA1 && content[5] == 0xB1 && content[6] == 0x1A && content[7] == 0xE1)
        {
            return ContentKind.OleCompound;
        }

        var head = DecodeHead(content, 8192);
        if (LooksLikeHtml(head))
        {
            return ContentKind.Html;
        }

        return LooksLikeText(content) ? ContentKind.Text : ContentKind.Binary;
    }

    public static string Describe(ContentKind kind) => kind switch
    {
        ContentKind.Empty => "empty",
        ContentKind.Html => "HTML",
        ContentKind.Pdf => "PDF",
        ContentKind.Zip => "ZIP",
        ContentKind.OleCompound => "OLE compound document (.doc/.wps/.xls)",
        ContentKind.Text => "plain text",
        ContentKind.Binary => "binary data",
        _ => "unknown",
    };

    private static bool LooksLikeHtml(string head)
    {
        var lower = head.ToLowerInvariant();
        return lower.Contains("<html") || lower.Contains("<!doctype html") || lower.Contains("<body")
            || lower.Contains("<table") || lower.Contains("<div") || lower.Contains("<p>") || lower.Contains("<p ")
            || lower.Contains("<meta") || lower.Contains("<head");
    }

    private static bool LooksLikeText(byte[] content)
    {
        if (content.Length >= 2 && ((content[0] == 0xFF && content[1] == 0xFE) || (content[0] == 0xFE && content[1] == 0xFF)))
        {
            // UTF-16 with its byte-order mark: every other byte of CJK or ASCII text is a control byte.
            return LooksLikeText(Encoding.UTF8.GetBytes(DecodeHead(content, 8192)));
        }

        var length = Math.Min(content.Length, 8192);
        var control = 0;
        for (var i = 0; i < length; i++)
        {
            var b = content[i];
            if (b == 0 || (b < 0x09) || (b > 0x0D && b < 0x20 && b != 0x1B))
            {
                control++;
            }
        }

        return control * 100 < length;
    }

    private static string DecodeHead(byte[] content, int max)
    {
        var length = Math.Min(content.Length, max);
        if (length >= 2 && ((content[0] == 0xFF && content[1] == 0xFE) || (content[0] == 0xFE && content[1] == 0xFF)))
        {
            return (content[0] == 0xFF ? Encoding.Unicode : Encoding.BigEndianUnicode).GetString(content, 2, (length - 2) & ~1);
        }

        // ASCII view is enough to find tags in UTF-8 and GBK pages alike.
        var chars = new char[length];
        for (var i = 0; i < length; i++)
        {
            chars[i] = content[i] < 0x80 ? (char)content[i] : ' ';
        }

        return new string(chars);
    }

    private static bool StartsWith(byte[] content, string ascii)
    {
        if (content.Length < ascii.Length)
        {
            return false;
        }

        for (var i = 0; i < ascii.Length; i++)
        {
            if (content[i] != ascii[i])
            {
                return false;
            }
        }

        return true;
    }

    private static int IndexOf(byte[] content, string ascii, int limit)
    {
        var end = Math.Min(content.Length - ascii.Length, limit);
        for (var i = 0; i <= end; i++)
        {
            var match = true;
            for (var j = 0; j < ascii.Length; j++)
            {
                if (content[i + j] != ascii[j])
                {
                    match = false;
                    break;
                }
            }

            if (match)
            {
                return i;
            }
        }

        return -1;
    }
}
