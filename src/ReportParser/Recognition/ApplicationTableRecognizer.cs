using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using ReportParser.Diagnostics;
using ReportParser.Documents;
using ReportParser.Spec;

namespace ReportParser.Recognition;

/// <summary>
/// Locates 表三's value cells: columns from the header labels (自然人 … 总计), rows from the row labels matched by
/// their anchors, never by position alone. A table continued in a second grid (page break) reuses the header.
/// Non-standard additions some reports print — a 法人或其他组织 小计/合计 column, 小计 rows under （三）–（六） — are read
/// into <see cref="RecognizedTable.NonStandardCells"/> and never shift the standard cells.
/// </summary>
internal sealed class ApplicationTableRecognizer
{
    private const string OtherHandlingGroup = StandardTables.OtherHandlingGroupId;

    private static readonly StandardTable Table = StandardTable.Applications;

    /// <summary>（六）3.其他: the row a bare 其他 label means inside （六）.</summary>
    private static readonly string OtherHandlingOther = StandardTables.ApplicationRows.Last(r => r.ParentId == OtherHandlingGroup).Id;

    private readonly RecognitionContext _context;
    private readonly Dictionary<string, (GridCell Label, TableView View, int Row)> _rows = new(StringComparer.Ordinal);
    private readonly List<RecognizedCell> _cells = [];
    private readonly List<RecognizedCell> _nonStandardCells = [];
    private readonly Dictionary<string, string> _labels = new(StringComparer.Ordinal);

    /// <summary>The rows read in document order, labelled (row id) or not (the value cells of a text row no label named).</summary>
    private readonly List<(string? RowId, TableView View, int Row, string Text, List<GridCell>? Values)> _sequence = [];
    private Dictionary<string, int>? _columns;
    private bool _columnsByPosition;
    private bool _placeholderReported;
    private int? _orgSubtotalColumn;
    private int _firstValueColumn;
    private int _columnCount;

    public ApplicationTableRecognizer(RecognitionContext context)
    {
        _context = context;
    }

    public static bool HasHeader(TableView view) => FindHeader(view, out _, out _) is not null;

    private static bool NumberLike(string text) => text.Length > 0 && text.All(ch => char.IsDigit(ch) || ch is ',' or '.' or '+' or '-');

