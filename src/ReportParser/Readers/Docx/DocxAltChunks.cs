using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using ReportParser.Diagnostics;
using ReportParser.Documents;
using ReportParser.Readers.Html;

namespace ReportParser.Readers.Docx;

/// <summary>
/// Content a generator imported with <c>w:altChunk</c> instead of writing WordprocessingML: Word converts it when it
/// opens the file, so the XML alone has none of its text. Web pages (HTML, XHTML, web archives <c>.mht</c>) and plain
/// text are read here, through the HTML reader, and their blocks are spliced in where the chunk stands; other formats
/// (RTF, a nested Word document) get RP0111. Every chunk's bytes count against what is left of
/// <see cref="ReportCheckerOptions.MaxDecompressedBytes"/> after the package's XML parts.
/// </summary>
internal sealed class DocxAltChunks
{
    private readonly MainDocumentPart _main;
    private readonly ReadContext _context;
    private long _budget;

    public DocxAltChunks(MainDocumentPart main, ReadContext context, long budget)
    {
        _main = main;
        _context = context;
        _budget = budget;
    }

    public IReadOnlyList<Block> Read(string? relationshipId, string path)
    {
        if (relationshipId is null || !_main.TryGetPartById(relationshipId, out var part))
        {
            return [];
        }

        var contentType = part.ContentType.ToLowerInvariant();
        var name = part.Uri.OriginalString;
        var kind = contentType switch
        {
            "text/html" or "application/xhtml+xml" => "html",
            "message/rfc822" or "multipart/related" => "mht",
            "text/plain" => "text",
            _ => null,
        };
        if (kind is null)
        {
            _context.Diagnostics.Add(Descriptors.EmbeddedContentNotRead, _context.At(path: path), FormatName(contentType), name);
            return [];
        }

        var bytes = ReadBounded(part, path, name);
        if (bytes is null)
        {
            return [];
        }

        if (kind == "text")
        {
            var text = HtmlEncodingDetector.Decode(bytes).Text;
            return text.Split('\n')
                .Select(l => l.Trim())
                .Where(l => l.Length > 0)
                .Select((l, i) => (Block)new ParagraphBlock(l, new BlockProvenance { Path = path + "/line[" + (i + 1).ToString(CultureInfo.InvariantCulture) + "]" }))
                .ToList();
        }

        var html = kind == "mht" ? MimeArchive.HtmlOf(bytes) : bytes;
        if (html is null)
        {
            _context.Diagnostics.Add(Descriptors.EmbeddedContentNotRead, _context.At(path: path), "MHT without an HTML part", name);
            return [];
        }

        var document = new HtmlDocumentReader().Read(html, _context);
        return document.Blocks.Select(b => Relocate(b, path)).ToList();
    }

    private byte[]? ReadBounded(OpenXmlPart part, string path, string name)
    {
        using var stream = part.GetStream(FileMode.Open, FileAccess.Read);
        using var buffer = new MemoryStream();
        var chunk = new byte[64 * 1024];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > _budget)
            {
                _context.Diagnostics.Add(
                    Descriptors.ResourceLimitExceeded,
                    _context.At(path: path),
                    "embedded part " + name,
                    _context.Options.MaxDecompressedBytes.ToString(CultureInfo.InvariantCulture) + " bytes");
                _budget = 0;
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        _budget -= buffer.Length;
        return buffer.ToArray();
    }

    private static string FormatName(string contentType) => contentType switch
    {
        "application/rtf" or "text/rtf" => "RTF",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
            or "application/vnd.ms-word.document.macroenabled.main+xml"
            or "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"
            or "application/vnd.ms-word.template.macroenabledtemplate.main+xml" => "DOCX",
        _ => contentType,
    };

    /// <summary>The same block with its provenance path under the chunk's path.</summary>
    private static Block Relocate(Block block, string prefix)
    {
        BlockProvenance Under(BlockProvenance provenance) =>
            provenance with { Path = provenance.Path is null ? prefix : prefix + "/" + provenance.Path };

        return block switch
        {
            ParagraphBlock p => new ParagraphBlock(p.Text, p.HeadingLevel, Under(p.Provenance)),
            TableBlock t => new TableBlock(t.RowCount, t.ColumnCount, t.Cells.Select(c => c with { Provenance = Under(c.Provenance) }), Under(t.Provenance)),
            ImageBlock i => new ImageBlock(i.Source, i.AlternativeText, Under(i.Provenance)),
            AttachmentBlock a => new AttachmentBlock(a.Text, a.Target, Under(a.Provenance)),
            _ => block,
        };
    }

