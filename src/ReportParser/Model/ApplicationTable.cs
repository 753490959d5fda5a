using System.Collections.Immutable;
using ReportParser.Diagnostics;
using ReportParser.Spec;

namespace ReportParser.Model;

/// <summary>表三 收到和处理政府信息公开申请情况.</summary>
public sealed class ApplicationTable : ReportTable
{
    internal ApplicationTable(SourceLocation location, ImmutableArray<CellValue> cells, bool otherHandlingIsSplit, ImmutableDictionary<string, string> rowLabels, ImmutableArray<CellValue> nonStandardCells = default)
        : base(StandardTable.Applications.Id, location, cells, rowLabels)
    {
        OtherHandlingIsSplit = otherHandlingIsSplit;
        Layout = TemplateSet.National.ApplicationLayout(otherHandlingIsSplit).Version;
        NonStandardCells = nonStandardCells.IsDefault ? ImmutableArray<CellValue>.Empty : nonStandardCells;
    }

    /// <summary>
    /// Cells the official form does not have but this report prints (spec §5.1, §8.2): a 法人或其他组织 小计/合计 column
    /// (column id <c>T3.C.legal_or_other_subtotal</c>, one cell per row) and 小计 rows under （三）–（六） (row ids
    /// <c>T3.R3.3.subtotal</c> … <c>T3.R3.6.subtotal</c>, one cell per column). Empty for a report that follows the form.
    /// They are checked (RP0509–RP0511) but never replace or shift <see cref="ReportTable.Cells"/>.
    /// </summary>
    public ImmutableArray<CellValue> NonStandardCells { get; }

    /// <summary>The same table with the given non-standard cells.</summary>
    internal ApplicationTable WithNonStandardCells(ImmutableArray<CellValue> nonStandardCells) =>
        new(Location, Cells, OtherHandlingIsSplit, RowLabels, nonStandardCells);

    /// <summary>
    /// True when （六）其他处理 has its three sub-rows (the V2021 layout); false when it is a single data row
    /// (the V2019Trial layout, or a V2021 report built from a stale template).
    /// </summary>
    public bool OtherHandlingIsSplit { get; }

    /// <summary>The template whose 表三 layout this table follows (its cells are that layout's printed cells).</summary>
    internal TemplateVersion Layout { get; }

    /// <summary>The cell at a row and column; a cell the report does not print (or a group row) has <see cref="CellKind.Missing"/>.</summary>
    /// <param name="row">The row.</param>
    /// <param name="column">The column.</param>
    public CellValue this[ApplicationRow row, ApplicantColumn column] => Get(ReportIds.Of(row), ReportIds.Of(column));
}
