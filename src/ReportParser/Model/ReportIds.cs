using System.Linq;
using ReportParser.Spec;

namespace ReportParser.Model;

/// <summary>The spec's stable ids (<c>T3.R3.3.1</c>, <c>T3.C.total</c> …) for the typed rows and columns.</summary>
public static class ReportIds
{
    /// <summary>The id of a 表三 row, e.g. <c>T3.R1</c>.</summary>
    /// <param name="row">The row.</param>
    public static string Of(ApplicationRow row) => SpecIds<ApplicationRow>.Of(row);

    /// <summary>The id of a 表三 column, e.g. <c>T3.C.natural_person</c>.</summary>
    /// <param name="column">The column.</param>
    public static string Of(ApplicantColumn column) => SpecIds<ApplicantColumn>.Of(column);

    /// <summary>The id of a 表四 column, e.g. <c>T4.C.review.total</c>.</summary>
    /// <param name="column">The column.</param>
    public static string Of(ReviewLitigationColumn column) => SpecIds<ReviewLitigationColumn>.Of(column);

    /// <summary>The id of a 表二 row, e.g. <c>T2.R.penalty</c>.</summary>
    /// <param name="row">The row.</param>
    public static string Of(DisclosureRow row) => SpecIds<DisclosureRow>.Of(row);

    /// <summary>The id of a 表二 column, e.g. <c>T2.C.issued</c>.</summary>
    /// <param name="column">The column.</param>
    public static string Of(DisclosureColumn column) => SpecIds<DisclosureColumn>.Of(column);

    /// <summary>
    /// The template's label for a row or column id (<c>T3.R3.3.1</c> → <c>1.属于国家秘密</c>, <c>T3.C.total</c> → <c>总计</c>,
    /// <c>T4.C.review.upheld</c> → <c>行政复议结果维持</c>), or null for an unknown id. Renderers use it for headers.
    /// </summary>
    /// <param name="id">A row or column id of the spec.</param>
    public static string? LabelOf(string id)
    {
        if (id is null)
        {
            return null;
        }

        foreach (var row in StandardTables.ApplicationRows)
        {
            if (row.Id == id)
            {
                return row.Label;
            }
        }

        foreach (var row in StandardTables.DisclosureRows)
        {
            if (row.Id == id)
            {
                return row.Label;
            }
        }

        foreach (var column in StandardTables.ApplicantColumns.Concat(StandardTables.ReviewColumns).Concat(StandardTables.DisclosureColumns))
        {
            if (column.Id == id)
            {
                return column.Label;
            }
        }

        return id == StandardTables.ReviewRowId ? "案件数" : null;
    }

    /// <summary>
    /// A short header for a value cell (<c>T3.R1</c>, <c>T3.C.natural_person</c> → <c>一、本年新收 · 自然人</c>), as the
    /// spreadsheet and HTML outputs head their columns; null for ids the spec does not know.
    /// </summary>
    /// <param name="rowId">A row id of the spec.</param>
    /// <param name="columnId">A column id of the spec.</param>
    public static string? HeaderOf(string rowId, string columnId) =>
        rowId is null || columnId is null ? null : StandardTables.HeaderLabel(rowId, columnId);

    /// <summary>The single data row of 表四: <c>T4.R.count</c>.</summary>
    public static string ReviewLitigationRow => StandardTables.ReviewRowId;
}