    public (RecognizedTable Table, TemplateSpec Layout) Recognize(IReadOnlyList<TableView> parts)
    {
        string? lastRow = null;
        foreach (var view in parts)
        {
            var headerEnd = 0;
            var columns = FindHeader(view, out headerEnd, out var firstValueColumn);
            if (columns is not null && columns.Count > 0)
            {
                _columns = columns;
                _columnsByPosition = false;
                _firstValueColumn = firstValueColumn;
                _columnCount = view.Table.ColumnCount;
                _orgSubtotalColumn = FindOrgSubtotalColumn(view, headerEnd, columns);
                if (InferLostColumn(view, headerEnd, columns) is { } inferred)
                {
                    _firstValueColumn = columns.Values.Min();
                    _context.Diagnostics.Add(Descriptors.ColumnInferred, _context.Location(view.Table.Provenance, Table.Id, column: inferred.Id), Table.Name, inferred.Label, inferred.Id);
                }

                ReportMissingColumns(view, columns);
                if (!_placeholderReported && HasPlaceholderHeader(view))
                {
                    _placeholderReported = true;
                    _context.Diagnostics.Add(Descriptors.ColumnsByPlaceholder, _context.Location(view.Table.Provenance, Table.Id), Table.Name, StandardTables.ApplicantColumns.Length - 1, string.Join("、", StandardTables.ApplicantColumns.Select(c => c.Label)));
                }
            }
            else if (ClippedTables.Edges(view.Table) is not null && (_columns is null || _columnCount != view.Table.ColumnCount))
            {
                // A part cut by the page edge with no header of its own: reading its columns by position would guess.
                continue;
            }
            else if (_columns is null || _columnCount != view.Table.ColumnCount)
            {
                // No header here and none to inherit: read the rightmost seven columns, and say so.
                _columns = StandardTables.ApplicantColumns
                    .Select((c, i) => (c.Id, Column: view.Table.ColumnCount - StandardTables.ApplicantColumns.Length + i))
                    .ToDictionary(x => x.Id, x => x.Column, StringComparer.Ordinal);
                _columnsByPosition = true;
                _firstValueColumn = Math.Max(view.Table.ColumnCount - StandardTables.ApplicantColumns.Length, 1);
                _columnCount = view.Table.ColumnCount;
                _orgSubtotalColumn = null;
                _context.Diagnostics.Add(Descriptors.TableLayoutUnrecognized, _context.Location(view.Table.Provenance, Table.Id), Table.Name, StandardTables.ApplicantColumns.Length);
                headerEnd = 0;
            }

            for (var r = headerEnd; r < view.Table.RowCount; r++)
            {
                if (r > headerEnd && ContinuesAcrossPage(view, r))
                {
                    lastRow = JoinContinuation(view, r, lastRow) ?? lastRow;
                    continue;
                }

                var rowId = MatchRow(view, r, lastRow, out var label);
                if (rowId is null && SequencedRows.Unlabelled(view, r, StandardTables.ApplicantColumns.Length) is { } unlabelled)
                {
                    _sequence.Add((null, view, r, unlabelled.Text, unlabelled.Values));
                }

                if (rowId is null || _rows.ContainsKey(rowId))
                {
                    continue;
                }

                // A group label on its own row (（三）不予公开 …) is a subtotal only when it carries values.
                if (StandardTables.IsSubtotalRow(rowId) && !IsSubtotalWord(view.Core(label!)) && !HasAnyValue(view, r))
                {
                    continue;
                }

                _rows[rowId] = (label!, view, r);
                _labels[rowId] = label!.Text.Replace("\n", string.Empty);
                _sequence.Add((rowId, view, r, _labels[rowId], null));
                lastRow = rowId;
                ReadValues(view, r, rowId);
            }
        }

        ReadUnlabelledRows();

        var layout = _context.Templates.VoteApplicationLayout(_rows.Keys);
        if (layout.OtherHandlingIsSplit)
        {
            MoveOtherHandlingGroupRowToSubtotal();
        }

        ReportMissingRows(parts[0], layout);
        var table = new RecognizedTable(Table.Id, parts[0].Table.Provenance, _cells.ToImmutableArray(), _labels.ToImmutableDictionary())
        {
            NonStandardCells = _nonStandardCells.ToImmutableArray(),
        };
        return (table, layout);
    }

    /// <summary>
    /// Unlabelled value rows of a text conversion (<see cref="SequencedRows"/>): a run of them between two labelled rows
    /// is read as the template's rows between those labels when, in exactly one template layout, their numbers are
    /// equal and none of those rows was read; says so (RP0213). Any other run stays unread.
    /// </summary>
    private void ReadUnlabelledRows()
    {
        for (var i = 0; i < _sequence.Count; i++)
        {
            if (_sequence[i].RowId is not null)
            {
                continue;
            }

            var start = i;
            while (i < _sequence.Count && _sequence[i].RowId is null)
            {
                i++;
            }

            if (start == 0 || i == _sequence.Count)
            {
                continue;
            }

            var run = _sequence.GetRange(start, i - start);
            var (before, after) = (_sequence[start - 1].RowId!, _sequence[i].RowId!);
            var fits = _context.Templates.All
                .Select(t => SequencedRows.Between(t.ApplicationDataRows, before, after))
                .Where(b => b is not null && b.Count == run.Count && b.All(id => !_rows.ContainsKey(id)))
                .Select(b => string.Join(",", b!)).Distinct(StringComparer.Ordinal).ToList();
            if (fits.Count != 1)
            {
                continue;
            }

            var ids = fits[0].Split(',');
            for (var k = 0; k < run.Count; k++)
            {
                var (_, view, row, text, values) = run[k];
                _rows[ids[k]] = (values![0], view, row);
                _labels[ids[k]] = text;
                _cells.AddRange(StandardTables.ApplicantColumns.Select((c, n) => RecognizedCell.Of(ids[k], c.Id, values[n], view)));
            }

            _context.Diagnostics.Add(
                Descriptors.RowsReadBySequence, _context.Location(run[0].View.ProvenanceOf(run[0].Values![0]), Table.Id, ids[0]), Table.Name, run.Count,
                _labels[before], _labels[after], string.Join("、", ids.Select(id => StandardTables.ApplicationRow(id).Label)));
        }
    }

