using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using ReportParser.Diagnostics;
using ReportParser.Documents;

namespace ReportParser.Layout;

/// <summary>
/// Turns the analysed pages into blocks in reading order: lines into paragraphs (a new paragraph at an indented
/// line, after a line that stops short of the right margin, at a change of font size or a wide vertical gap; a
/// paragraph continues across a page break when the page ends mid-paragraph), tables continued on the next page
/// joined (<see cref="TableStitcher"/>), large images kept as <see cref="ImageBlock"/>s.
/// </summary>
internal sealed class DocumentAssembler
{
    private readonly LayoutContext _context;
    private readonly List<Block> _blocks = [];
    private readonly double _bodySize;
    private readonly List<GlyphLine> _paragraph = [];
    private int _paragraphPage;
    private ReadingMethod? _paragraphMethod;
    private Margins _paragraphMargins;
    private DraftTable? _openTable;
    private bool _lastWasTable;
    private (double Width, Margins Margins)? _lastTrustedMargins;

    public DocumentAssembler(LayoutContext context, double bodySize)
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

        return counts.Count == 0 ? LayoutTolerances.FallbackBodySize : counts.OrderByDescending(p => p.Value).ThenBy(p => p.Key).First().Key / 10.0;
    }

    public void AddPage(PageLayout page, IEnumerable<Box> contentImages)
    {
        var margins = PageMargins(page);
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
                _paragraphMethod = page.Page.Method;
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

    /// <summary>
    /// The page's margins, unless the page does not show them: with too few body lines
    /// (<see cref="LayoutTolerances.MinBodyLinesForOwnMargins"/>), or when every line of running text on it is indented —
    /// one-line paragraphs above a table, each with its first-line indent, so a heading below them looks like their next
    /// line — its left edge lies an indent right of the last trusted page's while its lines end short of that page's
    /// right margin (a page shifted as a whole, as with mirrored margins, moves both edges). Then the margins are those
    /// of the last trusted page of the same width.
    /// </summary>
    private Margins PageMargins(PageLayout page)
    {
        var own = Margins.Of(page, _bodySize, out var bodyLines);
        var trusted = _lastTrustedMargins is { } last && Math.Abs(last.Width - page.Page.Width) <= LayoutTolerances.SamePageWidth ? last.Margins : (Margins?)null;
        var indent = LayoutTolerances.IndentEm * _bodySize;
        if (trusted is { } t && (bodyLines < LayoutTolerances.MinBodyLinesForOwnMargins || (own.Left > t.Left + indent && own.Right < t.Right + indent)))
        {
            return t;
        }

        if (bodyLines >= LayoutTolerances.MinBodyLinesForOwnMargins)
        {
            _lastTrustedMargins = (page.Page.Width, own);
        }

        return own;
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
            if (builder.Length > 0 && text.Length > 0 && !CjkCharacters.IsCjk(builder[builder.Length - 1]) && !CjkCharacters.IsCjk(text[0]))
            {
                builder.Append(' ');
            }

            builder.Append(text);
        }

        var size = _paragraph.Max(l => l.Size);
        var level = size >= LayoutTolerances.HeadingSizeFactor * _bodySize ? 1 : 0;
        _blocks.Add(new ParagraphBlock(builder.ToString(), level, new BlockProvenance { Page = _paragraphPage, Method = _paragraphMethod }));
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
        var block = TableBlockBuilder.ToBlock(table, _context.MaxTableGridPositions, out var positions, out var after);
        if (block is null)
        {
            _context.Diagnostics.Add(
                Descriptors.ResourceLimitExceeded,
                _context.At(table.FirstPage),
                "table grid of " + positions.ToString(CultureInfo.InvariantCulture) + " positions",
                _context.MaxTableGridPositions.ToString(CultureInfo.InvariantCulture) + " positions");
            return;
        }

        _blocks.Add(block);
        if (table.Clipping is { } clipping)
        {
            _context.Diagnostics.Add(Descriptors.TableCutByPageEdge, _context.At(table.FirstPage), table.FirstPage, clipping);
        }

        if (!string.IsNullOrEmpty(after))
        {
            _blocks.Add(new ParagraphBlock(after!.Replace("\n", string.Empty), new BlockProvenance { Page = table.LastPage, Method = table.Method }));
        }
    }

    private bool Continues(GlyphLine a, GlyphLine b, Margins margins, double pitch)
    {
        var em = Math.Max(a.Size, b.Size);
        if (Math.Abs(a.Size - b.Size) > LayoutTolerances.SameSizeShare * em)
        {
            return false;
        }

        var distance = a.Baseline - b.Baseline;
        if (distance <= LayoutTolerances.MinLineDistanceEm * em || distance > Math.Max(LayoutTolerances.ParagraphGapFactor * pitch, LayoutTolerances.MinParagraphGapEm * em) || distance > LayoutTolerances.MaxLinePitchEm * em)
        {
            return false;
        }

        var aShort = a.Right < margins.Right - (LayoutTolerances.ShortLineEm * em);
        var bIndented = b.Left > margins.Left + (LayoutTolerances.IndentEm * em);
        if (!aShort && !bIndented)
        {
            return true;
        }

        // A title set in centred lines (淮安市人民政府 / 2024年政府信息公开工作年度报告), or a full line and a centred
        // rest (…年度报 / 告), is one paragraph: larger than the body text, one size, the lines centred on each other.
        return em >= LayoutTolerances.TitleSizeFactor * _bodySize && Math.Abs(a.Size - b.Size) <= LayoutTolerances.TitleSameSizeShare * em
            && Math.Abs(a.CenterX - b.CenterX) <= LayoutTolerances.CentredEm * em && (margins.IsCentred(b, em) || b.Left > a.Left + em);
    }

    /// <summary>
    /// A paragraph that fills the last line of a page goes on at the margin of the next, unless that line ends a
    /// sentence (<c>。！？</c>): without first-line indents (a web page printed) a new paragraph — a heading — starts at
    /// the margin too, and a paragraph wrongly broken costs nothing while a heading swallowed loses its section.
    /// </summary>
    private static bool ContinuesAcrossPages(GlyphLine a, Margins aMargins, GlyphLine b, Margins bMargins)
    {
        var em = Math.Max(a.Size, b.Size);
        var last = a.Text.TrimEnd();
        return Math.Abs(a.Size - b.Size) <= LayoutTolerances.SameSizeShare * em
            && !(last.Length > 0 && last[last.Length - 1] is '。' or '！' or '？' or '!' or '?')
            && a.Right >= aMargins.Right - (LayoutTolerances.ShortLineEm * em)
            && b.Left <= bMargins.Left + (LayoutTolerances.IndentEm * em);
    }

    private static double UsualPitch(PageLayout page)
    {
        var distances = new List<double>();
        GlyphLine? previous = null;
        foreach (var item in page.Items)
        {
            if (item.Line is { } line)
            {
                if (previous is not null && Math.Abs(previous.Size - line.Size) < LayoutTolerances.SameSizeShare * line.Size)
                {
                    var d = previous.Baseline - line.Baseline;
                    if (d > LayoutTolerances.MinLineDistanceEm * line.Size && d < LayoutTolerances.MaxPitchSampleEm * line.Size)
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
        return distances[distances.Count / LayoutTolerances.PitchQuantile];
    }

    /// <summary>The left edge (a low percentile, robust to a stray outdented line) and right edge (the widest line) of the page's body-size text.</summary>
    private readonly record struct Margins(double Left, double Right)
    {
        public static Margins Of(PageLayout page, double bodySize, out int bodyLines)
        {
            var lines = page.Items.Where(i => i.Line is not null).Select(i => i.Line!).ToList();
            var body = lines.Where(l => Math.Abs(l.Size - bodySize) <= LayoutTolerances.SameSizeShare * bodySize).ToList();
            bodyLines = body.Count;
            if (body.Count < LayoutTolerances.MinBodyLinesForMargins)
            {
                body = lines;
            }

            if (body.Count == 0)
            {
                return new Margins(0, page.Page.Width);
            }

            var lefts = body.Select(l => l.Left).OrderBy(x => x).ToList();
            return new Margins(lefts[lefts.Count / LayoutTolerances.LeftMarginQuantile], body.Max(l => l.Right));
        }

        public bool IsCentred(GlyphLine line, double em) =>
            Math.Abs((line.Left - Left) - (Right - line.Right)) <= LayoutTolerances.CentredEm * em && line.Left > Left + em && line.Right < Right - em;
    }
}
