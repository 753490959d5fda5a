using System.Collections.Generic;
using System.Linq;
using ReportParser.Model;
using ReportParser.Recognition.Templates;

namespace ReportParser.Rules.Arithmetic;

/// <summary>Access to 表三's non-standard cells (subtotal column and subtotal rows) next to its standard ones.</summary>
internal static class NonStandardCells
{
    /// <summary>The five 法人或其他组织 columns, in printed order.</summary>
    public static readonly ApplicantColumn[] OrganisationColumns =
    [
        ApplicantColumn.CommercialEnterprise, ApplicantColumn.ResearchInstitution, ApplicantColumn.PublicInterestOrganization,
        ApplicantColumn.LegalServiceInstitution, ApplicantColumn.Other,
    ];

    /// <summary>
    /// The cell of a row (standard or subtotal) and a column (standard or the org subtotal): a standard cell of the
    /// layout even when it was not found (the sum check then skips the identity and says so), a non-standard one only
    /// when printed; null when the table has no such cell.
    /// </summary>
    public static CellValue? Cell(ApplicationTable table, string rowId, string columnId)
    {
        if (!StandardTables.IsSubtotalRow(rowId) && columnId != StandardTables.OrgSubtotalColumnId)
        {
            return table.Find(rowId, columnId);
        }

        return table.NonStandardCells.FirstOrDefault(c => c.RowId == rowId && c.ColumnId == columnId && c.Kind != CellKind.Missing);
    }

    /// <summary>Row ids of the subtotal rows the report prints, in printed order of their groups.</summary>
    public static IEnumerable<string> SubtotalRows(ApplicationTable table) =>
        StandardTables.SubtotalGroups.Select(StandardTables.SubtotalRowId)
            .Where(id => table.NonStandardCells.Any(c => c.RowId == id && c.Kind != CellKind.Missing));

    /// <summary>True when the report prints a 法人或其他组织 subtotal column (any row).</summary>
    public static bool HasOrgSubtotalColumn(ApplicationTable table) =>
        table.NonStandardCells.Any(c => c.ColumnId == StandardTables.OrgSubtotalColumnId && c.Kind != CellKind.Missing);

    /// <summary>Short label for messages: <c>予以公开</c>, or <c>不予公开小计</c> for a subtotal row.</summary>
    public static string RowLabel(string rowId) =>
        StandardTables.IsSubtotalRow(rowId)
            ? StandardTables.ApplicationRow(StandardTables.GroupOfSubtotal(rowId)).ShortLabel + "小计"
            : StandardTables.ApplicationRow(rowId).ShortLabel;
}
