using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text.RegularExpressions;
using ReportParser.Diagnostics;
using ReportParser.Documents;
using ReportParser.Readers.Html;
using ReportParser.Texts;

namespace ReportParser.Readers.Text;

/// <summary>
/// Reads a plain-text or Markdown conversion of a report (<c>.txt</c>, <c>.md</c>, or text without an extension) into
/// the same <see cref="SourceDocument"/> as the other readers: headings, paragraphs and tables, every block and cell
/// located by line and character (<see cref="BlockProvenance.Line"/>, <see cref="BlockProvenance.Character"/>) and read
/// by <see cref="ReadingMethod.Text"/>. Encodings as for HTML: byte-order mark, valid UTF-8, else GB18030.
/// </summary>
internal sealed class TextDocumentReader : IDocumentReader
{
    private static readonly Regex MarkdownHeading = new(@"^\s{0,3}(?<marks>#{1,6})\s+(?<text>.*?)\s*#*\s*$", RegexOptions.CultureInvariant);

    private static readonly Regex ListMarker = new(@"^\s{0,3}[-*+]\s+", RegexOptions.CultureInvariant);

    /// <summary>A line that starts like a heading of the report's outline: <c>一、</c>, <c>（一）</c>, <c>第一部分</c>.</summary>
    private static readonly Regex OutlineStart = new(
        @"^\s*(?:第?[一二三四五六七八九十]{1,3}\s*[、.．]|第[一二三四五六七八九十]{1,3}(?:部分|章)|[（(]\s*[一二三四五六七八九十]{1,3}\s*[）)])",
        RegexOptions.CultureInvariant);

    private const int MaxOutlineHeadingLength = 40;

    public SourceFormat Format => SourceFormat.Text;

    public SourceDocument Read(byte[] content, ReadContext context)
    {
        var decoded = HtmlEncodingDetector.Decode(content);
        if (decoded.UndecodableCount > 0)
        {
            context.Diagnostics.Add(Descriptors.EncodingUncertain, context.FileLocation, decoded.EncodingName, decoded.UndecodableCount);
        }

        var lines = TextLine.Split(decoded.Text);
        var blocks = new List<Block>();
        var paragraph = new List<TextLine>();
        for (var i = 0; i < lines.Count; i++)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            var line = lines[i];
            if (PipeTable.IsRow(line))
            {
                Flush(blocks, paragraph);
                var end = RunEnd(lines, i, PipeTable.IsRow);
                if (PipeTable.Build(lines.GetRange(i, end - i)) is { } table)
                {
                    blocks.Add(table);
                }

                i = end - 1;
            }
            else if (TabSeparatedTable.IsRow(line))
            {
                Flush(blocks, paragraph);
                var end = RunEnd(lines, i, TabSeparatedTable.IsRow);
                blocks.Add(TabSeparatedTable.Build(lines.GetRange(i, end - i)));
                i = end - 1;
            }
            else if (LabelValueLines.StartsAt(lines, i))
            {
                Flush(blocks, paragraph);
                var end = LabelValueLines.End(lines, i);
                blocks.Add(LabelValueLines.Build(lines, i, end));
                i = end - 1;
            }
            else
            {
                AddLine(blocks, paragraph, line);
            }
        }

        Flush(blocks, paragraph);
        return new SourceDocument
        {
            Source = context.Source,
            Format = SourceFormat.Text,
            Title = blocks.OfType<ParagraphBlock>().FirstOrDefault(p => p.HeadingLevel > 0)?.Text,
            Blocks = blocks.ToImmutableArray(),
            Diagnostics = context.Diagnostics.ToSortedArray(),
        };
    }

    private static int RunEnd(List<TextLine> lines, int start, System.Func<TextLine, bool> isRow)
    {
        var end = start;
        while (end < lines.Count && isRow(lines[end]))
        {
            end++;
        }

        return end;
    }

    /// <summary>
    /// A line of running text: a Markdown heading, a list item and a line that starts like an outline heading stand
    /// alone; other lines join the paragraph above them (a blank line ends a paragraph).
    /// </summary>
    private static void AddLine(List<Block> blocks, List<TextLine> paragraph, TextLine line)
    {
        if (line.IsBlank)
        {
            Flush(blocks, paragraph);
            return;
        }

        var heading = MarkdownHeading.Match(line.Text);
        if (heading.Success)
        {
            Flush(blocks, paragraph);
            var text = Whitespace.CollapseWhitespace(heading.Groups["text"].Value, keepLineBreaks: false);
            if (text.Length > 0)
            {
                blocks.Add(new ParagraphBlock(text, heading.Groups["marks"].Length, At(line, heading.Groups["text"].Index)));
            }

            return;
        }

        var item = ListMarker.Match(line.Text);
        if (item.Success || IsOutlineHeading(line.Text))
        {
            Flush(blocks, paragraph);
            var stripped = new TextLine(line.Number, line.Text.Substring(item.Length));
            paragraph.Add(stripped);
            Flush(blocks, paragraph, item.Length);
            return;
        }

        paragraph.Add(line);
    }

    private static bool IsOutlineHeading(string text) =>
        OutlineStart.IsMatch(text) && Whitespace.CollapseWhitespace(text, keepLineBreaks: false).Length <= MaxOutlineHeadingLength;

    private static void Flush(List<Block> blocks, List<TextLine> paragraph, int offset = 0)
    {
        if (paragraph.Count == 0)
        {
            return;
        }

        var text = string.Join("\n", paragraph.Select(l => Whitespace.CollapseWhitespace(l.Text, keepLineBreaks: false)).Where(t => t.Length > 0));
        if (text.Length > 0)
        {
            var first = paragraph[0];
            blocks.Add(new ParagraphBlock(text, At(first, offset + first.Text.Length - first.Text.TrimStart().Length)));
        }

        paragraph.Clear();
    }

    private static BlockProvenance At(TextLine line, int index) => new() { Line = line.Number, Character = index + 1, Method = ReadingMethod.Text };
}
