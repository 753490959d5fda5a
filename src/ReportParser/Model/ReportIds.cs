using ReportParser.Recognition.Templates;

namespace ReportParser.Model;

/// <summary>The spec's stable ids (<c>T3.R3.3.1</c>, <c>T3.C.total</c> …) for the typed rows and columns.</summary>
public static class ReportIds
{
    /// <summary>The id of a 表三 row, e.g. <c>T3.R1</c>.</summary>
    /// <param name="row">The row.</param>
    public static string Of(ApplicationRow row) => StandardTables.ApplicationRows[(int)row].Id;

    /// <summary>The id of a 表三 column, e.g. <c>T3.C.natural_person</c>.</summary>
    /// <param name="column">The column.</param>
    public static string Of(ApplicantColumn column) => StandardTables.ApplicantColumns[(int)column].Id;

    /// <summary>The id of a 表四 column, e.g. <c>T4.C.review.total</c>.</summary>
    /// <param name="column">The column.</param>
    public static string Of(ReviewLitigationColumn column) => StandardTables.ReviewColumns[(int)column].Id;

    /// <summary>The id of a 表二 row, e.g. <c>T2.R.penalty</c>.</summary>
    /// <param name="row">The row.</param>
    public static string Of(DisclosureRow row) => StandardTables.DisclosureRows[(int)row].Id;

    /// <summary>The id of a 表二 column, e.g. <c>T2.C.issued</c>.</summary>
    /// <param name="column">The column.</param>
    public static string Of(DisclosureColumn column) => StandardTables.DisclosureColumns[(int)column].Id;

    /// <summary>The single data row of 表四: <c>T4.R.count</c>.</summary>
    public static string ReviewLitigationRow => StandardTables.ReviewRowId;
}
