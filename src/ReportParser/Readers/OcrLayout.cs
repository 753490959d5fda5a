using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using ReportParser.Diagnostics;
using ReportParser.Documents;
using ReportParser.Imaging;
using ReportParser.Layout;

namespace ReportParser.Readers;

/// <summary>
/// The seam between an <see cref="IOcrEngine"/> and the layout engine: an <see cref="OcrPage"/> becomes the same
/// <see cref="PageContent"/> (glyphs and ruling segments in points) a PDF text layer gives, so lines, paragraphs and
/// table grids come from one layout engine. Glyphs carry the engine's confidence; a glyph the engine doubts is given a
/// confidence below <see cref="DoubtfulBelow"/>, so its cell is <see cref="CellReading.Doubtful"/>; the page is
/// <see cref="ReadingMethod.Ocr"/>.
/// </summary>
internal static class OcrLayout
{
    /// <summary>An OCR cell whose lowest glyph confidence is below this is doubtful.</summary>
    public const double DoubtfulBelow = 0.9;

    public static PageContent ToPageContent(OcrPage page, int number)
    {
        var glyphs = new List<Glyph>(page.Texts.Length);
        foreach (var text in page.Texts)
        {
            if (string.IsNullOrWhiteSpace(text.Text) || !(text.Size > 0) || double.IsNaN(text.Left) || double.IsNaN(text.Baseline))
            {
                continue;
            }

            var confidence = Math.Max(0, Math.Min(1, text.Confidence));
            if (text.Doubtful)
            {
                confidence = Math.Min(confidence, Math.Round(DoubtfulBelow - 0.01, 2));
            }

            glyphs.Add(new Glyph(CjkCharacters.Canonical(text.Text), text.Left, Math.Max(text.Right, text.Left + 0.1), text.Baseline, text.Size, Confidence: confidence));
        }

        var segments = page.Rulings.Select(r => RulingSegment.Create(r.Horizontal, r.Position, r.Start, r.End)).ToList();
        return new PageContent(number, page.Width, page.Height, glyphs, segments, []) { Method = ReadingMethod.Ocr, DoubtfulBelow = DoubtfulBelow };
    }
}

/// <summary>
/// One document's use of the OCR engine: at most <see cref="ReportCheckerOptions.OcrPageLimit"/> pages or images and
/// <see cref="ReportCheckerOptions.OcrTimeLimit"/> in total; every page read says so (RP0113), every failure too (RP0114).
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

    /// <summary>Recognises page <paramref name="number"/> of a PDF; null when OCR is off, out of budget, or failed (RP0114).</summary>
    public PageContent? PdfPage(byte[] pdf, int number) =>
        Run("page " + number.ToString(CultureInfo.InvariantCulture), number, engine => engine.RecognizePdfPage(pdf, number, _context.CancellationToken));

    /// <summary>Recognises an image; null when OCR is off, out of budget, or failed (RP0114).</summary>
    public PageContent? Image(byte[] image, string what, int number) =>
        Run(what, number, engine => engine.RecognizeImage(image, _context.CancellationToken));

    private PageContent? Run(string what, int number, Func<IOcrEngine, OcrPage> recognize)
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
