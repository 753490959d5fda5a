using System.Collections.Generic;
using System.Text.RegularExpressions;
using ReportParser.Documents;
using ReportParser.Texts;

namespace ReportParser.Readers.Text;

/// <summary>
/// A small table a converter flattened into loose lines: a header line glued together (<c>信息内容本年处理决定数量</c>)
/// directly followed by lines of a label and one number (<c>行政许可 0</c>, <c>行政处罚 0</c>). Read as a table whose
/// first row is the header line (one cell) and whose rows are label | value, each cell located by line and character.
/// The header line has no digit and no clause punctuation (<c>，。；、</c>), so a sentence or a numbered heading is
/// never one; without such a line above them, label-number lines stay running text.
/// </summary>
internal static class LabelValueLines
{
    private static readonly Regex Row = new(@"^(?<label>[^\d\s，。；、,;:：]{2,20})[ \t\u3000]+(?<value>[+\-]?\d[\d,，]*(?:\.\d+)?)$", RegexOptions.CultureInvariant);

    private static readonly Regex Header = new(@"^[^\d\s，。；、,;]{4,30}$", RegexOptions.CultureInvariant);

    /// <summary>True when <paramref name="lines"/>[<paramref name="i"/>] is a header line followed by at least one label-number line.</summary>
    public static bool StartsAt(IReadOnlyList<TextLine> lines, int i) =>
        i + 1 < lines.Count && IsHeader(lines[i].Text) && IsRow(lines[i + 1].Text);

    /// <summary>The end (exclusive) of the label-number lines after the header line at <paramref name="start"/>.</summary>
    public static int End(IReadOnlyList<TextLine> lines, int start)
    {
        var end = start + 1;
        while (end < lines.Count && IsRow(lines[end].Text))
        {
            end++;
        }

        return end;
    }

    public static TableBlock Build(IReadOnlyList<TextLine> lines, int start, int end)
    {
        var header = lines[start];
        var indent = header.Text.Length - header.Text.TrimStart().Length;
        var cells = new List<GridCell> { Cell(0, 0, header.Text.Trim(), header, indent) };
        for (var i = start + 1; i < end; i++)
        {
            var line = lines[i];
            var match = Row.Match(line.Text.Trim());
            var lead = line.Text.Length - line.Text.TrimStart().Length;
            cells.Add(Cell(i - start, 0, match.Groups["label"].Value, line, lead + match.Groups["label"].Index));
            cells.Add(Cell(i - start, 1, match.Groups["value"].Value, line, lead + match.Groups["value"].Index));
        }

        return new TableBlock(end - start, 2, cells, new BlockProvenance { Line = header.Number, Character = indent + 1, Method = ReadingMethod.Text });
    }

    private static bool IsHeader(string text)
    {
        var trimmed = text.Trim();
        return Header.IsMatch(trimmed) && trimmed[0] is not ('#' or '|');
    }

    private static bool IsRow(string text) => Row.IsMatch(text.Trim());

    private static GridCell Cell(int row, int column, string text, TextLine line, int index) => new()
    {
        Row = row,
        Column = column,
        Text = Whitespace.CollapseWhitespace(text, keepLineBreaks: false),
        Provenance = new BlockProvenance { Line = line.Number, Character = index + 1, Method = ReadingMethod.Text },
    };
}
