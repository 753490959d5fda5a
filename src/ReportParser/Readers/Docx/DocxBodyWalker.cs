using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using DocumentFormat.OpenXml;
using ReportParser.Diagnostics;
using ReportParser.Documents;
using ReportParser.Recognition;
using ReportParser.Texts;

namespace ReportParser.Readers.Docx;

/// <summary>
/// Walks the main document body in reading order and emits blocks: paragraphs (with the list number Word shows in
/// front of them), tables as grids, text boxes after the paragraph that anchors them, images, and imported chunks
/// (<see cref="DocxAltChunks"/>). Tracked changes are read as accepted (deleted runs, rows and cells skipped; inserted
/// ones kept), content controls and custom XML are unwrapped, and only the result of a field is read, never its
/// instruction. Headers, footers, footnotes and comments are not part of the body and are never visited.
/// </summary>
internal sealed class DocxBodyWalker
{
    /// <summary>Images smaller than 48 px (at 96 dpi) in either direction are decoration, as in the HTML reader.</summary>
    private const long MinImageEmu = 457_200;

    /// <summary>
    /// All the tables of one document together may hold this many times <see cref="ReportCheckerOptions.MaxTableGridPositions"/>:
    /// a few bytes of spans and merges can describe a large grid, so the per-table bound alone would let a small
    /// file with many tables claim a lot of memory.
    /// </summary>
    private const int DocumentGridFactor = 10;

    private readonly ReadContext _context;
    private readonly DocxStyles _styles;
    private readonly DocxNumbering _numbering;
    private readonly Func<string, string?> _resolveRelationship;
    private readonly Func<string?, string, IReadOnlyList<Block>> _readAltChunk;
    private readonly List<bool> _openFields = [];
    private int _fieldsInInstruction;
    private int _placeholderDepth;
    private long _gridPositions;

    public DocxBodyWalker(
        ReadContext context,
        DocxStyles styles,
        DocxNumbering numbering,
        Func<string, string?> resolveRelationship,
        Func<string?, string, IReadOnlyList<Block>> readAltChunk)
    {
        _context = context;
        _styles = styles;
        _numbering = numbering;
        _resolveRelationship = resolveRelationship;
        _readAltChunk = readAltChunk;
    }

    public List<Block> Blocks { get; } = [];

    /// <summary>Text is read only outside field instructions and outside content-control placeholders.</summary>
    private bool TextVisible => _fieldsInInstruction == 0 && _placeholderDepth == 0;

    /// <summary>Emits the block-level content of a container (<c>w:body</c>, a cell of a layout table, a text box).</summary>
    public void WalkBlocks(OpenXmlElement container, string path)
    {
        var indexer = new WordXml.SiblingIndexer();
        foreach (var child in container.ChildElements)
        {
            // Checkpoint for the time limit (RP0120): once per block is cheap and frequent enough.
            _context.CancellationToken.ThrowIfCancellationRequested();
            if (!WordXml.IsWord(child.NamespaceUri))
            {
                if (ChooseBranch(child) is { } branch)
                {
                    WalkBlocks(branch, path);
                }

                continue;
            }

            switch (child.LocalName)
            {
                case "p":
                    EmitParagraph(child, path + "/" + indexer.Step(child));
                    break;
                case "tbl":
                    EmitTable(child, path + "/" + indexer.Step(child));
                    break;
                case "sdt":
                    WithContent(child, path + "/" + indexer.Step(child), WalkBlocks);
                    break;
                case "customXml":
                    WalkBlocks(child, path + "/" + indexer.Step(child));
                    break;
                case "altChunk":
                    Blocks.AddRange(_readAltChunk(WordXml.AnyAttribute(child, "id", WordXml.Relationships), path + "/" + indexer.Step(child)));
                    break;
            }
        }
    }

    private void EmitParagraph(OpenXmlElement paragraph, string path)
    {
        var content = ReadParagraph(paragraph, path);
        if (content.Text.Length > 0)
        {
            Blocks.Add(new ParagraphBlock(content.Text, content.HeadingLevel, new BlockProvenance { Path = path }));
        }

        foreach (var extra in content.Extras)
        {
            if (extra.TextBox is { } box)
            {
                WalkBlocks(box, extra.Path);
            }
            else if (extra.Image is { } image)
            {
                Blocks.Add(image);
            }
        }
    }

