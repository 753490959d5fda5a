using System;
using System.Collections.ObjectModel;
using System.Globalization;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;

namespace ReportParser.Readers.Docx;

/// <summary>
/// Looks inside a ZIP before OpenXml does: is it a Word document at all (and if not, what is it), and do the XML parts
/// it holds stay within the decompression and nesting bounds. Works on the central directory and streams every XML part
/// through a fixed buffer, so a zip bomb or a lying size field costs at most the bound in time and nothing in memory.
/// </summary>
internal static class DocxPackage
{
    /// <summary>Deeper XML than this is refused: OpenXml and the body walker recurse per element.</summary>
    public const int MaxXmlDepth = 256;

    /// <summary>More ZIP entries than this are refused before the archive is opened: each costs an object, however small the file.</summary>
    public const int MaxEntries = 10_000;

    private const int ContentTypesReadLimit = 1 << 20;

    private static readonly string[] WordMainContentTypes =
    [
        "wordprocessingml.document.main+xml",
        "wordprocessingml.template.main+xml",
        "ms-word.document.macroenabled.main+xml",
        "ms-word.template.macroenabledtemplate.main+xml",
    ];

    private static readonly string[] DocumentExtensions = [".docx", ".doc", ".wps", ".pdf", ".html", ".htm", ".ofd", ".docm", ".dotx"];

    /// <summary>The outcome of <see cref="Verify"/>: all fine, a damaged archive, or a bound exceeded.</summary>
    internal sealed record Verification(string? CorruptReason, string? LimitWhat, string? LimitValue, long DecompressedBytes = 0)
    {
        public bool IsOk => CorruptReason is null && LimitWhat is null;
    }

    /// <summary>
    /// True when the ZIP holds a WordprocessingML document (<c>word/document.xml</c> or a Word main content type) or
    /// cannot even be opened (then the DOCX reader reports it as corrupt). Otherwise <paramref name="description"/> says
    /// what the archive is instead.
    /// </summary>
    public static bool IsWordprocessing(byte[] content, out string description)
    {
        description = string.Empty;
        if (DeclaredEntryCount(content) > MaxEntries)
        {
            return true; // let the DOCX reader refuse it with RP0108
        }

        try
        {
            using var archive = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
            var entries = archive.Entries;
            if (entries.Any(e => string.Equals(e.FullName, "word/document.xml", StringComparison.OrdinalIgnoreCase)))
            {
                return true;
            }

            var contentTypes = entries.FirstOrDefault(e => string.Equals(e.FullName, "[Content_Types].xml", StringComparison.OrdinalIgnoreCase));
            if (contentTypes is not null)
            {
                var text = ReadPrefix(contentTypes, ContentTypesReadLimit).ToLowerInvariant();
                if (WordMainContentTypes.Any(text.Contains))
                {
                    return true;
                }
            }

            description = DescribeOtherZip(entries);
            return false;
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or NotSupportedException or ArgumentException)
        {
            return true;
        }
    }