    /// <summary>Finds the HTML in a MIME web archive (<c>.mht</c>): the first <c>text/html</c> part, transfer encoding undone.</summary>
    internal static class MimeArchive
    {
        public static byte[]? HtmlOf(byte[] archive)
        {
            // ISO-8859-1 maps every byte to one char and back, so the raw bytes survive the split.
            var latin1 = Encoding.GetEncoding(28591);
            var text = latin1.GetString(archive).Replace("\r\n", "\n");
            var (headers, body) = SplitHeaders(text);
            var contentType = Header(headers, "Content-Type") ?? string.Empty;
            var boundary = Parameter(contentType, "boundary");
            if (boundary is null)
            {
                return IsHtml(contentType) ? Decode(headers, body, latin1) : null;
            }

            foreach (var section in body.Split(new[] { "--" + boundary }, StringSplitOptions.None).Skip(1))
            {
                var (partHeaders, partBody) = SplitHeaders(section.TrimStart('\n'));
                if (IsHtml(Header(partHeaders, "Content-Type") ?? string.Empty))
                {
                    return Decode(partHeaders, partBody, latin1);
                }
            }

            return null;
        }

        private static byte[] Decode(string headers, string body, Encoding latin1)
        {
            var encoding = (Header(headers, "Content-Transfer-Encoding") ?? string.Empty).Trim().ToLowerInvariant();
            var bytes = encoding switch
            {
                "quoted-printable" => QuotedPrintable(body, latin1),
                "base64" => Base64(body),
                _ => latin1.GetBytes(body),
            };

            // Carry the part's charset into the page, where the HTML reader looks for it, unless the page declares one.
            var charset = Parameter(Header(headers, "Content-Type") ?? string.Empty, "charset");
            return charset is null ? bytes : latin1.GetBytes("<meta charset=\"" + charset + "\">").Concat(bytes).ToArray();
        }

        private static byte[] QuotedPrintable(string body, Encoding latin1)
        {
            var output = new List<byte>(body.Length);
            for (var i = 0; i < body.Length; i++)
            {
                var ch = body[i];
                if (ch == '=' && i + 1 < body.Length && body[i + 1] == '\n')
                {
                    i++; // soft line break
                }
                else if (ch == '=' && i + 2 < body.Length && IsHex(body[i + 1]) && IsHex(body[i + 2]))
                {
                    output.Add((byte)((HexValue(body[i + 1]) << 4) | HexValue(body[i + 2])));
                    i += 2;
                }
                else
                {
                    output.AddRange(latin1.GetBytes(ch.ToString()));
                }
            }

            return output.ToArray();
        }

        private static byte[] Base64(string body)
        {
            var clean = new string(body.Where(c => !char.IsWhiteSpace(c)).ToArray());
            clean = clean.Substring(0, clean.Length - (clean.Length % 4));
            try
            {
                return Convert.FromBase64String(clean);
            }
            catch (FormatException)
            {
                return [];
            }
        }

        private static bool IsHtml(string contentType) =>
            CultureInfo.InvariantCulture.CompareInfo.IndexOf(contentType, "text/html", CompareOptions.OrdinalIgnoreCase) >= 0;

        private static int HexValue(char ch) => ch <= '9' ? ch - '0' : (ch | 0x20) - 'a' + 10;

        private static bool IsHex(char ch) => ch is (>= '0' and <= '9') or (>= 'A' and <= 'F') or (>= 'a' and <= 'f');

        private static (string Headers, string Body) SplitHeaders(string text)
        {
            var end = text.IndexOf("\n\n", StringComparison.Ordinal);
            return end < 0 ? (text, string.Empty) : (text.Substring(0, end), text.Substring(end + 2));
        }

        private static string? Header(string headers, string name)
        {
            // Unfold continuation lines, then find "Name: value".
            foreach (var line in headers.Replace("\n ", " ").Replace("\n\t", " ").Split('\n'))
            {
                if (line.StartsWith(name + ":", StringComparison.OrdinalIgnoreCase))
                {
                    return line.Substring(name.Length + 1).Trim();
                }
            }

            return null;
        }

        private static string? Parameter(string header, string name)
        {
            foreach (var piece in header.Split(';'))
            {
                var trimmed = piece.Trim();
                if (trimmed.StartsWith(name + "=", StringComparison.OrdinalIgnoreCase))
                {
                    return trimmed.Substring(name.Length + 1).Trim().Trim('"');
                }
            }

            return null;
        }
    }
}
