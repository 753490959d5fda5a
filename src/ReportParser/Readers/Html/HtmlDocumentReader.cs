using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using ReportParser.Diagnostics;
using ReportParser.Documents;
using ReportParser.Recognition;
using ReportParser.Texts;

namespace ReportParser.Readers.Html;

/// <summary>
/// Reads an HTML page (AngleSharp): decodes it (<see cref="HtmlEncodingDetector"/>), finds the report body among the
/// page chrome (<see cref="HtmlContentLocator"/>), and turns it into paragraphs, tables (rowspan/colspan resolved),
/// images and attachment links. Tables nested in layout tables are unwrapped.
/// </summary>
internal sealed class HtmlDocumentReader : IDocumentReader
{
    private static readonly HashSet<string> BlockElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "section", "article", "blockquote", "pre",
        "center", "dl", "dt", "dd", "address", "figure", "figcaption", "main", "hr", "caption", "tr", "td", "th",
        "tbody", "thead", "tfoot", "form", "fieldset", "details", "summary", "body", "html",
    };

    private static readonly string[] AttachmentExtensions =
        [".pdf", ".doc", ".docx", ".wps", ".xls", ".xlsx", ".et", ".ofd", ".zip", ".rar", ".7z", ".odt"];

    public SourceFormat Format => SourceFormat.Html;

    public SourceDocument Read(byte[] content, ReadContext context)
    {
        var decoded = HtmlEncodingDetector.Decode(content);
        if (decoded.UndecodableCount > 0)
        {
            context.Diagnostics.Add(Descriptors.EncodingUncertain, context.FileLocation, decoded.EncodingName, decoded.UndecodableCount);
        }

        var depth = HtmlNesting.Depth(decoded.Text, context.Options.MaxHtmlNestingDepth);
        if (depth > context.Options.MaxHtmlNestingDepth)
        {
            context.Diagnostics.Add(
                Descriptors.ResourceLimitExceeded,
                context.FileLocation,
                "HTML element nesting of more than " + context.Options.MaxHtmlNestingDepth.ToString(CultureInfo.InvariantCulture) + " levels",
                context.Options.MaxHtmlNestingDepth.ToString(CultureInfo.InvariantCulture) + " levels");
            return context.Unreadable(SourceFormat.Html);
        }

        var parser = new HtmlParser(new HtmlParserOptions { IsScripting = false });
        var document = parser.ParseDocument(decoded.Text);
        var body = document.Body;
        if (body is null)
        {
            return new SourceDocument
            {
                Source = context.Source,
                Format = SourceFormat.Html,
                Title = Clean(document.Title),
                Diagnostics = context.Diagnostics.ToSortedArray(),
            };
        }

        var locator = new HtmlContentLocator(body);
        var root = locator.FindContentRoot();
        var walker = new Walker(context, locator);

        var titleElement = locator.FindTitleElementBefore(root);
        if (titleElement is not null)
        {
            var titleText = Clean(titleElement.TextContent);
            if (titleText.Length > 0)
            {
                walker.Blocks.Add(new ParagraphBlock(titleText, 1, new BlockProvenance { Path = DomPath.Of(titleElement) }));
            }
        }

        walker.WalkRoot(root);
        walker.Flush();

        // Attachment links outside the body (a 附件下载 box under the article) still matter: the report may live there.
        foreach (var anchor in body.QuerySelectorAll("a[href]"))
        {
            if (!root.Contains(anchor) && IsAttachmentLink(anchor, out var target) && !locator.IsChrome(anchor))
            {
                walker.Blocks.Add(new AttachmentBlock(Clean(anchor.TextContent), target, new BlockProvenance { Path = DomPath.Of(anchor) }));
            }
        }

        return new SourceDocument
        {
            Source = context.Source,
            Format = SourceFormat.Html,
            Title = Clean(document.Title),
            Blocks = walker.Blocks.ToImmutableArray(),
            Diagnostics = context.Diagnostics.ToSortedArray(),
        };
    }

    internal static bool IsAttachmentLink(IElement anchor, out string target)
    {
        target = anchor.GetAttribute("href") ?? string.Empty;
        var path = target;
        var cut = path.IndexOfAny(['?', '#']);
        if (cut >= 0)
        {
            path = path.Substring(0, cut);
        }

        path = path.ToLowerInvariant();
        return AttachmentExtensions.Any(e => path.EndsWith(e, StringComparison.Ordinal));
    }

    private static string Clean(string? text) => Whitespace.CollapseWhitespace(text ?? string.Empty, keepLineBreaks: false);

    /// <summary>Walks the content root in document order and emits blocks.</summary>
    private sealed class Walker
    {
        private readonly ReadContext _context;
        private readonly HtmlContentLocator _locator;
        private readonly StringBuilder _text = new();
        private IElement? _paragraphElement;
        private IElement? _root;
        private int _headingLevel;

        public Walker(ReadContext context, HtmlContentLocator locator)
        {
            _context = context;
            _locator = locator;
        }

        public List<Block> Blocks { get; } = [];

        public void WalkRoot(IElement root)
        {
            _root = root;
            Walk(root);
        }

        public void Walk(INode node)
        {
            foreach (var child in node.ChildNodes)
            {
                switch (child)
                {
                    case IText text:
                        AppendText(text.Data, child.ParentElement);
                        break;
                    case IElement element:
                        VisitElement(element);
                        break;
                }
            }
        }

        public void Flush()
        {
            var text = Whitespace.CollapseWhitespace(_text.ToString(), keepLineBreaks: true);
            if (text.Length > 0)
            {
                Blocks.Add(new ParagraphBlock(text, _headingLevel, new BlockProvenance { Path = _paragraphElement is null ? null : DomPath.Of(_paragraphElement) }));
            }

            _text.Clear();
            _paragraphElement = null;
            _headingLevel = 0;
        }

        private void AppendText(string data, IElement? parent)
        {
            if (data.Length == 0)
            {
                return;
            }

            if (_paragraphElement is null && !string.IsNullOrWhiteSpace(data))
            {
                _paragraphElement = parent;
            }

            _text.Append(data);
        }

        private void VisitElement(IElement element)
        {
            // Checkpoint for the time limit (RP0120): once per element, as the text reader checks once per line.
            _context.CancellationToken.ThrowIfCancellationRequested();
            if (HtmlContentLocator.IsSkipped(element) || (_root is not null && element != _root && _locator.IsMinorChrome(element, _root)))
            {
                return;
            }

            var name = element.LocalName;
            switch (name)
            {
                case "br":
                    _text.Append('\n');
                    return;
                case "table":
                    Flush();
                    VisitTable((IHtmlTableElement)element);
                    return;
                case "img":
                    if (IsContentImage(element))
                    {
                        Flush();
                        Blocks.Add(new ImageBlock(element.GetAttribute("src"), element.GetAttribute("alt"), new BlockProvenance { Path = DomPath.Of(element) }));
                    }

                    return;
                case "a":
                    if (IsAttachmentLink(element, out var target))
                    {
                        Flush();
                        Blocks.Add(new AttachmentBlock(Clean(element.TextContent), target, new BlockProvenance { Path = DomPath.Of(element) }));
                        return;
                    }

                    break;
            }

            var isBlock = BlockElements.Contains(name);
            if (isBlock)
            {
                Flush();
                if (name.Length == 2 && name[0] == 'h' && name[1] is >= '1' and <= '6')
                {
                    _headingLevel = name[1] - '0';
                }

                _paragraphElement = element;
            }

            Walk(element);

            if (isBlock)
            {
                Flush();
            }
        }

        private static bool IsContentImage(IElement image)
        {
            static int? Size(string? value) =>
                value is not null && int.TryParse(value.Replace("px", string.Empty).Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : null;

            var width = Size(image.GetAttribute("width"));
            var height = Size(image.GetAttribute("height"));
            return !(width is < 48 || height is < 48);
        }

        private void VisitTable(IHtmlTableElement table)
        {
            _context.CancellationToken.ThrowIfCancellationRequested();
            if (HtmlTableGrid.IsLayoutTable(table))
            {
                foreach (var row in HtmlTableGrid.RowsOf(table))
                {
                    foreach (var cell in row.Cells)
                    {
                        Flush();
                        Walk(cell);
                        Flush();
                    }
                }

                return;
            }

            var result = HtmlTableGrid.Build(table, _context.Options.MaxTableGridPositions);
            if (result.LimitExceeded is { } positions)
            {
                _context.Diagnostics.Add(
                    Descriptors.ResourceLimitExceeded,
                    _context.At(path: DomPath.Of(table)),
                    "table grid of " + positions.ToString(CultureInfo.InvariantCulture) + " positions",
                    _context.Options.MaxTableGridPositions.ToString(CultureInfo.InvariantCulture) + " positions");
                return;
            }

            if (result.Table is { } block)
            {
                if (block.ColumnCount == 1 && block.RowCount <= 2)
                {
                    // A one-column box around content: treat as layout.
                    foreach (var row in HtmlTableGrid.RowsOf(table))
                    {
                        foreach (var cell in row.Cells)
                        {
                            Flush();
                            Walk(cell);
                            Flush();
                        }
                    }

                    return;
                }

                Blocks.Add(block);
            }
        }
    }
}
