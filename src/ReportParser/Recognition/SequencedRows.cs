using System.Collections.Generic;
using System.Linq;
using ReportParser.Documents;

namespace ReportParser.Recognition;

/// <summary>
/// 表三 rows of a text conversion that lost their labels or their column alignment (issue 13: a converter that drops
/// the lines of multi-line cells, so a row keeps its seven values but not its label, or gains a stray empty cell).
/// <list type="bullet">
/// <item>The value cells of a row are the cells after its label: exactly the template's count, or one more when that
/// last one is empty (a trailing pipe); every one a number or empty.</item>
/// <item>A run of unlabelled value rows between two labelled rows stands for the template's rows between those two
/// labels when their numbers are equal and none of them was read elsewhere; anything else is left unread.</item>
/// </list>
/// </summary>
internal static class SequencedRows
{
    /// <summary>The <paramref name="count"/> value cells after column <paramref name="labelEnd"/> in row <paramref name="r"/>, or null.</summary>
    public static List<GridCell>? ValuesAfter(TableView view, int r, int labelEnd, int count)
    {
        var cells = view.Table.GetRow(r).Where(c => c.Row == r && c.Column >= labelEnd).Distinct().OrderBy(c => c.Column).ToList();
        if (cells.Count == count + 1 && cells[count].Text.Trim().Length == 0)
        {
            cells.RemoveAt(count);
        }

        return cells.Count == count && cells.All(c => c.ColumnSpan == 1 && (c.Text.Trim().Length == 0 || PositionalRead.IsNumberLike(c.Text))) ? cells : null;
    }

    /// <summary>
    /// A row of a text table that no label named but that holds exactly <paramref name="count"/> values after whatever
    /// text it has (a label fragment that fits no row): its text and its value cells; null otherwise.
    /// </summary>
    public static (string Text, List<GridCell> Values)? Unlabelled(TableView view, int r, int count)
    {
        if (view.Table.Provenance.Method is not (ReadingMethod.Text or ReadingMethod.Ocr))
        {
            return null;
        }

        var cells = view.Table.GetRow(r).Where(c => c.Row == r).Distinct().OrderBy(c => c.Column).ToList();
        var lastText = cells.FindLastIndex(c => c.Text.Trim().Length > 0 && !PositionalRead.IsNumberLike(c.Text));
        var labelEnd = lastText < 0 ? 0 : cells[lastText].Column + cells[lastText].ColumnSpan;
        var values = ValuesAfter(view, r, labelEnd, count);
        if (values is null || values.All(c => c.Text.Trim().Length == 0))
        {
            return null;
        }

        return (string.Concat(cells.Take(lastText + 1).Select(c => c.Text.Replace("\n", string.Empty))), values);
    }

    /// <summary>
    /// The template rows strictly between <paramref name="before"/> and <paramref name="after"/> in
    /// <paramref name="dataRows"/>, or null when either is not a data row of it or they stand in the wrong order.
    /// </summary>
    public static List<string>? Between(IReadOnlyList<string> dataRows, string before, string after)
    {
        var from = IndexOf(dataRows, before);
        var to = IndexOf(dataRows, after);
        return from < 0 || to < 0 || to <= from ? null : dataRows.Skip(from + 1).Take(to - from - 1).ToList();
    }

    private static int IndexOf(IReadOnlyList<string> rows, string id)
    {
        for (var i = 0; i < rows.Count; i++)
        {
            if (rows[i] == id)
            {
                return i;
            }
        }

        return -1;
    }
}
