using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using ReportParser.Diagnostics;
using ReportParser.Documents;
using ReportParser.Layout;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Exceptions;

namespace ReportParser.Readers.Pdf;

/// <summary>
/// Reads a PDF (PdfPig): each page's letters, ruling lines and images become a <see cref="PageContent"/>
/// (<see cref="PdfPageExtractor"/>), which the format-neutral layout engine (<c>Layout/</c>) turns into tables and
/// paragraphs: per page, tables are rebuilt from ruling lines or, without them, from text alignment; the remaining
/// glyphs become lines and paragraphs; a table continued on the next page is joined into one grid. What cannot be read is said, never guessed: encrypted (RP0104), corrupt or truncated
/// (RP0102), a page that is only an image (RP0105), a text layer that decodes to garbage (RP0107).
/// </summary>
internal sealed class PdfDocumentReader : IDocumentReader
{
    /// <summary>A page with fewer glyphs than this and a large image is a scan.</summary>
    public const int ScanMaxGlyphs = 10;

    /// <summary>An image covering at least this share of the page makes a text-less page a scan.</summary>
    public const double ScanImageCoverage = 0.25;

    /// <summary>A text-less page with at least this many curved filled shapes is text drawn as outlines (RP0127).</summary>
    public const int OutlineMinShapes = 20;

    public SourceFormat Format => SourceFormat.Pdf;

    public SourceDocument Read(byte[] content, ReadContext context)
    {
        PdfDocument document;
        try
        {
            document = Open(content);
            var guarded = PdfFontPrograms.HideTruncated(content, document, context.CancellationToken, out var truncated);
            if (!ReferenceEquals(guarded, content))
            {
                // Reopened without the truncated font programs, before PdfPig reads any page (and so any font).
                document.Dispose();
                document = Open(guarded);
                content = guarded;
                foreach (var font in truncated)
                {
                    context.Diagnostics.Add(Descriptors.FontProgramTruncated, context.FileLocation, font.Object, font.Length, font.Declared);
                }
            }
        }
        catch (Exception ex) when (ex is not OutOfMemoryException and not OperationCanceledException)
        {
            return Failed(ex, context);
        }

        using (document)
        {
            return Read(document, content, context);
        }
    }

    private static PdfDocument Open(byte[] content) =>
        PdfDocument.Open(content, new ParsingOptions { UseLenientParsing = true, ClipPaths = false, SkipMissingFonts = true });

    /// <summary>A file PdfPig cannot open or page through: encrypted (RP0104) or corrupt (RP0102).</summary>
    private static SourceDocument Failed(Exception ex, ReadContext context)
    {
        if (ex is PdfDocumentEncryptedException)
        {
            context.Diagnostics.Add(Descriptors.FileEncrypted, context.FileLocation, ex.Message);
        }
        else
        {
            context.Diagnostics.Add(Descriptors.FileCorrupt, context.FileLocation, "PDF", Reason(ex));
        }

        return Unreadable(context);
    }

    private static SourceDocument Read(PdfDocument document, byte[] content, ReadContext context)
    {
        int pageCount;
        string? title;
        try
        {
            pageCount = document.NumberOfPages;
            title = document.Information?.Title;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException and not OperationCanceledException)
        {
            return Failed(ex, context);
        }

        var readable = ReadablePages(document, pageCount, context);
        var pages = ExtractPages(document, readable, context, out var unreadable);
        if (unreadable is not null)
        {
            return unreadable;
        }

        var layout = new LayoutContext(context.Source, context.Diagnostics, context.Options.MaxTableGridPositions, context.CancellationToken);
        var layouts = Analyze(pages, content, context, layout, out var usable);
        if (usable == 0)
        {
            context.Diagnostics.Add(Descriptors.NothingReadable, context.FileLocation, pageCount, Describe(pages, pageCount));
        }

        var blocks = FixedLayoutDocument.Assemble(layouts, layout);
        return new SourceDocument
        {
            Source = context.Source,
            Format = SourceFormat.Pdf,
            Title = string.IsNullOrWhiteSpace(title) ? null : title!.Trim(),
            PageCount = pageCount,
            Blocks = blocks.ToImmutableArray(),
            Diagnostics = context.Diagnostics.ToSortedArray(),
            IsUnreadable = usable == 0,
        };
    }

    /// <summary>
    /// How many pages can be handed to PdfPig: all of them, unless a reference cycle (RP0125) would send it into
    /// unbounded recursion at some page, which then ends the document before that page.
    /// </summary>
    private static int ReadablePages(PdfDocument document, int pageCount, ReadContext context)
    {
        PdfCycle? cycle;
        try
        {
            cycle = PdfReferenceCycles.Find(document, context.CancellationToken);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException and not OperationCanceledException)
        {
            // The walk only reads; what it cannot read PdfPig will report (RP0102) when it reads the page.
            return pageCount;
        }

        if (cycle is null)
        {
            return pageCount;
        }

        var page = Math.Max(1, cycle.Page);
        context.Diagnostics.Add(Descriptors.ReferenceCycle, context.At(page: page), page, cycle.Where, cycle.Chain);
        return Math.Min(pageCount, page - 1);
    }

