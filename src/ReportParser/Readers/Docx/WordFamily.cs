using System;
using System.Text;

namespace ReportParser.Readers.Docx;

/// <summary>
/// Names the Word-family files that are neither DOCX nor OLE, so the reading diagnostic can say what the file is and
/// what to do: RTF (often published with a <c>.doc</c> extension) and Word XML (Word 2003 XML, flat OPC).
/// </summary>
internal static class WordFamily
{
    private const int HeadLength = 4096;

    /// <summary>A description for RP0103, or null when the content is none of these.</summary>
    public static string? Describe(byte[] content)
    {
        var head = Head(content);
        if (head.StartsWith("{\\rtf", StringComparison.Ordinal))
        {
            return "RTF (Rich Text Format), not DOCX; save it as .docx in Word or WPS";
        }

        if (head.StartsWith("<?xml", StringComparison.Ordinal)
            && (head.Contains("<w:wordDocument") || head.Contains("progid=\"Word.Document\"") || head.Contains("<pkg:package")))
        {
            return "Word XML (Word 2003 XML or flat OPC), not DOCX; save it as .docx in Word or WPS";
        }

        return null;
    }

    private static string Head(byte[] content)
    {
        var start = content.Length >= 3 && content[0] == 0xEF && content[1] == 0xBB && content[2] == 0xBF ? 3 : 0;
        var length = Math.Min(content.Length - start, HeadLength);
        return length <= 0 ? string.Empty : Encoding.ASCII.GetString(content, start, length).TrimStart();
    }
}
