using System;
using System.Buffers.Binary;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using ReportParser.Diagnostics;
using ReportParser.Documents;
using ReportParser.Readers.Docx;
using ReportParser.Texts;

namespace ReportParser.Readers.Doc;

/// <summary>
/// Turns the paragraphs of a <c>.doc</c> story into blocks the way <see cref="DocxBodyWalker"/> turns a DOCX body into
/// blocks: paragraphs with their heading level, tables as grids (a table holding another table, or a one-column box
/// of one or two rows, is layout and its cells are read as blocks), text boxes after the paragraph that anchors them,
/// pictures as images. Paths mirror the DOCX reader's (<c>body/p[3]</c>, <c>body/tbl[1]/tr[2]/tc[4]</c>), counted the same way.
/// </summary>
internal sealed class DocBodyWalker
{
    /// <summary>Pictures smaller than 48 px (at 96 dpi: 720 twips) in either direction are decoration, as in the DOCX reader.</summary>
    private const int MinImageTwips = 720;

    /// <summary>All the tables of one document together may hold this many times the per-table limit (as in the DOCX reader).</summary>
    private const int DocumentGridFactor = 10;

    private readonly ReadContext _context;
    private readonly WordBinaryDocument _document;
    private readonly StoryReader _stories;
    private readonly TextBoxStories _textBoxes;
    private long _gridPositions;

    public DocBodyWalker(ReadContext context, WordBinaryDocument document, StoryReader stories, TextBoxStories textBoxes)
    {
        _context = context;
        _document = document;
        _stories = stories;
        _textBoxes = textBoxes;
    }

    public List<Block> Blocks { get; } = [];