    private ParagraphContent ReadParagraph(OpenXmlElement paragraph, string path)
    {
        var properties = WordXml.Child(paragraph, "pPr");
        var styleId = _styles.Effective(WordXml.Attribute(WordXml.Child(properties, "pStyle")));
        var outline = WordXml.IntValue(WordXml.Child(properties, "outlineLvl"));
        var headingLevel = outline is not null ? DocxStyles.LevelFromOutline(outline) : _styles.HeadingLevel(styleId);

        var text = new StringBuilder();
        var extras = new List<Extra>();
        Inline(paragraph, text, extras, path);
        CloseUnfinishedFields();

        var body = Whitespace.CollapseWhitespace(text.ToString(), keepLineBreaks: true);

        // A paragraph whose mark was deleted and whose text is all deleted is gone, number and all.
        if (body.Length == 0 && WordXml.Child(WordXml.Child(properties, "rPr"), "del") is not null)
        {
            return new ParagraphContent(string.Empty, 0, extras);
        }

        var number = NumberOf(properties, styleId);
        if (number is not null && _placeholderDepth == 0)
        {
            body = body.Length == 0 ? number.TrimEnd() : number + body;
        }

        return new ParagraphContent(body, headingLevel, extras);
    }

    private string? NumberOf(OpenXmlElement? properties, string? styleId)
    {
        var numberingProperties = WordXml.Child(properties, "numPr");
        var numberingId = WordXml.IntValue(WordXml.Child(numberingProperties, "numId"));
        var level = WordXml.IntValue(WordXml.Child(numberingProperties, "ilvl"));
        if (numberingId is null && _styles.Numbering(styleId) is { } fromStyle)
        {
            numberingId = fromStyle.NumberingId;
            level ??= fromStyle.Level;
        }

        return numberingId is { } id ? _numbering.Next(id, level, styleId) : null;
    }

    /// <summary>Run-level content: runs and every wrapper around runs except deletions.</summary>
    private void Inline(OpenXmlElement parent, StringBuilder text, List<Extra> extras, string path)
    {
        foreach (var child in parent.ChildElements)
        {
            if (!WordXml.IsWord(child.NamespaceUri))
            {
                if (ChooseBranch(child) is { } branch)
                {
                    Inline(branch, text, extras, path);
                }
                else if (child.NamespaceUri == WordXml.Math)
                {
                    AppendMath(child, text);
                }

                continue;
            }

            switch (child.LocalName)
            {
                case "r":
                    Run(child, text, extras, path);
                    break;
                case "del" or "moveFrom" or "pPr" or "rPr" or "subDoc" or "rt":
                    // Deleted and moved-away text, properties, and ruby (phonetic) text above the base characters.
                    break;
                case "sdt":
                    WithContent(child, path, (content, p) => Inline(content, text, extras, p));
                    break;
                default:
                    // ins, moveTo, hyperlink, smartTag, customXml, fldSimple, dir, bdo … hold runs; bookmarks and
                    // proofing marks hold nothing.
                    if (child.HasChildren)
                    {
                        Inline(child, text, extras, path);
                    }

                    break;
            }
        }
    }

    private void Run(OpenXmlElement run, StringBuilder text, List<Extra> extras, string path)
    {
        var hidden = WordXml.IsOn(WordXml.Child(WordXml.Child(run, "rPr"), "vanish"));
        RunContent(run, hidden, text, extras, path);
    }

    private void RunContent(OpenXmlElement run, bool hidden, StringBuilder text, List<Extra> extras, string path)
    {
        foreach (var child in run.ChildElements)
        {
            if (!WordXml.IsWord(child.NamespaceUri))
            {
                if (ChooseBranch(child) is { } branch)
                {
                    RunContent(branch, hidden, text, extras, path);
                }

                continue;
            }

            switch (child.LocalName)
            {
                case "t":
                    if (TextVisible && !hidden)
                    {
                        text.Append(child.InnerText);
                    }

                    break;
                case "tab" or "ptab":
                    if (TextVisible && !hidden)
                    {
                        text.Append('\t');
                    }

                    break;
                case "br" or "cr":
                    if (TextVisible && !hidden)
                    {
                        text.Append('\n');
                    }

                    break;
                case "noBreakHyphen":
                    if (TextVisible && !hidden)
                    {
                        text.Append('-');
                    }

                    break;
                case "fldChar":
                    FieldCharacter(WordXml.Attribute(child, "fldCharType"));
                    break;
                case "drawing" or "pict" or "object":
                    if (!hidden)
                    {
                        CollectExtras(child, extras, path, null);
                    }

                    break;
            }
        }
    }

