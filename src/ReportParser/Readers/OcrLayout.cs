using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using ReportParser.Diagnostics;
using ReportParser.Documents;
using ReportParser.Imaging;
using ReportParser.Readers.Pdf;

namespace ReportParser.Readers;

/// <summary>What OCR said about one glyph: its confidence and whether the engine doubts it.</summary>
internal sealed record OcrMark(double Confidence, bool Doubtful, string? Note);

/// <summary>
/// The seam between an <see cref="IOcrEngine"/> and the layout code: an <see cref="OcrPage"/> becomes the same
/// <see cref="PdfPageContent"/> (glyphs and ruling segments in points) a PDF text layer gives, so lines, paragraphs
/// and table grids come from one layout engine; a grid cell built from OCR glyphs carries
/// <see cref="ReadingMethod.Ocr"/>, the lowest confidence of its glyphs, and <see cref="CellReading.Doubtful"/> when
/// any of them is doubtful.
/// </summary>
internal static class OcrLayout
{
    public static PdfPageContent ToPageContent(OcrPage page, int number)
    {
        var glyphs = new List<PdfGlyph>(page.Texts.Length);
        foreach (var text in page.Texts)
        {
            if (string.IsNullOrWhiteSpace(text.Text) || !(text.Size > 0) || double.IsNaN(text.Left) || double.IsNaN(text.Baseline))
            {
                continue;
            }

            var mark = new OcrMark(text.Confidence, text.Doubtful, text.Note);
            glyphs.Add(new PdfGlyph(GlyphText.Canonical(text.Text), text.Left, Math.Max(text.Right, text.Left + 0.1), text.Baseline, text.Size, Ocr: mark));
        }

        var segments = page.Rulings.Select(r => RulingSegment.Create(r.Horizontal, r.Position, r.Start, r.End)).ToList();
        return new PdfPageContent(number, page.Width, page.Height, glyphs, segments, []) { Method = ReadingMethod.Ocr };
    }

    /// <summary>Adds the OCR reading state to a grid cell built from <paramref name="cell"/>; text-layer cells are returned unchanged.</summary>
    public static GridCell Mark(DraftTable table, DraftCell cell, GridCell grid)
    {
        OcrMark? weakest = null;
        OcrMark? doubtful = null;
        foreach (var glyph in cell.Glyphs)
        {
            if (glyph.Ocr is not { } mark)
            {
                continue;
            }

            if (weakest is null || mark.Confidence < weakest.Confidence)
            {
                weakest = mark;
            }

            if (mark.Doubtful && (doubtful is null || mark.Confidence < doubtful.Confidence))
            {
                doubtful = mark;
            }
        }

        if (!table.Ocr && weakest is null)
        {
            return grid;
        }

        return grid with
        {
            Provenance = grid.Provenance with { Method = ReadingMethod.Ocr },
            Confidence = weakest is null ? null : Math.Round(weakest.Confidence, 3),
            Reading = doubtful is null ? CellReading.Certain : CellReading.Doubtful,
            ReadingNote = doubtful?.Note ?? (doubtful is null ? null : "low OCR confidence " + doubtful.Confidence.ToString("0.00", CultureInfo.InvariantCulture)),
        };
    }
}

/// <summary>
/// One document's use of the OCR engine: at most <see cref="ReportCheckerOptions.OcrPageLimit"/> pages or images and
/// <see cref="ReportCheckerOptions.OcrTimeLimit"/> in total; every page read says so (RP0112), every failure too (RP0113).
/// </summary>
internal sealed class OcrBudget
{
    private readonly ReadContext _context;
    private readonly Stopwatch _elapsed = new();
    private int _used;

    public OcrBudget(ReadContext context)
    {
        _context = context;
    }

    /// <summary>True when an engine is configured (OCR is on).</summary>
    public bool Enabled => _context.Options.Ocr is not null;

    /// <summary>True while the page and time limits leave room for one more page.</summary>
    public bool HasRoom =>
        Enabled && _used < _context.Options.OcrPageLimit
        && (_context.Options.OcrTimeLimit is not { } limit || _elapsed.Elapsed < limit);

    /// <summary>Recognises page <paramref name="number"/> of a PDF; null when OCR is off, out of budget, or failed (RP0113).</summary>
    public PdfPageContent? PdfPage(byte[] pdf, int number) =>
        Run("page " + number.ToString(CultureInfo.InvariantCulture), number, engine => engine.RecognizePdfPage(pdf, number, _context.CancellationToken));

    /// <summary>Recognises an image; null when OCR is off, out of budget, or failed (RP0113).</summary>
    public PdfPageContent? Image(byte[] image, string what, int number) =>
        Run(what, number, engine => engine.RecognizeImage(image, _context.CancellationToken));

    private PdfPageContent? Run(string what, int number, Func<IOcrEngine, OcrPage> recognize)
    {
        if (!HasRoom)
        {
            return null;
        }

        _used++;
        OcrPage page;
        _elapsed.Start();
        try
        {
            page = recognize(_context.Options.Ocr!);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException and not OperationCanceledException)
        {
            _context.Diagnostics.Add(Descriptors.OcrFailed, _context.At(page: number > 0 && what.StartsWith("page", StringComparison.Ordinal) ? number : null), what, ex.Message);
            return null;
        }
        finally
        {
            _elapsed.Stop();
        }

        var content = OcrLayout.ToPageContent(page, number);
        var doubtful = page.Texts.Count(t => t.Doubtful);
        _context.Diagnostics.Add(Descriptors.ReadByOcr, _context.At(page: what.StartsWith("page", StringComparison.Ordinal) ? number : null), what, page.Texts.Length, doubtful);
        return content;
    }
}