    /// <summary>Emits paragraphs [<paramref name="from"/>, <paramref name="to"/>) of a container at table depth <paramref name="level"/>.</summary>
    public void WalkBlocks(IReadOnlyList<WordParagraph> paragraphs, int from, int to, int level, string path)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var i = from;
        while (i < to)
        {
            // Checkpoint for the time limit (RP0120), once per block.
            _context.CancellationToken.ThrowIfCancellationRequested();
            if (paragraphs[i].Depth > level)
            {
                var end = i + 1;
                while (end < to && paragraphs[end].Depth > level)
                {
                    end++;
                }

                EmitTable(paragraphs, i, end, level + 1, path + "/" + Step(counts, "tbl"));
                i = end;
                continue;
            }

            EmitParagraph(paragraphs[i], path + "/" + Step(counts, "p"));
            i++;
        }
    }

    private void EmitParagraph(WordParagraph paragraph, string path)
    {
        var text = ParagraphText(paragraph);
        if (text.Length > 0)
        {
            Blocks.Add(new ParagraphBlock(text, HeadingLevel(paragraph.Properties), new BlockProvenance { Path = path }));
        }

        if (paragraph.Anchors is null)
        {
            return;
        }

        var boxes = 0;
        foreach (var anchor in paragraph.Anchors)
        {
            if (anchor.IsPicture)
            {
                if (IsLargePicture(anchor.PictureLocation))
                {
                    Blocks.Add(new ImageBlock(null, null, new BlockProvenance { Path = path }));
                }

                continue;
            }

            foreach (var (start, end) in _textBoxes.At(anchor.Cp))
            {
                var content = _stories.Read(start, end);
                if (IsEmpty(content))
                {
                    // A shape without text (LibreOffice writes one beside each text box frame) is no box to the reader.
                    continue;
                }

                boxes++;
                WalkBlocks(content, 0, content.Count, 0, path + "/txbxContent[" + boxes.ToString(CultureInfo.InvariantCulture) + "]");
            }
        }
    }

    private static bool IsEmpty(List<WordParagraph> paragraphs) => paragraphs.TrueForAll(p => p.Text.Length == 0 && p.Anchors is null);

    /// <summary>Text boxes whose shape anchor was not found (members of a group): read after the body, so their text is not lost.</summary>
    public void WalkUnanchoredTextBoxes()
    {
        var boxes = 0;
        foreach (var (start, end) in _textBoxes.Unanchored())
        {
            var content = _stories.Read(start, end);
            if (IsEmpty(content))
            {
                continue;
            }

            boxes++;
            WalkBlocks(content, 0, content.Count, 0, "body/txbxContent[" + boxes.ToString(CultureInfo.InvariantCulture) + "]");
        }
    }

    /// <summary>
    /// The paragraph's text with the list number Word shows in front of it (as the DOCX reader: the counters advance
    /// for every numbered paragraph in reading order, an empty numbered paragraph is its number).
    /// </summary>
    private string ParagraphText(WordParagraph paragraph)
    {
        var body = Whitespace.CollapseWhitespace(paragraph.Text, keepLineBreaks: true);
        var properties = paragraph.Properties;
        var (list, level) = properties.ListOverride is { } direct
            ? (direct, properties.ListLevel)
            : _document.Styles.List(properties.Style) is { } fromStyle ? (fromStyle.Override, properties.ListLevel ?? fromStyle.Level) : (0, null);
        if (list == 0 || _document.Lists.Next(list, level, properties.Style) is not { } number)
        {
            return body;
        }

        return body.Length == 0 ? number.TrimEnd() : number + body;
    }

    private int HeadingLevel(ParagraphProperties properties) =>
        properties.OutlineLevel is { } outline ? WordStyles.LevelFromOutline(outline) : _document.Styles.HeadingLevel(properties.Style);

    /// <summary>A picture's size from its PICF in the Data stream (dxaGoal × mx / 1000 and dyaGoal × my / 1000); unknown sizes count as large.</summary>
    private bool IsLargePicture(int location)
    {
        var data = _document.Data;
        if (data is null || location < 0 || location + 36 > data.Length)
        {
            return true;
        }

        var span = data.AsSpan(location);
        long width = BinaryPrimitives.ReadInt16LittleEndian(span.Slice(28, 2)) * (long)BinaryPrimitives.ReadUInt16LittleEndian(span.Slice(32, 2)) / 1000;
        long height = BinaryPrimitives.ReadInt16LittleEndian(span.Slice(30, 2)) * (long)BinaryPrimitives.ReadUInt16LittleEndian(span.Slice(34, 2)) / 1000;
        return width >= MinImageTwips && height >= MinImageTwips;
    }

    // ---- tables ----

    private void EmitTable(IReadOnlyList<WordParagraph> paragraphs, int from, int to, int level, string path)
    {
        var rows = CollectRows(paragraphs, from, to, level, path);
        if (rows.Count == 0)
        {
            return;
        }

        var layout = DocTableLayout.Lay(rows.ConvertAll(r => r.Row));
        var width = DocxTableGrid.Width(layout.Rows.ConvertAll(r => r.Row));
        if ((width == 1 && rows.Count <= 2) || rows.Exists(r => r.Cells.Exists(c => HoldsTable(paragraphs, c, level))))
        {
            // Layout: read each cell's content as blocks.
            foreach (var row in rows)
            {
                for (var c = 0; c < row.Cells.Count; c++)
                {
                    WalkBlocks(paragraphs, row.Cells[c].From, row.Cells[c].To, level, row.Row.CellPaths[c]);
                }
            }

            return;
        }

        string TextOf(int r, int c)
        {
            var lines = new StringBuilder();
            foreach (var source in layout.Rows[r].Sources[c])
            {
                AppendCellLines(paragraphs, rows[r].Cells[source], lines);
            }

            return JoinLines(lines.ToString());
        }

        var result = DocxTableGrid.Build(layout.Rows.ConvertAll(r => r.Row), layout.Widths, _context.Options.MaxTableGridPositions, TextOf, path);
        AddTable(result, path);
    }

    /// <summary>Rows end at the row-end marks of this level, cells at its cell marks; a trailing row without its mark keeps its cells.</summary>
    private static List<CollectedRow> CollectRows(IReadOnlyList<WordParagraph> paragraphs, int from, int to, int level, string path)
    {
        var rows = new List<CollectedRow>();
        var cells = new List<CellRange>();
        var cellStart = from;
        for (var i = from; i < to; i++)
        {
            var paragraph = paragraphs[i];
            if (paragraph.EndsRow(level))
            {
                if (cellStart < i)
                {
                    cells.Add(new CellRange(cellStart, i));
                }

                rows.Add(Row(RowDefinition.From(paragraph.Properties.TableSprms), cells, path, rows.Count));
                cells = [];
                cellStart = i + 1;
            }
            else if (paragraph.EndsCell(level))
            {
                cells.Add(new CellRange(cellStart, i + 1));
                cellStart = i + 1;
            }
        }

        if (cellStart < to)
        {
            cells.Add(new CellRange(cellStart, to));
        }

        if (cells.Count > 0)
        {
            rows.Add(Row(null, cells, path, rows.Count));
        }

        return rows;
    }

    private static CollectedRow Row(RowDefinition? definition, List<CellRange> cells, string tablePath, int index)
    {
        var rowPath = tablePath + "/tr[" + (index + 1).ToString(CultureInfo.InvariantCulture) + "]";
        var paths = new List<string>(cells.Count);
        for (var c = 0; c < cells.Count; c++)
        {
            paths.Add(rowPath + "/tc[" + (c + 1).ToString(CultureInfo.InvariantCulture) + "]");
        }

        return new CollectedRow(new DocTableRow(definition, paths), cells);
    }

    private static bool HoldsTable(IReadOnlyList<WordParagraph> paragraphs, CellRange cell, int level)
    {
        for (var i = cell.From; i < cell.To; i++)
        {
            if (paragraphs[i].Depth > level)
            {
                return true;
            }
        }

        return false;
    }

    private void AddTable(DocxTableGrid.BuildResult result, string path)
    {
        if (result.LimitExceeded is { } positions)
        {
            _context.Diagnostics.Add(
                Descriptors.ResourceLimitExceeded,
                _context.At(path: path),
                "table grid of " + positions.ToString(CultureInfo.InvariantCulture) + " positions",
                _context.Options.MaxTableGridPositions.ToString(CultureInfo.InvariantCulture) + " positions");
            return;
        }

        if (result.Table is not { } block)
        {
            return;
        }

        var budget = (long)_context.Options.MaxTableGridPositions * DocumentGridFactor;
        var total = _gridPositions + ((long)block.RowCount * block.ColumnCount);
        if (total > budget)
        {
            _context.Diagnostics.Add(
                Descriptors.ResourceLimitExceeded,
                _context.At(path: path),
                "table grids of " + total.ToString(CultureInfo.InvariantCulture) + " positions in one document",
                budget.ToString(CultureInfo.InvariantCulture) + " positions");
            return;
        }

        _gridPositions = total;
        Blocks.Add(block);
    }

    /// <summary>The lines of a cell: one per paragraph (and per line break), then its text boxes' lines.</summary>
    private void AppendCellLines(IReadOnlyList<WordParagraph> paragraphs, CellRange cell, StringBuilder lines)
    {
        for (var i = cell.From; i < cell.To; i++)
        {
            _context.CancellationToken.ThrowIfCancellationRequested();
            var paragraph = paragraphs[i];
            lines.Append(ParagraphText(paragraph)).Append('\n');
            foreach (var anchor in paragraph.Anchors ?? [])
            {
                foreach (var (start, end) in anchor.IsPicture ? [] : _textBoxes.At(anchor.Cp))
                {
                    var content = _stories.Read(start, end);
                    AppendCellLines(content, new CellRange(0, content.Count), lines);
                }
            }
        }
    }

    private static string JoinLines(string text)
    {
        var result = new StringBuilder();
        foreach (var line in text.Split('\n'))
        {
            var clean = Whitespace.CollapseWhitespace(line, keepLineBreaks: false);
            if (clean.Length > 0)
            {
                if (result.Length > 0)
                {
                    result.Append('\n');
                }

                result.Append(clean);
            }
        }

        return result.ToString();
    }

    private static string Step(Dictionary<string, int> counts, string name)
    {
        counts.TryGetValue(name, out var count);
        counts[name] = ++count;
        return name + "[" + count.ToString(CultureInfo.InvariantCulture) + "]";
    }

    /// <summary>Paragraphs [<see cref="From"/>, <see cref="To"/>) of a story.</summary>
    private readonly record struct CellRange(int From, int To);

    private sealed record CollectedRow(DocTableRow Row, List<CellRange> Cells);
}
