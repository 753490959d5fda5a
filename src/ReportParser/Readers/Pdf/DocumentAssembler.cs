using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using ReportParser.Diagnostics;
using ReportParser.Documents;

namespace ReportParser.Readers.Pdf;

/// <summary>
/// Turns the analysed pages into blocks in reading order: lines into paragraphs (a new paragraph at an indented
/// line, after a line that stops short of the right margin, at a change of font size or a wide vertical gap; a
/// paragraph continues across a page break when the page ends mid-paragraph), tables continued on the next page
/// joined (<see cref="TableStitcher"/>), large images kept as <see cref="ImageBlock"/>s.
/// </summary>
internal sealed class DocumentAssembler
{
    /// <summary>A line starting more than this (em) right of the margin is indented: a new paragraph.</summary>
    public const double IndentEm = 1.0;

    /// <summary>A line ending more than this (em) before the right margin ends its paragraph.</summary>
    public const double ShortLineEm = 1.5;

    /// <summary>A baseline distance above this many times the page's usual line pitch is a paragraph gap.</summary>
    public const double ParagraphGapFactor = 1.45;

    /// <summary>Lines further apart than this (em) are never one paragraph, even on a page of one-line paragraphs.</summary>
    public const double MaxLinePitchEm = 2.1;

    private readonly ReadContext _context;
    private readonly List<Block> _blocks = [];
    private readonly double _bodySize;
    private readonly List<GlyphLine> _paragraph = [];
    private int _paragraphPage;
    private readonly HashSet<int> _ocrPages = [];
    private Margins _paragraphMargins;
    private DraftTable? _openTable;
    private bool _lastWasTable;

    public DocumentAssembler(ReadContext context, double bodySize)
    {
        _context = context;
        _bodySize = bodySize;
    }

    /// <summary>The most common glyph size of the running text (tenths of a point).</summary>
    public static double BodySize(IEnumerable<PageLayout> pages)
    {
        var counts = new Dictionary<int, int>();
        foreach (var page in pages)
        {
            foreach (var item in page.Items)
            {
                if (item.Line is null)
                {
                    continue;
                }

                foreach (var glyph in item.Line.Glyphs)
                {
                    var key = (int)Math.Round(glyph.Size * 10);
                    counts[key] = counts.TryGetValue(key, out var n) ? n + 1 : 1;
                }
            }
        }

        return counts.Count == 0 ? 12 : counts.OrderByDescending(p => p.Value).ThenBy(p => p.Key).First().Key / 10.0;
    }

    public void AddPage(PageLayout page, IEnumerable<PdfBox> contentImages)
    {
        if (page.Page.Method == ReadingMethod.Ocr)
        {
            _ocrPages.Add(page.Page.Number);
        }

        var margins = Margins.Of(page, _bodySize);
        var pitch = UsualPitch(page);
        var items = page.Items;
        var images = contentImages.OrderByDescending(i => i.Top).ToList();
        GlyphLine? previous = null;
        for (var k = 0; k < items.Count; k++)
        {
            var item = items[k];
            while (images.Count > 0 && images[0].Top >= item.Top)
            {
                FlushParagraph();
                EmitImage(page.Page.Number);
                images.RemoveAt(0);
                previous = null;
            }

            if (item.Table is { } table)
            {
                FlushParagraph();
                if (k == 0 && _openTable is not null && _lastWasTable && TableStitcher.CanJoin(_openTable, table))
                {
                    TableStitcher.Join(_openTable, table);
                }
                else
                {
                    FlushTable();
                    _openTable = table;
                }

                _lastWasTable = true;
                previous = null;
                continue;
            }

            var line = item.Line!;
            if (previous is null && k == 0 && _paragraph.Count > 0 && !_lastWasTable && ContinuesAcrossPages(_paragraph[_paragraph.Count - 1], _paragraphMargins, line, margins))
            {
                _paragraph.Add(line);
            }
            else if (previous is not null && Continues(previous, line, margins, pitch))
            {
                _paragraph.Add(line);
            }
            else
            {
                FlushParagraph();
                FlushTable();
                _paragraph.Add(line);
                _paragraphPage = page.Page.Number;
            }

            _paragraphMargins = margins;
            _lastWasTable = false;
            previous = line;
        }

        foreach (var _ in images)
        {
            FlushParagraph();
            FlushTable();
            EmitImage(page.Page.Number);
        }
    }

    public List<Block> Finish()
    {
        FlushParagraph();
        FlushTable();
        return _blocks;
    }

    private void EmitImage(int page)
    {
        FlushTable();
        _lastWasTable = false;
        _blocks.Add(new ImageBlock(null, null, new BlockProvenance { Page = page }));
    }