    private void FieldCharacter(string? type)
    {
        switch (type)
        {
            case "begin":
                _openFields.Add(false);
                _fieldsInInstruction++;
                break;
            case "separate":
                if (_openFields.Count > 0 && !_openFields[_openFields.Count - 1])
                {
                    _openFields[_openFields.Count - 1] = true;
                    _fieldsInInstruction--;
                }

                break;
            case "end":
                if (_openFields.Count > 0)
                {
                    if (!_openFields[_openFields.Count - 1])
                    {
                        _fieldsInInstruction--;
                    }

                    _openFields.RemoveAt(_openFields.Count - 1);
                }

                break;
        }
    }

    /// <summary>
    /// A field whose instruction is still open at the end of a paragraph is broken (a result may span paragraphs, an
    /// instruction practically never does): drop it, so it cannot hide the rest of the document.
    /// </summary>
    private void CloseUnfinishedFields()
    {
        if (_fieldsInInstruction > 0)
        {
            _openFields.RemoveAll(inResult => !inResult);
            _fieldsInInstruction = 0;
        }
    }

    /// <summary>Text boxes (<c>w:txbxContent</c>, not looking inside them) and pictures under a drawing or VML shape.</summary>
    private void CollectExtras(OpenXmlElement element, List<Extra> extras, string path, DrawingInfo? drawing)
    {
        if (WordXml.Is(element, "drawing"))
        {
            drawing = DrawingInfo.Of(element);
        }

        foreach (var child in element.ChildElements)
        {
            if (WordXml.Is(child, "txbxContent"))
            {
                var boxes = extras.Count(e => e.TextBox is not null) + 1;
                extras.Add(new Extra(child, null, path + "/txbxContent[" + boxes.ToString(CultureInfo.InvariantCulture) + "]"));
            }
            else if (ChooseBranch(child) is { } branch)
            {
                CollectExtras(branch, extras, path, drawing);
            }
            else if (WordXml.Is(child, "blip", WordXml.DrawingMain))
            {
                var id = WordXml.AnyAttribute(child, "embed", WordXml.Relationships) ?? WordXml.AnyAttribute(child, "link", WordXml.Relationships);
                if (drawing is null || !drawing.IsSmall)
                {
                    AddImage(extras, id, drawing?.AlternativeText, path);
                }
            }
            else if (WordXml.Is(child, "imagedata", WordXml.Vml))
            {
                AddImage(extras, WordXml.AnyAttribute(child, "id", WordXml.Relationships), WordXml.AnyAttribute(child, "title"), path);
            }
            else if (child.HasChildren)
            {
                CollectExtras(child, extras, path, drawing);
            }
        }
    }

    private void AddImage(List<Extra> extras, string? relationshipId, string? alternativeText, string path)
    {
        var source = relationshipId is null ? null : _resolveRelationship(relationshipId);
        var alt = string.IsNullOrWhiteSpace(alternativeText) ? null : alternativeText;
        extras.Add(new Extra(null, new ImageBlock(source, alt, new BlockProvenance { Path = path }), path));
    }

    private static void AppendMath(OpenXmlElement math, StringBuilder text)
    {
        foreach (var element in math.Descendants())
        {
            if (element.LocalName == "t" && element.NamespaceUri == WordXml.Math)
            {
                text.Append(element.InnerText);
            }
        }
    }

    // ---- tables ----