    /// <summary>What the pages hold when none has text, for RP0126: "no pages", or counts such as "1 blank, 2 outlines".</summary>
    private static string Describe(List<PageContent> pages, int pageCount)
    {
        if (pageCount == 0)
        {
            return "no pages";
        }

        var kinds = new List<string>();
        var blank = pages.Count(p => p.Glyphs.Count == 0 && p.Images.Count == 0 && p.FilledShapes == 0 && p.UndecodableCount == 0);
        var outlines = pages.Count(IsOutlines);
        var images = pages.Count(p => p.Glyphs.Count < ScanMaxGlyphs && p.LargestImageCoverage >= ScanImageCoverage);
        var unread = pageCount - pages.Count;
        Add(blank, "blank");
        Add(outlines, "text as outlines");
        Add(images, "images");
        Add(pages.Count - blank - outlines - images, "garbled text");
        Add(unread, "not read");
        return string.Join(", ", kinds);

        void Add(int count, string what)
        {
            if (count > 0)
            {
                kinds.Add(count + " " + what);
            }
        }
    }

    /// <summary>A page without text whose drawing has at least <see cref="OutlineMinShapes"/> curved filled shapes: text converted to outlines.</summary>
    private static bool IsOutlines(PageContent page) =>
        page.Glyphs.Count < ScanMaxGlyphs && page.FilledShapes >= OutlineMinShapes && page.LargestImageCoverage < ScanImageCoverage;

    /// <summary>
    /// The content of every page, in our own terms. A page that cannot be parsed ends the document there (RP0102, the
    /// pages before it are kept); an encrypted page or a first page that fails makes the document unreadable.
    /// </summary>
    private static List<PageContent> ExtractPages(PdfDocument document, int pageCount, ReadContext context, out SourceDocument? unreadable)
    {
        unreadable = null;
        var pages = new List<PageContent>(pageCount);
        for (var number = 1; number <= pageCount; number++)
        {
            // Checkpoint for the time limit (RP0120): a page is the unit of work.
            context.CancellationToken.ThrowIfCancellationRequested();
            try
            {
                var page = PdfPageExtractor.Extract(document.GetPage(number), number);
                if (page.AbsurdGlyphs > 0)
                {
                    context.Diagnostics.Add(Descriptors.AbsurdGlyphs, context.At(page: number), number, page.AbsurdGlyphs, PdfPageExtractor.MaxGlyphSize);
                }

                if (page.DroppedSegments > 0)
                {
                    context.Diagnostics.Add(
                        Descriptors.LayoutLimitExceeded,
                        context.At(page: number),
                        number,
                        page.DroppedSegments.ToString("N0", CultureInfo.InvariantCulture) + " ruling segments",
                        PdfPageExtractor.MaxRulingSegments.ToString("N0", CultureInfo.InvariantCulture) + " segments");
                }

                pages.Add(page);
            }
            catch (PdfDocumentEncryptedException ex)
            {
                context.Diagnostics.Add(Descriptors.FileEncrypted, context.FileLocation, ex.Message);
                unreadable = Unreadable(context);
                break;
            }
            catch (Exception ex) when (ex is not OutOfMemoryException and not OperationCanceledException)
            {
                // A truncated file loses its last pages: say which, keep what was read.
                context.Diagnostics.Add(Descriptors.FileCorrupt, context.At(page: number), "PDF", "page " + number + ": " + Reason(ex));
                if (pages.Count == 0)
                {
                    unreadable = Unreadable(context, pageCount);
                }

                break;
            }
        }

        return pages;
    }

    /// <summary>
    /// Lays out every page; a page without a usable text layer (a scan, a garbled text layer) is read by OCR when an
    /// engine is configured and the budget allows (<see cref="OcrBudget"/>), else it stays empty with RP0105 or RP0107.
    /// </summary>
    private static List<PageLayout> Analyze(List<PageContent> pages, byte[] content, ReadContext context, LayoutContext layout, out int usable)
    {
        var garbled = new HashSet<int>(TextLayerQuality.GarbledPages(pages));
        var ocr = new OcrBudget(context);
        var layouts = new List<PageLayout>(pages.Count);
        usable = 0;
        foreach (var page in pages)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            var outlines = IsOutlines(page);
            var scan = outlines || (page.Glyphs.Count < ScanMaxGlyphs && page.LargestImageCoverage >= ScanImageCoverage);
            if ((garbled.Contains(page.Number) || scan) && ocr.PdfPage(content, page.Number) is { } recognized)
            {
                layouts.Add(PageLayout.Analyze(recognized, layout));
                usable += recognized.Glyphs.Count > 0 ? 1 : 0;
                continue;
            }

            if (garbled.Contains(page.Number))
            {
                context.Diagnostics.Add(Descriptors.GarbledTextLayer, context.At(page: page.Number), page.Number, page.Glyphs.Count + page.UndecodableCount);
                layouts.Add(PageLayout.Empty(page));
                continue;
            }

            if (outlines)
            {
                context.Diagnostics.Add(Descriptors.TextAsOutlines, context.At(page: page.Number), page.Number, page.FilledShapes);
                layouts.Add(PageLayout.Empty(page));
                continue;
            }

            if (scan)
            {
                context.Diagnostics.Add(Descriptors.NoTextLayer, context.At(page: page.Number), page.Number);
                layouts.Add(PageLayout.Empty(page));
                continue;
            }

            layouts.Add(PageLayout.Analyze(page, layout));
            if (page.Glyphs.Count > 0)
            {
                usable++;
            }
        }

        return layouts;
    }

    private static string Reason(Exception ex) => ex.GetType().Name + ": " + ex.Message;

    private static SourceDocument Unreadable(ReadContext context, int? pageCount = null) => context.Unreadable(SourceFormat.Pdf, pageCount);
}
