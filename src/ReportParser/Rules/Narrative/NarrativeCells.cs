using System.Collections.Generic;
using System.Linq;
using ReportParser.Diagnostics;
using ReportParser.Model;
using ReportParser.Recognition.Templates;

namespace ReportParser.Rules.Narrative;

/// <summary>The table values a narrative fact is compared with, under the blank-cell policy.</summary>
internal static class NarrativeCells
{
    public static readonly ApplicantColumn[] Organisations =
    [
        ApplicantColumn.CommercialEnterprise, ApplicantColumn.ResearchInstitution, ApplicantColumn.PublicInterestOrganization,
        ApplicantColumn.LegalServiceInstitution, ApplicantColumn.Other,
    ];

    /// <summary>The cells of one 表三 row that a scope covers.</summary>
    public static List<CellValue> Row(ApplicationTable table, ApplicationRow row, ApplicantScope scope) => scope switch
    {
        ApplicantScope.NaturalPerson => [table[row, ApplicantColumn.NaturalPerson]],
        ApplicantScope.Organisations => Organisations.Select(c => table[row, c]).ToList(),
        _ => [table[row, ApplicantColumn.Total]],
    };

    public static string ScopeLabel(ApplicantScope scope) => scope switch
    {
        ApplicantScope.NaturalPerson => "自然人",
        ApplicantScope.Organisations => "法人或其他组织",
        _ => "总计",
    };

    /// <summary>The total-column cells of an outcome row (<c>T3.R3.1</c> …), a group as its printed sub-rows.</summary>
    public static List<CellValue> Outcome(ApplicationTable table, string rowId)
    {
        var total = ReportIds.Of(ApplicantColumn.Total);
        if (rowId == "T3.R3.6" && !table.OtherHandlingIsSplit)
        {
            return [Cell(table, rowId, total)];
        }

        var children = StandardTables.ApplicationRows.Where(r => r.ParentId == rowId).Select(r => r.Id).ToList();
        return children.Count == 0 ? [Cell(table, rowId, total)] : children.Select(id => Cell(table, id, total)).ToList();
    }

    /// <summary>
    /// Σ of the cells, or null when one was not read or is not assessable; then the comparison named
    /// <paramref name="identity"/> is recorded as not assessed (none is recorded when it is null: a second reading
    /// that is only tried).
    /// </summary>
    public static decimal? Sum(RuleContext context, IReadOnlyList<CellValue> cells, string? identity)
    {
        if (identity is not null)
        {
            return context.Operands(identity, cells)?.Sum();
        }

        decimal sum = 0;
        foreach (var cell in cells)
        {
            if (context.Operand(cell) is not { } value)
            {
                return null;
            }

            sum += value;
        }

        return sum;
    }

    /// <summary>The name of a narrative comparison in RP0306: its rule and the row it compares with, e.g. <c>RULE.N.DONE[T3.R3.7]</c>.</summary>
    public static string Identity(DiagnosticDescriptor descriptor, CellValue cell) => RuleContext.Identity(descriptor.Rule, cell.RowId);

    /// <summary>A finding's location: the sentence's section, pointing at the compared cell.</summary>
    public static SourceLocation At(Sentence sentence, CellValue cell) =>
        sentence.Location with { Table = cell.Location.Table, Row = cell.RowId, Column = cell.ColumnId };

    private static CellValue Cell(ApplicationTable table, string rowId, string columnId) =>
        table.Find(rowId, columnId) ?? table[ApplicationRow.Outcomes, ApplicantColumn.Total];
}
