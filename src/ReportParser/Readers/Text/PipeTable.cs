using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using ReportParser.Documents;
using ReportParser.Texts;

namespace ReportParser.Readers.Text;

/// <summary>
/// A Markdown pipe table (<c>| a | b |</c> lines, the <c>|---|</c> delimiter row dropped). Every line keeps all its
/// cells: a GFM parser cuts a row to the header's width and would silently drop values that a converter put under a
/// header that lost cells, so rows are split here by hand and stay ragged (a short row leaves holes, not blanks).
/// </summary>
internal static class PipeTable
{
    private static readonly Regex Delimiter = new(@"^\s*\|?\s*:?-{1,}:?\s*(?:\|\s*:?-{1,}:?\s*)*\|?\s*$", RegexOptions.CultureInvariant);

    /// <summary>True when the line is a row or delimiter of a pipe table: it starts with <c>|</c>.</summary>
    public static bool IsRow(TextLine line)
    {
        var text = line.Text.TrimStart();
        return text.Length > 0 && text[0] == '|';
    }

    public static TableBlock? Build(IReadOnlyList<TextLine> lines)
    {
        var rows = new List<(TextLine Line, List<(string Text, int Character)> Cells)>();
        foreach (var line in lines)
        {
            if (!Delimiter.IsMatch(line.Text))
            {
                rows.Add((line, Cells(line.Text)));
            }
        }

        var width = rows.Select(r => r.Cells.Count).DefaultIfEmpty(0).Max();
        if (width == 0)
        {
            return null;
        }

        var cells = new List<GridCell>();
        for (var r = 0; r < rows.Count; r++)
        {
            for (var c = 0; c < rows[r].Cells.Count; c++)
            {
                cells.Add(new GridCell
                {
                    Row = r,
                    Column = c,
                    Text = rows[r].Cells[c].Text,
                    Provenance = new BlockProvenance { Line = rows[r].Line.Number, Character = rows[r].Cells[c].Character, Method = ReadingMethod.Text },
                });
            }
        }

        return new TableBlock(rows.Count, width, cells, new BlockProvenance { Line = lines[0].Number, Character = 1, Method = ReadingMethod.Text });
    }

    /// <summary>The cells between the pipes (<c>\|</c> is a literal pipe), trimmed, with their 1-based character positions.</summary>
    private static List<(string Text, int Character)> Cells(string line)
    {
        var cells = new List<(string, int)>();
        var start = line.IndexOf('|') + 1;
        for (var i = start; i < line.Length; i++)
        {
            if (line[i] == '\\' && i + 1 < line.Length)
            {
                i++;
                continue;
            }

            if (line[i] == '|')
            {
                cells.Add(Cell(line, start, i));
                start = i + 1;
            }
        }

        if (line.Substring(start).Trim().Length > 0)
        {
            cells.Add(Cell(line, start, line.Length));
        }

        return cells;
    }

    private static (string, int) Cell(string line, int start, int end)
    {
        var raw = line.Substring(start, end - start);
        var lead = raw.Length - raw.TrimStart().Length;
        return (Whitespace.CollapseWhitespace(raw.Replace("\\|", "|"), keepLineBreaks: false), start + lead + 1);
    }
}