    private void EmitTable(OpenXmlElement table, string path)
    {
        var rows = new List<DocxRow>();
        CollectRows(table, path, rows, placeholder: false);
        if (rows.Count == 0)
        {
            return;
        }

        // A table that holds another table, or a single-column box of one or two rows, is layout: read its content.
        var width = DocxTableGrid.Width(rows);
        if ((width == 1 && rows.Count <= 2) || rows.Exists(r => HasNestedTable(r.Cells)))
        {
            foreach (var row in rows)
            {
                foreach (var cell in row.Cells)
                {
                    WithPlaceholder(cell.Placeholder, () => WalkBlocks(cell.Element, cell.Path));
                }
            }

            return;
        }

        var result = DocxTableGrid.Build(rows, GridWidths(table), _context.Options.MaxTableGridPositions, CellText, path);
        if (result.LimitExceeded is { } positions)
        {
            _context.Diagnostics.Add(
                Descriptors.ResourceLimitExceeded,
                _context.At(path: path),
                "table grid of " + positions.ToString(CultureInfo.InvariantCulture) + " positions",
                _context.Options.MaxTableGridPositions.ToString(CultureInfo.InvariantCulture) + " positions");
            return;
        }

        if (result.Table is { } block)
        {
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
    }

    /// <summary>The <c>w:gridCol</c> widths, or null when any is missing or zero (then no column line is snapped).</summary>
    private static List<int>? GridWidths(OpenXmlElement table)
    {
        var grid = WordXml.Child(table, "tblGrid");
        if (grid is null)
        {
            return null;
        }

        var widths = new List<int>();
        foreach (var column in grid.ChildElements)
        {
            if (WordXml.Is(column, "gridCol"))
            {
                if (WordXml.IntValue(column, "w") is not { } width || width <= 0)
                {
                    return null;
                }

                widths.Add(width);
            }
        }

        return widths;
    }

    private static bool HasNestedTable(IReadOnlyList<DocxCell> cells)
    {
        foreach (var cell in cells)
        {
            if (HoldsTable(cell.Element))
            {
                return true;
            }
        }

        return false;

        static bool HoldsTable(OpenXmlElement container)
        {
            foreach (var child in container.ChildElements)
            {
                if (WordXml.Is(child, "tbl")
                    || ((WordXml.Is(child, "sdt") && WordXml.Child(child, "sdtContent") is { } content && HoldsTable(content))
                    || (WordXml.Is(child, "customXml") && HoldsTable(child))))
                {
                    return true;
                }
            }

            return false;
        }
    }

    private static void CollectRows(OpenXmlElement container, string path, List<DocxRow> rows, bool placeholder)
    {
        var indexer = new WordXml.SiblingIndexer();
        foreach (var child in container.ChildElements)
        {
            if (WordXml.Is(child, "tr"))
            {
                var rowPath = path + "/" + indexer.Step(child);
                var properties = WordXml.Child(child, "trPr");
                if (WordXml.Child(properties, "del") is not null)
                {
                    continue;
                }

                var cells = new List<DocxCell>();
                CollectCells(child, rowPath, cells, placeholder);
                if (cells.Count > 0)
                {
                    rows.Add(new DocxRow(
                        Math.Max(0, WordXml.IntValue(WordXml.Child(properties, "gridBefore")) ?? 0),
                        Math.Max(0, WordXml.IntValue(WordXml.Child(properties, "gridAfter")) ?? 0),
                        cells,
                        rowPath));
                }
            }
            else if (WordXml.Is(child, "sdt"))
            {
                var sdtPath = path + "/" + indexer.Step(child);
                if (WordXml.Child(child, "sdtContent") is { } content)
                {
                    CollectRows(content, sdtPath + "/sdtContent", rows, placeholder || IsShowingPlaceholder(child));
                }
            }
            else if (WordXml.Is(child, "customXml"))
            {
                CollectRows(child, path + "/" + indexer.Step(child), rows, placeholder);
            }
        }
    }

    private static void CollectCells(OpenXmlElement container, string path, List<DocxCell> cells, bool placeholder)
    {
        var indexer = new WordXml.SiblingIndexer();
        foreach (var child in container.ChildElements)
        {
            if (WordXml.Is(child, "tc"))
            {
                var cellPath = path + "/" + indexer.Step(child);
                var properties = WordXml.Child(child, "tcPr");
                if (WordXml.Child(properties, "cellDel") is not null)
                {
                    continue;
                }

                var span = WordXml.IntValue(WordXml.Child(properties, "gridSpan")) ?? 1;
                cells.Add(new DocxCell(
                    child,
                    cellPath,
                    Math.Max(1, span),
                    Merge(WordXml.Child(properties, "vMerge")),
                    Merge(WordXml.Child(properties, "hMerge")),
                    placeholder));
            }
            else if (WordXml.Is(child, "sdt"))
            {
                var sdtPath = path + "/" + indexer.Step(child);
                if (WordXml.Child(child, "sdtContent") is { } content)
                {
                    CollectCells(content, sdtPath + "/sdtContent", cells, placeholder || IsShowingPlaceholder(child));
                }
            }
            else if (WordXml.Is(child, "customXml"))
            {
                CollectCells(child, path + "/" + indexer.Step(child), cells, placeholder);
            }
        }
    }

    /// <summary>An absent <c>w:val</c> means continue (ECMA-376 17.4.85).</summary>
    private static MergeKind Merge(OpenXmlElement? merge) =>
        merge is null ? MergeKind.None : WordXml.Attribute(merge) == "restart" ? MergeKind.Restart : MergeKind.Continue;

    /// <summary>The text of a cell: one line per paragraph (and per line break), text boxes included, blank lines dropped.</summary>
    private string CellText(DocxCell cell)
    {
        var lines = new StringBuilder();
        WithPlaceholder(cell.Placeholder, () => AppendCellLines(cell.Element, cell.Path, lines));
        var result = new StringBuilder();
        foreach (var line in lines.ToString().Split('\n'))
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

    private void AppendCellLines(OpenXmlElement container, string path, StringBuilder lines)
    {
        var indexer = new WordXml.SiblingIndexer();
        foreach (var child in container.ChildElements)
        {
            if (WordXml.Is(child, "p"))
            {
                var paragraphPath = path + "/" + indexer.Step(child);
                var content = ReadParagraph(child, paragraphPath);
                lines.Append(content.Text).Append('\n');
                foreach (var extra in content.Extras)
                {
                    if (extra.TextBox is { } box)
                    {
                        AppendCellLines(box, extra.Path, lines);
                    }
                }
            }
            else if (WordXml.Is(child, "sdt"))
            {
                WithContent(child, path + "/" + indexer.Step(child), (content, p) => AppendCellLines(content, p, lines));
            }
            else if (WordXml.Is(child, "customXml") || WordXml.Is(child, "tbl") || WordXml.Is(child, "tr") || WordXml.Is(child, "tc"))
            {
                // A table inside a data cell (only reached through text boxes): its text, row by row.
                AppendCellLines(child, path + "/" + indexer.Step(child), lines);
            }
            else if (ChooseBranch(child) is { } branch)
            {
                AppendCellLines(branch, path, lines);
            }
        }
    }

    // ---- helpers ----

    /// <summary>Unwraps a content control (<c>w:sdt</c>): its <c>w:sdtContent</c>, read as empty while it shows placeholder text.</summary>
    private void WithContent(OpenXmlElement sdt, string path, Action<OpenXmlElement, string> walk)
    {
        if (WordXml.Child(sdt, "sdtContent") is not { } content)
        {
            return;
        }

        WithPlaceholder(IsShowingPlaceholder(sdt), () => walk(content, path + "/sdtContent"));
    }

    private void WithPlaceholder(bool placeholder, Action action)
    {
        if (placeholder)
        {
            _placeholderDepth++;
        }

        try
        {
            action();
        }
        finally
        {
            if (placeholder)
            {
                _placeholderDepth--;
            }
        }
    }

    private static bool IsShowingPlaceholder(OpenXmlElement sdt) =>
        WordXml.IsOn(WordXml.Child(WordXml.Child(sdt, "sdtPr"), "showingPlcHdr"));

    /// <summary>For <c>mc:AlternateContent</c>: the first <c>mc:Choice</c>, else the <c>mc:Fallback</c> (never both, so nothing is read twice).</summary>
    private static OpenXmlElement? ChooseBranch(OpenXmlElement element)
    {
        if (!WordXml.Is(element, "AlternateContent", WordXml.MarkupCompatibility))
        {
            return null;
        }

        OpenXmlElement? fallback = null;
        foreach (var branch in element.ChildElements)
        {
            if (branch.NamespaceUri == WordXml.MarkupCompatibility)
            {
                if (branch.LocalName == "Choice")
                {
                    return branch;
                }

                if (branch.LocalName == "Fallback")
                {
                    fallback = branch;
                }
            }
        }

        return fallback;
    }

    private sealed record ParagraphContent(string Text, int HeadingLevel, List<Extra> Extras);

    /// <summary>Something anchored in a paragraph that is read after it: a text box's content or an image.</summary>
    private sealed record Extra(OpenXmlElement? TextBox, ImageBlock? Image, string Path);

    /// <summary>The size and alt text a <c>w:drawing</c> declares for its picture.</summary>
    private sealed record DrawingInfo(long? Width, long? Height, string? AlternativeText)
    {
        public bool IsSmall => Width < MinImageEmu || Height < MinImageEmu;

        public static DrawingInfo Of(OpenXmlElement drawing)
        {
            long? width = null;
            long? height = null;
            string? alt = null;
            foreach (var frame in drawing.ChildElements)
            {
                foreach (var property in frame.ChildElements)
                {
                    if (WordXml.Is(property, "extent", WordXml.WordDrawing))
                    {
                        width = Emu(WordXml.AnyAttribute(property, "cx"));
                        height = Emu(WordXml.AnyAttribute(property, "cy"));
                    }
                    else if (WordXml.Is(property, "docPr", WordXml.WordDrawing))
                    {
                        alt = WordXml.AnyAttribute(property, "descr") is { Length: > 0 } descr ? descr : WordXml.AnyAttribute(property, "title");
                    }
                }
            }

            return new DrawingInfo(width, height, alt);
        }

        private static long? Emu(string? value) =>
            long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var emu) ? emu : null;
    }
}
