using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using ReportParser.Documents;
using ReportParser.Texts;

namespace ReportParser.Readers.Text;

/// <summary>
/// A table written as tab-separated lines, one table row per line, with empty slots where merged cells were (a PDF or
/// Word table flattened by a converter). Each field is a cell at its slot: an empty slot is an empty cell, so the
/// position of a missing value still tells its column. Two converter habits are undone, both decidable from the row
/// alone: a cell that repeats the cell before it and then adds text (<c>行政许可 | 行政许可 0</c>) keeps only the added
/// text, and a label with its value glued on after a space (<c>行政处罚 0</c>) is split when the slot after it is
/// empty and no other slot of the row holds a number.
/// </summary>
internal static class TabSeparatedTable
{
    private static readonly Regex LabelThenNumber = new(@"^(?<label>[^\d０-９]*[^\s\d０-９])\s+(?<number>[+\-]?[\d０-９][\d０-９,，.．]*)$", RegexOptions.CultureInvariant);

    private static readonly Regex NumberLike = new(@"^[+\-]?[\d０-９][\d０-９,，.．]*$", RegexOptions.CultureInvariant);

    /// <summary>True when the line is a row of a tab-separated table: it has a tab and some text.</summary>
    public static bool IsRow(TextLine line) => line.Text.Any(ch => ch == '\t') && !line.IsBlank;

    public static TableBlock Build(IReadOnlyList<TextLine> lines)
    {
        var rows = lines.Select(Fields).ToList();
        foreach (var row in rows)
        {
            DropRepeatedLabel(row);
            SplitGluedValue(row);
        }

        var width = rows.Select(r => r.FindLastIndex(f => f.Text.Length > 0) + 1).DefaultIfEmpty(0).Max();
        var cells = new List<GridCell>();
        for (var r = 0; r < rows.Count; r++)
        {
            for (var c = 0; c < width; c++)
            {
                var field = c < rows[r].Count ? rows[r][c] : new Field(string.Empty, rows[r].Count == 0 ? 1 : rows[r][rows[r].Count - 1].Character);
                cells.Add(new GridCell
                {
                    Row = r,
                    Column = c,
                    Text = field.Text,
                    Provenance = new BlockProvenance { Line = lines[r].Number, Character = field.Character, Method = ReadingMethod.Text },
                });
            }
        }

        return new TableBlock(rows.Count, width, cells, new BlockProvenance { Line = lines[0].Number, Character = 1, Method = ReadingMethod.Text });
    }

    private static List<Field> Fields(TextLine line)
    {
        var fields = new List<Field>();
        var start = 0;
        for (var i = 0; i <= line.Text.Length; i++)
        {
            if (i < line.Text.Length && line.Text[i] != '\t')
            {
                continue;
            }

            var raw = line.Text.Substring(start, i - start);
            var lead = raw.Length - raw.TrimStart().Length;
            fields.Add(new Field(Whitespace.CollapseWhitespace(raw, keepLineBreaks: false), start + lead + 1));
            start = i + 1;
        }

        return fields;
    }

    /// <summary><c>行政许可 | 行政许可 0</c> → <c>行政许可 | 0</c>; <c>信息内容 | 信息内容 本年处理决定数量</c> → <c>信息内容 | 本年处理决定数量</c>.</summary>
    private static void DropRepeatedLabel(List<Field> row)
    {
        for (var c = 1; c < row.Count; c++)
        {
            var before = row[c - 1].Text;
            var text = row[c].Text;
            if (before.Length > 0 && text.Length > before.Length + 1 && text.StartsWith(before + " ", System.StringComparison.Ordinal))
            {
                var rest = text.Substring(before.Length + 1);
                row[c] = new Field(rest, row[c].Character + (text.Length - rest.Length));
            }
        }
    }

    /// <summary><c>行政处罚 0 | (empty)</c> → <c>行政处罚 | 0</c>, only when the row has no other number.</summary>
    private static void SplitGluedValue(List<Field> row)
    {
        if (row.Any(f => NumberLike.IsMatch(f.Text)))
        {
            return;
        }

        var glued = row.Select((f, i) => (Match: LabelThenNumber.Match(f.Text), Index: i)).Where(x => x.Match.Success).ToList();
        if (glued.Count != 1)
        {
            return;
        }

        var (match, index) = glued[0];
        if (index + 1 < row.Count && row[index + 1].Text.Length > 0)
        {
            return;
        }

        var number = match.Groups["number"];
        var field = row[index];
        row[index] = new Field(match.Groups["label"].Value, field.Character);
        var value = new Field(number.Value, field.Character + number.Index);
        if (index + 1 < row.Count)
        {
            row[index + 1] = value;
        }
        else
        {
            row.Add(value);
        }
    }

    private readonly record struct Field(string Text, int Character);
}
