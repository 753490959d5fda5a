using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using ReportParser.Diagnostics;
using ReportParser.Documents;
using ReportParser.Recognition.Templates;

namespace ReportParser.Recognition;

/// <summary>
/// Locates 表三's value cells: columns from the header labels (自然人 … 总计), rows from the row labels matched by
/// their anchors, never by position alone. A table continued in a second grid (page break) reuses the header.
/// </summary>
internal sealed class ApplicationTableRecognizer
{
    private const string OtherHandlingGroup = "T3.R3.6";

    private readonly RecognitionContext _context;
    private readonly Dictionary<string, (GridCell Label, TableView View, int Row)> _rows = new(StringComparer.Ordinal);
    private readonly List<RecognizedCell> _cells = [];
    private readonly Dictionary<string, string> _labels = new(StringComparer.Ordinal);
    private Dictionary<string, int>? _columns;
    private int _firstValueColumn;
    private int _columnCount;

    public ApplicationTableRecognizer(RecognitionContext context)
    {
        _context = context;
    }

    public static bool HasHeader(TableView view) => FindHeader(view, out _, out _) is not null;

    public (RecognizedTable Table, bool OtherHandlingIsSplit) Recognize(IReadOnlyList<TableView> parts)
    {
        string? lastRow = null;
        foreach (var view in parts)
        {
            var headerEnd = 0;
            var columns = FindHeader(view, out headerEnd, out var firstValueColumn);
            if (columns is not null && columns.Count > 0)
            {
                _columns = columns;
                _firstValueColumn = firstValueColumn;
                _columnCount = view.Table.ColumnCount;
                ReportMissingColumns(view, columns);
            }
            else if (_columns is null || _columnCount != view.Table.ColumnCount)
            {
                // No header here and none to inherit: read the rightmost seven columns, and say so.
                _columns = StandardTables.ApplicantColumns
                    .Select((c, i) => (c.Id, Column: view.Table.ColumnCount - StandardTables.ApplicantColumns.Length + i))
                    .ToDictionary(x => x.Id, x => x.Column, StringComparer.Ordinal);
                _firstValueColumn = Math.Max(view.Table.ColumnCount - StandardTables.ApplicantColumns.Length, 1);
                _columnCount = view.Table.ColumnCount;
                _context.Diagnostics.Add(Descriptors.TableLayoutUnrecognized, _context.Location(view.Table.Provenance, "T3"), "表三", StandardTables.ApplicantColumns.Length);
                headerEnd = 0;
            }

            for (var r = headerEnd; r < view.Table.RowCount; r++)
            {
                var rowId = MatchRow(view, r, lastRow, out var label);
                if (rowId is null || _rows.ContainsKey(rowId))
                {
                    continue;
                }

                _rows[rowId] = (label!, view, r);
                _labels[rowId] = label!.Text.Replace("\n", string.Empty);
                lastRow = rowId;
                ReadValues(view, r, rowId);
            }
        }

        var split = StandardTables.ApplicationRows.Any(s => s.ParentId == OtherHandlingGroup && _rows.ContainsKey(s.Id));
        ReportMissingRows(parts[0], split);
        var table = new RecognizedTable("T3", parts[0].Table.Provenance, _cells.ToImmutableArray(), _labels.ToImmutableDictionary());
        return (table, split);
    }

    private static Dictionary<string, int>? FindHeader(TableView view, out int headerEnd, out int firstValueColumn)
    {
        headerEnd = 0;
        firstValueColumn = 0;

        // The header is everything above the first data row (一、本年新收…).
        var firstDataRow = -1;
        for (var r = 0; r < view.Table.RowCount && firstDataRow < 0; r++)
        {
            foreach (var cell in view.Table.GetRow(r))
            {
                if (cell.Row == r && view.Norm(cell).Contains("新收"))
                {
                    firstDataRow = r;
                    break;
                }
            }
        }

        var limit = firstDataRow >= 0 ? firstDataRow : Math.Min(view.Table.RowCount, 4);
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var r = 0; r < limit; r++)
        {
            foreach (var cell in view.Table.GetRow(r))
            {
                if (cell.Row != r)
                {
                    continue;
                }

                var text = view.Norm(cell);
                foreach (var spec in StandardTables.ApplicantColumns)
                {
                    if (!columns.ContainsKey(spec.Id) && spec.Anchors.Any(a => spec.ExactMatch ? text == a : text.Contains(a)))
                    {
                        columns[spec.Id] = cell.Column;
                    }
                }
            }
        }

        // A header label broken over two stacked cells (商业 / 企业: a PDF row split by a page break) is read down its
        // column: the one-column cells of the header, top to bottom, joined.
        if (columns.Count > 0 && columns.Count < StandardTables.ApplicantColumns.Length)
        {
            for (var c = 0; c < view.Table.ColumnCount; c++)
            {
                if (columns.ContainsValue(c))
                {
                    continue;
                }

                var stacked = new List<GridCell>();
                for (var r = 0; r < limit; r++)
                {
                    if (view.Table.GetCell(r, c) is { ColumnSpan: 1 } cell && cell.Row == r && cell.Column == c)
                    {
                        stacked.Add(cell);
                    }
                }

                if (stacked.Count < 2)
                {
                    continue;
                }

                var text = string.Concat(stacked.Select(view.Norm));
                foreach (var spec in StandardTables.ApplicantColumns)
                {
                    if (!columns.ContainsKey(spec.Id) && spec.Anchors.Any(a => spec.ExactMatch ? text == a : text.Contains(a)))
                    {
                        columns[spec.Id] = c;
                        break;
                    }
                }
            }
        }

