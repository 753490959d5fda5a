using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text.RegularExpressions;
using ReportParser.Documents;
using ReportParser.Layout;

namespace ReportParser.Readers;

/// <summary>
/// Tables published as pictures in HTML and DOCX: an image that stands after the heading of a section holding a
/// standard table (二、主动公开…, 三、…申请…, 四、…复议…诉讼…) is read by OCR (within the page and time budget) and replaced
/// by the tables found in it (the same layout code as a scanned PDF page). Image bytes come only from the document itself
/// (a <c>data:</c> URI, a DOCX media part) or from a file beside an HTML file on disk, never from the network. An
/// image in which no table is found stays an image (RP0407 then says the table is a picture).
/// </summary>
internal static class ImageTables
{
    private static readonly Regex TableHeading = new(@"^\s*[二三四]\s*[、.．]", RegexOptions.CultureInvariant);

    public static SourceDocument Apply(SourceDocument document, byte[] content, ReadContext context)
    {
        if (context.Options.Ocr is null || document.IsUnreadable || !document.Blocks.Any(b => b is ImageBlock))
        {
            return document;
        }

        // The images that stand in a table section, read in document order as the pages of one scan, so that a table
        // continued from one picture into the next is joined exactly as across the pages of a PDF.
        var budget = new OcrBudget(context);
        var pages = new List<(ImageBlock Image, PageContent Page)>();
        var inTableSection = false;
        foreach (var block in document.Blocks)
        {
            if (block is ParagraphBlock paragraph && IsHeading(paragraph.Text, out var tableSection))
            {
                inTableSection = tableSection;
            }
            else if (block is ImageBlock image && inTableSection && budget.HasRoom
                && Load(image, document.Format, content, context) is { } bytes
                && budget.Image(bytes, "image " + Describe(image.Source), pages.Count + 1) is { } page)
            {
                pages.Add((image, page));
            }
        }

        if (pages.Count == 0)
        {
            return document;
        }

        var tables = Tables(pages.Select(p => p.Page).ToList(), context);
        var blocks = ImmutableArray.CreateBuilder<Block>(document.Blocks.Length);
        foreach (var block in document.Blocks)
        {
            var index = block is ImageBlock ? pages.FindIndex(p => ReferenceEquals(p.Image, block)) + 1 : 0;
            if (index == 0 || !tables.Any(t => t.Pages.Contains(index)))
            {
                blocks.Add(block);
                continue;
            }

            foreach (var (table, _) in tables.Where(t => t.Pages.Min() == index))
            {
                var provenance = block.Provenance with { Method = ReadingMethod.Ocr };
                blocks.Add(new TableBlock(table.RowCount, table.ColumnCount, table.Cells.Select(c => c with { Provenance = provenance }), provenance));
            }
        }

        return document with { Blocks = blocks.ToImmutable(), Diagnostics = context.Diagnostics.ToSortedArray() };
    }

    /// <summary>The tables of the recognised pictures, each with the pictures (1-based) its cells came from.</summary>
    private static List<(TableBlock Table, HashSet<int> Pages)> Tables(List<PageContent> pages, ReadContext context)
    {
        var layout = new LayoutContext(context.Source, context.Diagnostics, context.Options.MaxTableGridPositions, context.CancellationToken);
        var layouts = pages.Select(page => PageLayout.Analyze(page, layout)).ToList();
        return FixedLayoutDocument.Assemble(layouts, layout)
            .OfType<TableBlock>()
            .Select(t => (t, new HashSet<int>(t.Cells.Select(c => c.Provenance.Page ?? t.Provenance.Page ?? 0).Append(t.Provenance.Page ?? 0))))
            .ToList();
    }

    private static byte[]? Load(ImageBlock image, SourceFormat format, byte[] content, ReadContext context) =>
        format == SourceFormat.Docx ? FromPackage(content, image.Source, context) : FromPage(image.Source, context);

    private static bool IsHeading(string text, out bool tableSection)
    {
        tableSection = false;
        if (text.Length > 60 || !TableHeading.IsMatch(text))
        {
            return false;
        }

        tableSection = text.Contains("主动公开") || text.Contains("申请") || text.Contains("复议") || text.Contains("诉讼");
        return true;
    }

    private static string Describe(string? source) =>
        source is null ? "(no source)" : source.StartsWith("data:", StringComparison.OrdinalIgnoreCase) ? "(data: URI)" : source;

    /// <summary>The bytes of a <c>data:</c> URI, or of a relative path beside the HTML file; null for anything on the network or outside the file's folder.</summary>
    internal static byte[]? FromPage(string? source, ReadContext context)
    {
        if (string.IsNullOrWhiteSpace(source))
        {
            return null;
        }

        source = source!.Trim();
        if (source.StartsWith("data:", StringComparison.OrdinalIgnoreCase))
        {
            var comma = source.IndexOf(',');
            if (comma < 0 || source.IndexOf(";base64", 0, comma, StringComparison.OrdinalIgnoreCase) < 0 || (source.Length - comma) * 3L / 4 > context.Options.MaxFileBytes)
            {
                return null;
            }

            try
            {
                return Convert.FromBase64String(source.Substring(comma + 1));
            }
            catch (FormatException)
            {
                return null;
            }
        }

        return FromFolder(source, context);
    }

    private static byte[]? FromFolder(string source, ReadContext context)
    {
        // Only a plain relative path: no scheme (http:, file:), no host (//), no rooted path, no way up.
        var cut = source.IndexOfAny(['?', '#']);
        var path = Uri.UnescapeDataString(cut >= 0 ? source.Substring(0, cut) : source).Replace('\\', '/');
        if (path.Length == 0 || path.Contains(':') || path[0] == '/' || path.Split('/').Any(p => p == ".."))
        {
            return null;
        }

        try
        {
            var folder = Path.GetDirectoryName(Path.GetFullPath(context.Source));
            if (folder is null || !File.Exists(context.Source))
            {
                return null;
            }

            var file = new FileInfo(Path.Combine(folder, path));
            return file.Exists && file.Length <= context.Options.MaxFileBytes ? File.ReadAllBytes(file.FullName) : null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return null;
        }
    }

    /// <summary>The bytes of a DOCX media part (<c>/word/media/image1.png</c>), bounded by the file size limit.</summary>
    private static byte[]? FromPackage(byte[] content, string? part, ReadContext context)
    {
        if (string.IsNullOrEmpty(part) || part!.Contains("://"))
        {
            return null;
        }

        try
        {
            using var zip = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
            var entry = zip.GetEntry(part.TrimStart('/'));
            if (entry is null || entry.Length > context.Options.MaxFileBytes)
            {
                return null;
            }

            using var stream = entry.Open();
            using var buffer = new MemoryStream((int)entry.Length);
            stream.CopyTo(buffer);
            return buffer.ToArray();
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException)
        {
            return null;
        }
    }
}