    private void FlushParagraph()
    {
        if (_paragraph.Count == 0)
        {
            return;
        }

        FlushTable();
        var builder = new StringBuilder();
        foreach (var line in _paragraph)
        {
            var text = line.Text;
            if (builder.Length > 0 && text.Length > 0 && !GlyphText.IsCjk(builder[builder.Length - 1]) && !GlyphText.IsCjk(text[0]))
            {
                builder.Append(' ');
            }

            builder.Append(text);
        }

        var size = _paragraph.Max(l => l.Size);
        var level = size >= 1.25 * _bodySize ? 1 : 0;
        _blocks.Add(new ParagraphBlock(builder.ToString(), level, new BlockProvenance { Page = _paragraphPage, Method = _ocrPages.Contains(_paragraphPage) ? ReadingMethod.Ocr : null }));
        _paragraph.Clear();
    }

    private void FlushTable()
    {
        if (_openTable is null)
        {
            return;
        }

        var table = _openTable;
        _openTable = null;
        var block = TableStitcher.ToBlock(table, _context.Options.MaxTableGridPositions, out var positions, out var after);
        if (block is null)
        {
            _context.Diagnostics.Add(
                Descriptors.ResourceLimitExceeded,
                _context.At(page: table.FirstPage),
                "table grid of " + positions.ToString(CultureInfo.InvariantCulture) + " positions",
                _context.Options.MaxTableGridPositions.ToString(CultureInfo.InvariantCulture) + " positions");
            return;
        }

        _blocks.Add(block);
        if (!string.IsNullOrEmpty(after))
        {
            _blocks.Add(new ParagraphBlock(after!.Replace("\n", string.Empty), new BlockProvenance { Page = table.LastPage }));
        }
    }

    private bool Continues(GlyphLine a, GlyphLine b, Margins margins, double pitch)
    {
        var em = Math.Max(a.Size, b.Size);
        if (Math.Abs(a.Size - b.Size) > 0.15 * em)
        {
            return false;
        }

        var distance = a.Baseline - b.Baseline;
        if (distance <= 0.5 * em || distance > Math.Max(ParagraphGapFactor * pitch, 1.2 * em) || distance > MaxLinePitchEm * em)
        {
            return false;
        }

        var aShort = a.Right < margins.Right - (ShortLineEm * em);
        var bIndented = b.Left > margins.Left + (IndentEm * em);
        if (!aShort && !bIndented)
        {
            return true;
        }

        // A title set in centred lines (淮安市人民政府 / 2024年政府信息公开工作年度报告), or a full line and a centred
        // rest (…年度报 / 告), is one paragraph: larger than the body text, one size, the lines centred on each other.
        return em >= 1.1 * _bodySize && Math.Abs(a.Size - b.Size) <= 0.05 * em && Math.Abs(a.CenterX - b.CenterX) <= 2 * em
            && (margins.IsCentred(b, em) || b.Left > a.Left + em);
    }

    private static bool ContinuesAcrossPages(GlyphLine a, Margins aMargins, GlyphLine b, Margins bMargins)
    {
        var em = Math.Max(a.Size, b.Size);
        return Math.Abs(a.Size - b.Size) <= 0.15 * em
            && a.Right >= aMargins.Right - (ShortLineEm * em)
            && b.Left <= bMargins.Left + (IndentEm * em);
    }

    private static double UsualPitch(PageLayout page)
    {
        var distances = new List<double>();
        GlyphLine? previous = null;
        foreach (var item in page.Items)
        {
            if (item.Line is { } line)
            {
                if (previous is not null && Math.Abs(previous.Size - line.Size) < 0.15 * line.Size)
                {
                    var d = previous.Baseline - line.Baseline;
                    if (d > 0.5 * line.Size && d < 4 * line.Size)
                    {
                        distances.Add(d);
                    }
                }

                previous = line;
            }
            else
            {
                previous = null;
            }
        }

        if (distances.Count == 0)
        {
            return double.MaxValue;
        }

        // Lines wrapped inside a paragraph are the closest pairs; paragraph gaps are wider.
        distances.Sort();
        return distances[distances.Count / 5];
    }

    /// <summary>The left edge (a low percentile, robust to a stray outdented line) and right edge (the widest line) of the page's body-size text.</summary>
    private readonly record struct Margins(double Left, double Right)
    {
        public static Margins Of(PageLayout page, double bodySize)
        {
            var lines = page.Items.Where(i => i.Line is not null).Select(i => i.Line!).ToList();
            var body = lines.Where(l => Math.Abs(l.Size - bodySize) <= 0.15 * bodySize).ToList();
            if (body.Count < 3)
            {
                body = lines;
            }

            if (body.Count == 0)
            {
                return new Margins(0, page.Page.Width);
            }

            var lefts = body.Select(l => l.Left).OrderBy(x => x).ToList();
            return new Margins(lefts[lefts.Count / 10], body.Max(l => l.Right));
        }

        public bool IsCentred(GlyphLine line, double em) =>
            Math.Abs((line.Left - Left) - (Right - line.Right)) <= 2 * em && line.Left > Left + em && line.Right < Right - em;
    }
}
