using System.Linq;
using System.Text.RegularExpressions;

namespace ReportParser.Recognition;

/// <summary>
/// When a table's header was not recognised, its values are read by position: the template's value columns are the
/// grid's rightmost ones. That is a reading, not a guess, only when the row itself agrees — it has exactly as many
/// value cells as the template has columns, each one grid column wide, and no number stands among its labels (issue 12:
/// match in order when the counts match, otherwise say so). Otherwise the cells are ambiguous: their columns are unknown.
/// </summary>
internal static class PositionalRead
{
    /// <summary>The reading note of a value whose column could not be told from its position.</summary>
    public const string ColumnUnknown = "column taken from position, but the row does not have exactly the template's value cells: the header was not recognised";

    private static readonly Regex NumberLike = new(@"^[\s0-9０-９,，.．+\-—–/／]+$", RegexOptions.CultureInvariant);

    /// <summary>True when the text is a number as printed (digits, separators, sign) or a dash/slash.</summary>
    public static bool IsNumberLike(string text) => NumberLike.IsMatch(text);

    /// <summary>True when row <paramref name="row"/> has exactly <paramref name="count"/> one-column cells from <paramref name="firstValueColumn"/> on, and no number before it.</summary>
    public static bool Fits(TableView view, int row, int firstValueColumn, int count)
    {
        var cells = view.Table.GetRow(row).Where(c => c.Row == row).Distinct().ToList();
        var values = cells.Where(c => c.Column >= firstValueColumn).ToList();
        var labels = cells.Where(c => c.Column < firstValueColumn);
        return values.Count == count && values.All(c => c.ColumnSpan == 1)
            && !labels.Any(c => c.Text.Trim().Length > 0 && NumberLike.IsMatch(c.Text));
    }
}
