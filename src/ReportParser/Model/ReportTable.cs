using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using ReportParser.Diagnostics;

namespace ReportParser.Model;

/// <summary>A standard table (表二, 表三 or 表四) as mapped from the report: every value cell the template defines.</summary>
public abstract class ReportTable
{
    private readonly Dictionary<string, CellValue> _byKey;

    private protected ReportTable(string tableId, SourceLocation location, ImmutableArray<CellValue> cells, ImmutableDictionary<string, string> rowLabels)
    {
        RowLabels = rowLabels;
        TableId = tableId;
        Location = location;
        Cells = cells;
        _byKey = new Dictionary<string, CellValue>(StringComparer.Ordinal);
        foreach (var cell in cells)
        {
            _byKey[cell.Key] = cell;
        }
    }

    /// <summary><c>T2</c>, <c>T3</c> or <c>T4</c>.</summary>
    public string TableId { get; }

    /// <summary>Where the table starts in the source.</summary>
    public SourceLocation Location { get; }

    /// <summary>
    /// Every value cell the template defines for this table, in printed order. A cell the report does not print
    /// has <see cref="CellKind.Missing"/>.
    /// </summary>
    public ImmutableArray<CellValue> Cells { get; }

    /// <summary>The row labels as printed, by row id (e.g. <c>T2.R.normative_doc</c> → <c>规范性文件</c>), for the rows that were found.</summary>
    public ImmutableDictionary<string, string> RowLabels { get; }

    /// <summary>The cell with the given spec ids, or null when the template has no such cell.</summary>
    /// <param name="rowId">Row id, e.g. <c>T3.R1</c>.</param>
    /// <param name="columnId">Column id, e.g. <c>T3.C.total</c>.</param>
    public CellValue? Find(string rowId, string columnId) =>
        _byKey.TryGetValue(rowId + "|" + columnId, out var cell) ? cell : null;

    private protected CellValue Get(string rowId, string columnId) =>
        Find(rowId, columnId) ?? new CellValue(rowId, columnId, string.Empty, CellKind.Missing, null, null, null, Location);
}