    /// <summary>
    /// In the 2021 layout （六）其他处理 is a group: if its label row carried values of its own (read as the 2019 single
    /// row before the sub-rows appeared), those values are a non-standard subtotal, not the group's data.
    /// </summary>
    private void MoveOtherHandlingGroupRowToSubtotal()
    {
        var groupCells = _cells.Where(c => c.RowId == OtherHandlingGroup).ToList();
        if (groupCells.Count == 0)
        {
            return;
        }

        _cells.RemoveAll(c => c.RowId == OtherHandlingGroup);
        var subtotalId = StandardTables.SubtotalRowId(OtherHandlingGroup);
        var orgSubtotal = _nonStandardCells.Where(c => c.RowId == OtherHandlingGroup).ToList();
        _nonStandardCells.RemoveAll(c => c.RowId == OtherHandlingGroup);
        if (groupCells.Concat(orgSubtotal).Any(c => !string.IsNullOrWhiteSpace(c.Text)) && !_rows.ContainsKey(subtotalId))
        {
            _nonStandardCells.AddRange(groupCells.Concat(orgSubtotal).Select(c => c with { RowId = subtotalId }));
            if (_labels.TryGetValue(OtherHandlingGroup, out var label))
            {
                _labels[subtotalId] = label;
            }
        }

        _labels.Remove(OtherHandlingGroup);
    }

    /// <summary>
    /// A row split by a page break (Word, WPS and LibreOffice let a row break across pages): the first lines of the
    /// label at the foot of one page, the rest at the top of the next, the values on one side of the break and empty
    /// cells on the other. Row <paramref name="r"/> is such a rest when its label starts on a later page than the row
    /// above, the two rows do not both carry values, and its label does not begin with a list marker of its own
    /// (<c>4.</c>, <c>（五）</c>: a new row whose values happen to be blank).
    /// </summary>
    private bool ContinuesAcrossPage(TableView view, int r)
    {
        var own = StartingLabels(view, r);
        var above = StartingLabels(view, r - 1);
        if (own.Count == 0 || above.Count == 0 || (HasAnyValue(view, r) && HasAnyValue(view, r - 1)))
        {
            return false;
        }

        var page = own[0].Provenance.Page;
        var pageAbove = above.Max(c => c.Provenance.Page);
        var text = string.Concat(own.Select(view.Norm));
        return page is not null && pageAbove is not null && page > pageAbove && LabelText.StripOrdinal(text) == text;
    }

    /// <summary>
    /// Joins the rest of a split row (<see cref="ContinuesAcrossPage"/>) to the row above. When the first lines alone
    /// named a row, the rest is appended to its label (and its values are taken from the rest if they sit there). Else
    /// each label column's first lines and rest are joined (<c>（三</c> + <c>）不予公开</c>, <c>1.属于国</c> + <c>家秘密</c>)
    /// and the deepest joined label names the row. Returns the row id read, or null.
    /// </summary>
    private string? JoinContinuation(TableView view, int r, string? lastRow)
    {
        var valuesRow = HasAnyValue(view, r) ? r : r - 1;
        var read = _rows.FirstOrDefault(p => ReferenceEquals(p.Value.View, view) && p.Value.Row == r - 1).Key;
        if (read is not null)
        {
            _labels[read] += string.Concat(StartingLabels(view, r).Select(c => c.Text)).Replace("\n", string.Empty);
            if (valuesRow == r)
            {
                _cells.RemoveAll(c => c.RowId == read);
                _nonStandardCells.RemoveAll(c => c.RowId == read);
                _rows[read] = (_rows[read].Label, view, r);
                ReadValues(view, r, read);
            }

            return null;
        }

        var pieces = JoinedLabelColumns(view, r);
        var context = string.Concat(view.Table.GetRow(r - 1).Where(c => c.Column < _firstValueColumn && c.Row < r - 1).Select(view.Core));
        for (var i = pieces.Count - 1; i >= 0; i--)
        {
            var core = LabelText.StripOrdinal(LabelText.ForMatching(pieces[i].Text));
            var rowId = MatchLabel(core, context + string.Concat(pieces.Take(i).Select(p => LabelText.ForMatching(p.Text))), lastRow);
            if (rowId is null)
            {
                continue;
            }

            if (_rows.ContainsKey(rowId) || StandardTables.IsSubtotalRow(rowId))
            {
                return null;
            }

            _rows[rowId] = (pieces[i].Cell, view, valuesRow);
            _labels[rowId] = pieces[i].Text.Replace("\n", string.Empty);
            ReadValues(view, valuesRow, rowId);
            return rowId;
        }

        return null;
    }

