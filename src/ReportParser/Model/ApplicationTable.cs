using System.Collections.Immutable;
using ReportParser.Diagnostics;

namespace ReportParser.Model;

/// <summary>表三 收到和处理政府信息公开申请情况.</summary>
public sealed class ApplicationTable : ReportTable
{
    internal ApplicationTable(SourceLocation location, ImmutableArray<CellValue> cells, bool otherHandlingIsSplit, ImmutableDictionary<string, string> rowLabels)
        : base("T3", location, cells, rowLabels)
    {
        OtherHandlingIsSplit = otherHandlingIsSplit;
    }

    /// <summary>
    /// True when （六）其他处理 has its three sub-rows (the V2021 layout); false when it is a single data row
    /// (the V2019Trial layout, or a V2021 report built from a stale template).
    /// </summary>
    public bool OtherHandlingIsSplit { get; }

    /// <summary>The cell at a row and column; a cell the report does not print (or a group row) has <see cref="CellKind.Missing"/>.</summary>
    /// <param name="row">The row.</param>
    /// <param name="column">The column.</param>
    public CellValue this[ApplicationRow row, ApplicantColumn column] => Get(ReportIds.Of(row), ReportIds.Of(column));
}