    /// <summary>
    /// Checks the archive can be read and that its XML and relationship parts decompress, all together, to at most
    /// <paramref name="maxDecompressedBytes"/> and nest at most <see cref="MaxXmlDepth"/> deep. Media are not touched.
    /// </summary>
    public static Verification Verify(byte[] content, long maxDecompressedBytes)
    {
        if (DeclaredEntryCount(content) is > MaxEntries and var entries)
        {
            return new Verification(null, "ZIP archive of " + entries.ToString(CultureInfo.InvariantCulture) + " entries", MaxEntries.ToString(CultureInfo.InvariantCulture) + " entries");
        }

        string? part = null;
        long total = 0;
        try
        {
            using var archive = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
            var xmlParts = archive.Entries.Where(IsXmlPart).ToList();
            long declared = 0;
            foreach (var entry in xmlParts)
            {
                declared += Math.Max(0, entry.Length);
            }

            if (declared > maxDecompressedBytes)
            {
                return Exceeded(declared, maxDecompressedBytes);
            }

            var buffer = new byte[64 * 1024];
            foreach (var entry in xmlParts)
            {
                part = entry.FullName;
                var scanner = new XmlDepthScanner();
                using var stream = entry.Open();
                int read;
                while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
                {
                    total += read;
                    if (total > maxDecompressedBytes)
                    {
                        return Exceeded(total, maxDecompressedBytes);
                    }

                    if (!scanner.Scan(buffer, read))
                    {
                        return new Verification(null, "XML nesting in " + entry.FullName, MaxXmlDepth.ToString(CultureInfo.InvariantCulture) + " levels");
                    }
                }
            }
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or NotSupportedException or ArgumentException)
        {
            return new Verification(
                part is null ? "not a readable ZIP archive: " + ex.Message : "part " + part + " cannot be decompressed: " + ex.Message,
                null,
                null);
        }

        return new Verification(null, null, null, total);
    }

    /// <summary>
    /// The entry count the end-of-central-directory record declares (found by scanning back over at most the 64 KiB
    /// comment), or null when there is none. 0xFFFF means a ZIP64 archive, which is at least that many as far as the
    /// bound is concerned.
    /// </summary>
    internal static int? DeclaredEntryCount(byte[] content)
    {
        var earliest = Math.Max(0, content.Length - 22 - 0xFFFF);
        for (var i = content.Length - 22; i >= earliest; i--)
        {
            if (content[i] == 0x50 && content[i + 1] == 0x4B && content[i + 2] == 0x05 && content[i + 3] == 0x06)
            {
                return content[i + 10] | (content[i + 11] << 8);
            }
        }

        return null;
    }

    private static Verification Exceeded(long bytes, long limit) =>
        new(null, "decompressed XML parts of " + bytes.ToString(CultureInfo.InvariantCulture) + " bytes or more", limit.ToString(CultureInfo.InvariantCulture) + " bytes");