    /// <summary>Per label column, left to right: the text of the cell starting in row <paramref name="r"/> − 1 followed by that of the cell starting in <paramref name="r"/>.</summary>
    private List<(GridCell Cell, string Text)> JoinedLabelColumns(TableView view, int r)
    {
        var pieces = new List<(GridCell Cell, string Text)>();
        for (var c = 0; c < _firstValueColumn; c++)
        {
            var upper = view.Table.GetCell(r - 1, c) is { } u && u.Row == r - 1 && u.Column == c && view.Norm(u).Length > 0 ? u : null;
            var lower = view.Table.GetCell(r, c) is { } l && l.Row == r && l.Column == c && view.Norm(l).Length > 0 ? l : null;
            if (upper is not null || lower is not null)
            {
                pieces.Add((upper ?? lower!, (upper?.Text ?? string.Empty) + (lower?.Text ?? string.Empty)));
            }
        }

        return pieces;
    }

    /// <summary>The label cells that start in row <paramref name="r"/> and hold text, left to right.</summary>
    private List<GridCell> StartingLabels(TableView view, int r) =>
        view.Table.GetRow(r).Where(c => c.Row == r && c.Column < _firstValueColumn && view.Norm(c).Length > 0).Distinct().OrderBy(c => c.Column).ToList();

    private static bool IsSubtotalWord(string core) => core is "小计" or "合计";

    private bool HasAnyValue(TableView view, int r) =>
        view.Table.GetRow(r).Any(c => c.Row == r && c.Column >= _firstValueColumn && !string.IsNullOrWhiteSpace(c.Text));

    /// <summary>
    /// A non-standard 法人或其他组织 subtotal column: a header cell reading 小计/合计 (optionally prefixed with
    /// 法人或其他组织) under the 法人或其他组织 span, or a header cell 法人或其他组织小计/合计 of its own.
    /// </summary>
    private static int? FindOrgSubtotalColumn(TableView view, int headerEnd, Dictionary<string, int> columns)
    {
        var orgSpans = new List<(int Start, int End)>();
        var candidates = new List<GridCell>();
        for (var r = 0; r < headerEnd; r++)
        {
            foreach (var cell in view.Table.GetRow(r))
            {
                if (cell.Row != r)
                {
                    continue;
                }

                var text = view.Norm(cell);
                if (text.Contains("法人"))
                {
                    orgSpans.Add((cell.Column, cell.Column + cell.ColumnSpan));
                }

                if (OrgSubtotalHeader(text))
                {
                    candidates.Add(cell);
                }
            }
        }

        foreach (var cell in candidates)
        {
            if (columns.ContainsValue(cell.Column))
            {
                continue;
            }

            var text = view.Norm(cell);
            if (text.Contains("法人") || orgSpans.Any(s => cell.Column >= s.Start && cell.Column < s.End))
            {
                return cell.Column;
            }
        }

        return null;
    }