        if (columns.Count == 0)
        {
            return null;
        }

        headerEnd = limit;
        firstValueColumn = columns.Values.Min();
        return columns;
    }

    private void ReportMissingColumns(TableView view, Dictionary<string, int> columns)
    {
        foreach (var spec in StandardTables.ApplicantColumns.Where(s => !columns.ContainsKey(s.Id)))
        {
            _context.Diagnostics.Add(Descriptors.ColumnNotFound, _context.Location(view.Table.Provenance, "T3", column: spec.Id), "表三", spec.Label, spec.Id);
        }
    }

    private void ReportMissingRows(TableView view, bool split)
    {
        foreach (var spec in StandardTables.ApplicationRows.Where(s => s.Kind == RowKind.Data || s.Id == OtherHandlingGroup))
        {
            var expected = spec.Id == OtherHandlingGroup ? !split : (spec.ParentId != OtherHandlingGroup || split);
            if (expected && !_rows.ContainsKey(spec.Id))
            {
                _context.Diagnostics.Add(Descriptors.RowNotFound, _context.Location(view.Table.Provenance, "T3", spec.Id), "表三", spec.Label, spec.Id);
            }
        }
    }

    /// <summary>Identifies a grid row by its deepest label cell that starts in it; group cells (merged from above) give context.</summary>
    private string? MatchRow(TableView view, int r, string? previousRow, out GridCell? label)
    {
        label = null;
        var labelCells = view.Table.GetRow(r).Where(c => c.Column < _firstValueColumn).ToList();
        var starting = labelCells.Where(c => c.Row == r && view.Norm(c).Length > 0).ToList();
        if (starting.Count == 0)
        {
            return null;
        }

        var context = string.Concat(labelCells.Where(c => c.Row < r).Select(view.Core));
        for (var i = starting.Count - 1; i >= 0; i--)
        {
            var id = MatchLabel(view.Core(starting[i]), context, previousRow);
            if (id is not null)
            {
                label = starting[i];
                return id;
            }
        }

        // A label broken over several cells of the same row.
        var joined = string.Concat(starting.Select(view.Core));
        var joinedId = MatchLabel(TextNormalizer.StripOrdinal(joined), context, previousRow);
        if (joinedId is not null)
        {
            label = starting[starting.Count - 1];
        }

        return joinedId;
    }

    internal static string? MatchLabel(string core, string groupContext, string? previousRow)
    {
        if (core.Length == 0)
        {
            return null;
        }

        // "3.其他" only means （六）其他处理 → 其他 inside its group.
        if (core is "其他")
        {
            var inGroup = groupContext.Contains("其他处理") || (previousRow is not null && previousRow.StartsWith("T3.R3.6", StringComparison.Ordinal));
            return inGroup ? "T3.R3.6.3" : null;
        }

        if (core is "总计" or "合计" or "办理结果总计")
        {
            return "T3.R3.7";
        }

        RowSpec? best = null;
        var bestLength = 0;
        foreach (var spec in StandardTables.ApplicationRows)
        {
            if (spec.Kind == RowKind.Group && spec.Id != OtherHandlingGroup)
            {
                continue;
            }

            foreach (var anchor in spec.Anchors)
            {
                if (anchor.Length > bestLength && core.Contains(anchor))
                {
                    best = spec;
                    bestLength = anchor.Length;
                }
            }
        }

        return best?.Id;
    }

    private void ReadValues(TableView view, int r, string rowId)
    {
        if (rowId == OtherHandlingGroup && _rows.Keys.Any(k => k.StartsWith("T3.R3.6.", StringComparison.Ordinal)))
        {
            return;
        }

        var aligned = new List<(string Column, GridCell? Cell)>();
        foreach (var spec in StandardTables.ApplicantColumns)
        {
            GridCell? cell = null;
            if (_columns!.TryGetValue(spec.Id, out var column))
            {
                var candidate = view.Table.GetCell(r, column);
                if (candidate is not null && candidate.Row == r && candidate.Column >= _firstValueColumn)
                {
                    cell = candidate;
                }
            }

            aligned.Add((spec.Id, cell));
        }

        // Template drift: an extra or missing empty cell shifts the row. If exactly seven cells follow the label
        // but they do not line up with the header, read them in order and say so.
        var trailing = view.Table.GetRow(r).Where(c => c.Row == r && c.Column >= _firstValueColumn).ToList();
        var distinctAligned = aligned.Where(a => a.Cell is not null).Select(a => a.Cell!).Distinct().Count();
        if (trailing.Count == StandardTables.ApplicantColumns.Length && distinctAligned < StandardTables.ApplicantColumns.Length && _columns!.Count == StandardTables.ApplicantColumns.Length)
        {
            aligned = StandardTables.ApplicantColumns.Select((s, i) => (s.Id, (GridCell?)trailing[i])).ToList();
            _context.Diagnostics.Add(Descriptors.ValuesReadInRowOrder, _context.Location(view.Table.Provenance, "T3", rowId), "表三", StandardTables.ApplicationRow(rowId).Label, trailing.Count);
        }

        var seen = new HashSet<GridCell>();
        foreach (var (column, cell) in aligned)
        {
            // A cell spanning two value columns belongs to the first only.
            var text = cell is not null && seen.Add(cell) ? cell.Text : null;
            _cells.Add(new RecognizedCell(rowId, column, text, cell is null ? view.Table.Provenance : view.ProvenanceOf(cell)));
        }
    }
}