    private static bool IsXmlPart(ZipArchiveEntry entry) =>
        entry.FullName.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) || entry.FullName.EndsWith(".rels", StringComparison.OrdinalIgnoreCase);

    private static string DescribeOtherZip(ReadOnlyCollection<ZipArchiveEntry> entries)
    {
        bool Has(string name) => entries.Any(e => string.Equals(e.FullName, name, StringComparison.OrdinalIgnoreCase));

        if (Has("xl/workbook.xml"))
        {
            return "ZIP: an Excel workbook (.xlsx), not a Word document";
        }

        if (Has("ppt/presentation.xml"))
        {
            return "ZIP: a PowerPoint presentation (.pptx), not a Word document";
        }

        var mimetype = entries.FirstOrDefault(e => e.FullName == "mimetype");
        if (mimetype is not null)
        {
            var type = ReadPrefix(mimetype, 256).Trim();
            return type == "application/vnd.oasis.opendocument.text"
                ? "ZIP: an OpenDocument text (.odt), not a Word document; save it as .docx"
                : "ZIP: a file of type " + type + ", not a Word document";
        }

        if (Has("OFD.xml"))
        {
            return "ZIP: an OFD document (.ofd), not a Word document";
        }

        var documents = entries
            .Where(e => DocumentExtensions.Any(x => e.FullName.EndsWith(x, StringComparison.OrdinalIgnoreCase)))
            .Select(e => e.FullName)
            .ToList();
        if (documents.Count > 0)
        {
            return "ZIP: an archive holding " + documents.Count.ToString(CultureInfo.InvariantCulture) + " document file(s) ("
                + string.Join(", ", documents.Take(3)) + (documents.Count > 3 ? ", …" : string.Empty) + "); unzip it and check each file";
        }

        return "ZIP: an archive of " + entries.Count.ToString(CultureInfo.InvariantCulture) + " file(s) without word/document.xml, not a Word document";
    }

    private static string ReadPrefix(ZipArchiveEntry entry, int limit)
    {
        try
        {
            using var stream = entry.Open();
            var buffer = new byte[limit];
            var length = 0;
            int read;
            while (length < limit && (read = stream.Read(buffer, length, limit - length)) > 0)
            {
                length += read;
            }

            return Encoding.UTF8.GetString(buffer, 0, length);
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or NotSupportedException)
        {
            return string.Empty;
        }
    }

    /// <summary>
    /// Tracks element depth over raw XML bytes (UTF-8 or any ASCII-compatible encoding) without parsing: start tags,
    /// end tags, empty-element tags, quoted attribute values, comments, CDATA and processing instructions.
    /// </summary>
    private sealed class XmlDepthScanner
    {
        private State _state;
        private byte _quote;
        private byte _previous;
        private byte[] _terminator = [];
        private int _matched;
        private int _depth;

        private enum State
        {
            Text,
            AfterLessThan,
            AfterBang,
            StartTag,
            EndTag,
            Skipping,
        }

        /// <summary>False as soon as the depth exceeds <see cref="MaxXmlDepth"/>.</summary>
        public bool Scan(byte[] buffer, int count)
        {
            for (var i = 0; i < count; i++)
            {
                var b = buffer[i];
                switch (_state)
                {
                    case State.Text:
                        if (b == (byte)'<')
                        {
                            _state = State.AfterLessThan;
                        }

                        break;
                    case State.AfterLessThan:
                        if (!AfterLessThan(b))
                        {
                            return false;
                        }

                        break;
                    case State.AfterBang:
                        Skip(b == (byte)'-' ? "-->" : b == (byte)'[' ? "]]>" : ">");
                        break;
                    case State.StartTag:
                        InStartTag(b);
                        break;
                    case State.EndTag:
                        if (b == (byte)'>')
                        {
                            _state = State.Text;
                        }

                        break;
                    case State.Skipping:
                        InSkipped(b);
                        break;
                }
            }

            return true;
        }

        /// <summary>The byte after <c>&lt;</c>: an end tag, a processing instruction, a comment/CDATA/doctype or a start tag; false when the depth exceeds the limit.</summary>
        private bool AfterLessThan(byte b)
        {
            if (b == (byte)'/')
            {
                _depth--;
                _state = State.EndTag;
            }
            else if (b == (byte)'?')
            {
                Skip("?>");
            }
            else if (b == (byte)'!')
            {
                _state = State.AfterBang;
            }
            else
            {
                if (++_depth > MaxXmlDepth)
                {
                    return false;
                }

                _state = State.StartTag;
                _quote = 0;
                _previous = b;
            }

            return true;
        }

        /// <summary>A byte inside a start tag: quoted attribute values are skipped; <c>/&gt;</c> closes the element it opened.</summary>
        private void InStartTag(byte b)
        {
            if (_quote != 0)
            {
                if (b == _quote)
                {
                    _quote = 0;
                }
            }
            else if (b is (byte)'"' or (byte)'\'')
            {
                _quote = b;
            }
            else if (b == (byte)'>')
            {
                if (_previous == (byte)'/')
                {
                    _depth--;
                }

                _state = State.Text;
            }

            _previous = b;
        }

        /// <summary>A byte inside a skipped construct, until its terminator.</summary>
        private void InSkipped(byte b)
        {
            if (b == _terminator[_matched])
            {
                _matched++;
            }
            else if (!(_matched >= 2 && _terminator[0] == _terminator[1] && b == _terminator[0]))
            {
                // "]]]>" and "--->" still close: a repeated first character keeps the match.
                _matched = b == _terminator[0] ? 1 : 0;
            }

            if (_matched == _terminator.Length)
            {
                _state = State.Text;
            }
        }

        private void Skip(string terminator)
        {
            _terminator = Encoding.ASCII.GetBytes(terminator);
            _matched = 0;
            _state = State.Skipping;
        }
    }
}