    private static bool OrgSubtotalHeader(string text)
    {
        foreach (var prefix in new[] { "", "法人或其他组织", "法人及其他组织", "法人和其他组织" })
        {
            if (text == prefix + "小计" || text == prefix + "合计")
            {
                return true;
            }
        }

        return false;
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
        if (PlaceholderHeader(view, limit) is { } placeholder)
        {
            headerEnd = placeholder.Row + 1;
            firstValueColumn = placeholder.Columns.Values.Min();
            return placeholder.Columns;
        }

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

    /// <summary>A converter's numbered placeholder for a column heading: <c>数据1</c>, <c>数据 2</c>.</summary>
    private static readonly System.Text.RegularExpressions.Regex Placeholder = new(@"^数据(\d{1,2})$", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>True when the table's header is a converter's numbered placeholders (<see cref="PlaceholderHeader"/>).</summary>
    public static bool HasPlaceholderHeader(TableView view) =>
        PlaceholderHeader(view, Math.Min(view.Table.RowCount, 4)) is not null;

    /// <summary>
    /// A header row a document converter wrote with numbered placeholders instead of the applicant headings
    /// (<c>类别 | 数据1 … 数据6 | 总计</c>, one table per row group): exactly the template's applicant columns before 总计,
    /// numbered 1, 2, … in adjacent columns, then 总计. The placeholders carry nothing but their order, so the columns
    /// are read in the template's order (RP0212 says so); any other count or order is no header.
    /// </summary>
    private static (int Row, Dictionary<string, int> Columns)? PlaceholderHeader(TableView view, int limit)
    {
        var specs = StandardTables.ApplicantColumns;
        var total = specs[specs.Length - 1];
        for (var r = 0; r < Math.Min(limit, view.Table.RowCount); r++)
        {
            var row = view.Table.GetRow(r).Where(c => c.Row == r).OrderBy(c => c.Column).ToList();
            var first = row.FindIndex(c => Placeholder.Match(view.Norm(c)) is { Success: true } m && m.Groups[1].Value == "1");
            if (first < 0 || first + specs.Length > row.Count)
            {
                continue;
            }

            var columns = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var i = 0; i < specs.Length; i++)
            {
                var cell = row[first + i];
                var text = view.Norm(cell);
                var fits = i < specs.Length - 1
                    ? Placeholder.Match(text) is { Success: true } m && m.Groups[1].Value == (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)
                    : total.Anchors.Any(a => total.ExactMatch ? text == a : text.Contains(a));
                if (!fits || cell.Column != row[first].Column + i || cell.ColumnSpan != 1)
                {
                    columns.Clear();
                    break;
                }

                columns[specs[i].Id] = cell.Column;
            }

            var more = first + specs.Length < row.Count && Placeholder.IsMatch(view.Norm(row[first + specs.Length]));
            if (columns.Count == specs.Length && !more)
            {
                return (r, columns);
            }
        }

        return null;
    }

    /// <summary>
    /// A header cell lost in conversion (a text rendering that drops 自然人 but keeps its values): when exactly one
    /// applicant column is missing, the others stand in adjacent grid columns in the template's order, and their
    /// positions leave exactly one column for the missing one, that column is it — provided the first data row has
    /// a number there and no header cell of another column sits in it.
    /// </summary>
    private static ColumnSpec? InferLostColumn(TableView view, int headerEnd, Dictionary<string, int> columns)
    {
        var specs = StandardTables.ApplicantColumns;
        var missing = specs.Where(s => !columns.ContainsKey(s.Id)).ToList();
        if (missing.Count != 1)
        {
            return null;
        }

        var index = specs.IndexOf(missing[0]);
        var first = columns[specs[index == 0 ? 1 : 0].Id] - (index == 0 ? 1 : 0);
        for (var i = 0; i < specs.Length; i++)
        {
            if (i != index && columns[specs[i].Id] != first + i)
            {
                return null;
            }
        }

        var column = first + index;
        var dataRow = headerEnd < view.Table.RowCount ? view.Table.GetCell(headerEnd, column) : null;
        if (column < 0 || column >= view.Table.ColumnCount || dataRow is null || dataRow.Row != headerEnd || dataRow.Column != column || !NumberLike(view.Norm(dataRow)))
        {
            return null;
        }

        columns[missing[0].Id] = column;
        return missing[0];
    }

    private void ReportMissingColumns(TableView view, Dictionary<string, int> columns) =>
        ClippedTables.ReportAbsentColumns(_context, view.Table, Table, StandardTables.ApplicantColumns.Where(s => !columns.ContainsKey(s.Id)).ToList());

    private void ReportMissingRows(TableView view, TemplateSpec layout)
    {
        foreach (var spec in StandardTables.ApplicationRows.Where(s => layout.ApplicationDataRows.Contains(s.Id)))
        {
            if (!_rows.ContainsKey(spec.Id))
            {
                _context.Diagnostics.Add(Descriptors.RowNotFound, _context.Location(view.Table.Provenance, Table.Id, spec.Id), Table.Name, spec.Label, spec.Id);
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
            var id = MatchLabel(view.Core(starting[i]), context + string.Concat(starting.Take(i).Select(view.Core)), previousRow);
            if (id is not null)
            {
                label = starting[i];
                return id;
            }

            // The deepest label read with noise is still that row, not the group label beside it.
            if (i == starting.Count - 1 && MatchApproximately(view, [starting[i]], out label) is { } approximate)
            {
                return approximate;
            }
        }

        // A label broken over several cells of the same row.
        var joined = string.Concat(starting.Select(view.Core));
        var joinedId = MatchLabel(LabelText.StripOrdinal(joined), context, previousRow);
        if (joinedId is not null)
        {
            label = starting[starting.Count - 1];
            return joinedId;
        }

        return MatchApproximately(view, starting, out label);
    }

    /// <summary>The data rows' full and short labels, for approximate matching.</summary>
    private static readonly (string Id, string Label)[] ApproximateLabels = StandardTables.ApplicationRows
        .Where(r => r.Kind == RowKind.Data)
        .SelectMany(r => new[] { (r.Id, r.Label), (r.Id, r.ShortLabel) })
        .ToArray();

    /// <summary>The shortest label (normalised) matched approximately: shorter ones (其他, 总计) are too easily confused.</summary>
    private const int MinApproximateLength = 4;

    /// <summary>
    /// A label cell of a text conversion or OCR that no anchor matched: the closest template row label, when it is close
    /// enough and clearly closer than any other (<see cref="LabelMatcher"/>); says so (RP0211). Markup and text layers
    /// are read exactly and never matched approximately.
    /// </summary>
    private string? MatchApproximately(TableView view, List<GridCell> starting, out GridCell? label)
    {
        label = null;
        for (var i = starting.Count - 1; i >= 0; i--)
        {
            var cell = starting[i];
            if (view.ProvenanceOf(cell).Method is not (ReadingMethod.Text or ReadingMethod.Ocr) || view.Core(cell).Length < MinApproximateLength)
            {
                continue;
            }

            if (LabelMatcher.Find(cell.Text, ApproximateLabels) is { } match)
            {
                label = cell;
                var runnerUp = match.RunnerUpDistance == int.MaxValue ? "—" : match.RunnerUpDistance.ToString(System.Globalization.CultureInfo.InvariantCulture);
                _context.Diagnostics.Add(Descriptors.LabelMatchedApproximately, _context.Location(view.ProvenanceOf(cell), Table.Id, match.Id), Table.Name, cell.Text.Replace("\n", string.Empty), match.Label, match.Distance, runnerUp);
                return match.Id;
            }
        }

        return null;
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
            var inGroup = groupContext.Contains(StandardTables.ApplicationRow(OtherHandlingGroup).ShortLabel)
                || (previousRow is not null && previousRow.StartsWith(OtherHandlingGroup, StringComparison.Ordinal));
            return inGroup ? OtherHandlingOther : null;
        }

        // A non-standard 小计 row under （三）–（六）: the group is named by the merged label beside it, or by the row before.
        if (core is "小计" or "合计")
        {
            var group = GroupIn(groupContext) ?? (previousRow is not null && core == "小计" ? ParentGroupOf(previousRow) : null);
            if (group is not null)
            {
                return StandardTables.SubtotalRowId(group);
            }

            return core == "合计" ? StandardTables.OutcomeTotalId : null;
        }

        if (core is "总计" or "办理结果总计")
        {
            return StandardTables.OutcomeTotalId;
        }

        // A group label on a row of its own (other than （六） in the 2019 layout, a data row): a candidate subtotal.
        var groupOnly = GroupLabeled(core);
        if (groupOnly is not null && groupOnly != OtherHandlingGroup)
        {
            return StandardTables.SubtotalRowId(groupOnly);
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

    /// <summary>The group （三）–（六） whose label occurs last in <paramref name="context"/>, or null.</summary>
    private static string? GroupIn(string context)
    {
        string? best = null;
        var bestIndex = -1;
        foreach (var id in StandardTables.SubtotalGroups)
        {
            foreach (var anchor in StandardTables.ApplicationRow(id).Anchors)
            {
                var index = context.LastIndexOf(anchor, StringComparison.Ordinal);
                if (index > bestIndex)
                {
                    best = id;
                    bestIndex = index;
                }
            }
        }

        return best;
    }

    /// <summary>The group whose label <paramref name="core"/> is exactly (<c>不予公开</c> → <c>T3.R3.3</c>), or null.</summary>
    private static string? GroupLabeled(string core) =>
        StandardTables.SubtotalGroups.FirstOrDefault(id => StandardTables.ApplicationRow(id).Anchors.Contains(core));

    private static string? ParentGroupOf(string rowId)
    {
        if (StandardTables.IsSubtotalRow(rowId))
        {
            return StandardTables.GroupOfSubtotal(rowId);
        }

        var parent = StandardTables.ApplicationRows.FirstOrDefault(r => r.Id == rowId)?.ParentId;
        return parent is not null && StandardTables.SubtotalGroups.Contains(parent) ? parent : null;
    }

    private void ReadValues(TableView view, int r, string rowId)
    {
        if (rowId == OtherHandlingGroup && _rows.Keys.Any(k => k.StartsWith(OtherHandlingGroup + ".", StringComparison.Ordinal)))
        {
            // （六）其他处理 printed after its sub-rows with values of its own: a non-standard subtotal.
            var subtotalId = StandardTables.SubtotalRowId(OtherHandlingGroup);
            var label = _labels[rowId];
            _labels.Remove(rowId);
            if (_rows.ContainsKey(subtotalId) || !HasAnyValue(view, r))
            {
                return;
            }

            _rows[subtotalId] = _rows[rowId];
            _labels[subtotalId] = label;
            rowId = subtotalId;
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
            _context.Diagnostics.Add(Descriptors.ValuesReadInRowOrder, _context.Location(view.Table.Provenance, Table.Id, rowId), Table.Name, StandardTables.ApplicationRows.FirstOrDefault(x => x.Id == rowId)?.Label ?? _labels[rowId], trailing.Count);
        }

        var target = StandardTables.IsSubtotalRow(rowId) ? _nonStandardCells : _cells;
        var unknownColumns = _columnsByPosition && !PositionalRead.Fits(view, r, _firstValueColumn, StandardTables.ApplicantColumns.Length);
        if (unknownColumns && view.Table.Provenance.Method is ReadingMethod.Text or ReadingMethod.Ocr
            && SequencedRows.ValuesAfter(view, r, _rows[rowId].Label.Column + _rows[rowId].Label.ColumnSpan, StandardTables.ApplicantColumns.Length) is { } after)
        {
            // A text row with a stray empty cell after its seven values: they are the seven cells after its label.
            unknownColumns = false;
            aligned = StandardTables.ApplicantColumns.Select((s, i) => (s.Id, (GridCell?)after[i])).ToList();
            _context.Diagnostics.Add(Descriptors.ValuesReadInRowOrder, _context.Location(view.Table.Provenance, Table.Id, rowId), Table.Name, _labels[rowId], after.Count);
        }

        var seen = new HashSet<GridCell>();
        foreach (var (column, cell) in aligned)
        {
            // A cell spanning two value columns belongs to the first only.
            var recognized = RecognizedCell.Of(rowId, column, cell is not null && seen.Add(cell) ? cell : null, view);
            target.Add(unknownColumns ? recognized.AsAmbiguous(PositionalRead.ColumnUnknown) : recognized);
        }

        if (_orgSubtotalColumn is { } subtotalColumn)
        {
            var candidate = view.Table.GetCell(r, subtotalColumn);
            var subtotal = candidate is not null && candidate.Row == r && !seen.Contains(candidate) ? candidate : null;
            _nonStandardCells.Add(RecognizedCell.Of(rowId, StandardTables.OrgSubtotalColumnId, subtotal, view));
        }
    }
}
