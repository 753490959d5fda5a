using System;
using System.Collections.Generic;
using System.Linq;

namespace ReportParser.Layout;

/// <summary>
/// The row of every line of a table without ruling lines. A data line is a row. Lines above the first numbers are
/// header rows, unless all of them are labels: then they are one leading row, the rest of a row begun on the
/// previous page (<see cref="TableStitcher"/> joins it to that row, or to the row below when the table starts
/// here). Label lines after the last numbers are one trailing row (joined to the row continued on the next page, or
/// to the row above). Between rows of numbers, a header or title line is a row; a label line is a row when a header
/// line follows it (the title of the next block), else it joins the nearest row of numbers.
/// </summary>
internal sealed class RowAssignment
{
    private readonly BorderlessRegion _region;
    private readonly TableFrame _frame;

    /// <summary>The row of each line; null for a label line between rows of numbers not yet given to one of them.</summary>
    private readonly int?[] _rows;

    private RowAssignment(BorderlessRegion region, TableFrame frame)
    {
        _region = region;
        _frame = frame;
        _rows = new int?[region.Count];
    }

    public int RowCount { get; private set; }

    /// <summary>The first row holds only label lines that came before the first numbers, with no header.</summary>
    public bool Leading { get; private set; }

    /// <summary>The last row holds only label lines that followed the last numbers.</summary>
    public bool Trailing { get; private set; }

    /// <summary>The row of line <paramref name="line"/> of the region.</summary>
    public int RowOf(int line) => _rows[line] ?? throw new InvalidOperationException("Every line is assigned a row.");

    public static RowAssignment Assign(BorderlessRegion region, TableFrame frame)
    {
        var rows = new RowAssignment(region, frame);
        rows.AssignOwnRows();
        rows.AssignLabelLinesBetweenRows();
        if (rows.Leading)
        {
            rows.ClaimLeadingLines();
        }

        if (rows.Trailing)
        {
            rows.ClaimTrailingLines();
        }

        return rows;
    }

    /// <summary>Header rows, the leading row, a row per data line and per header or title line, the trailing row; label lines between rows of numbers wait.</summary>
    private void AssignOwnRows()
    {
        var (lines, data) = (_region.Lines, _region.Data);
        var (firstData, lastData) = (_region.FirstData, _region.LastData);
        var headerRows = Enumerable.Range(0, firstData).Any(i => !_frame.IsLabelOnly(lines[i]));
        Leading = !headerRows && firstData > 0;
        Trailing = lastData < lines.Count - 1;
        var rows = Leading ? 1 : 0;
        for (var i = 0; i <= lastData; i++)
        {
            if (i < firstData)
            {
                _rows[i] = Leading ? 0 : rows++;
            }
            else if (data[i] || !_frame.IsLabelOnly(lines[i])
                || (i + 1 < lines.Count && !data[i + 1] && !_frame.IsLabelOnly(lines[i + 1])))
            {
                _rows[i] = rows++;
            }
        }

        if (Trailing)
        {
            var trailingRow = rows++;
            for (var i = lastData + 1; i < lines.Count; i++)
            {
                _rows[i] = trailingRow;
            }
        }

        RowCount = rows;
    }

    /// <summary>
    /// Label lines between two rows of numbers go to one or the other, each label column on its own (a group label
    /// set beside a sub-label has its own line pitch). Next to a header or title row, they join the row of numbers.
    /// </summary>
    private void AssignLabelLinesBetweenRows()
    {
        var (lines, data) = (_region.Lines, _region.Data);
        var pitch = CellPitch();
        var i = 0;
        while (i < lines.Count)
        {
            if (_rows[i] is not null)
            {
                i++;
                continue;
            }

            var first = i;
            while (i < lines.Count && _rows[i] is null)
            {
                i++;
            }

            var above = first - 1;
            var below = i < lines.Count ? i : -1;
            var aboveData = above >= 0 && data[above];
            var belowData = below >= 0 && data[below];
            if (!aboveData || !belowData)
            {
                var target = aboveData ? above : belowData ? below : above >= 0 ? above : below;
                for (var k = first; k < i; k++)
                {
                    _rows[k] = target >= 0 ? _rows[target] : 0;
                }

                continue;
            }

            var segment = Enumerable.Range(first, i - first).ToList();
            while (segment.Count > 0)
            {
                var reference = lines[segment[0]];
                var column = segment.Where(k => Overlaps(lines[k], reference)).ToList();
                segment.RemoveAll(column.Contains);
                AssignBetween(column, above, below, reference, pitch);
            }
        }
    }

    /// <summary>
    /// Label lines of one label column between two rows of numbers: the rows are cut where the baselines are further
    /// apart than the pitch inside a cell (by cell padding), if that happens once; else the row above takes as many
    /// lines below its numbers as it has label lines above them in this column (numbers sit in the middle of their
    /// row); else each line joins the nearer row.
    /// </summary>
    private void AssignBetween(List<int> column, int above, int below, GlyphLine reference, double pitch)
    {
        var (lines, data) = (_region.Lines, _region.Data);
        var em = lines[column[0]].Size;
        var baselines = new List<double> { lines[above].Baseline };
        baselines.AddRange(column.Select(k => lines[k].Baseline));
        baselines.Add(lines[below].Baseline);
        var gaps = baselines.Zip(baselines.Skip(1), (a, b) => a - b).ToList();
        var wide = Enumerable.Range(0, gaps.Count).Where(g => gaps[g] >= pitch + (LayoutTolerances.RowGapOverPitchEm * em)).ToList();
        var clear = wide.Count == 1;
        var widest = clear ? wide[0] : -1;

        var aboveOwn = 0;
        for (var k = above - 1; k >= 0 && !data[k] && _rows[k] == _rows[above]; k--)
        {
            if (Overlaps(lines[k], reference))
            {
                aboveOwn++;
            }
        }

        for (var n = 0; n < column.Count; n++)
        {
            var k = column[n];
            var toAbove = clear
                ? n < widest
                : aboveOwn > 0
                    ? n < aboveOwn
                    : Math.Abs(lines[above].Baseline - lines[k].Baseline) <= Math.Abs(lines[below].Baseline - lines[k].Baseline);
            _rows[k] = _rows[toAbove ? above : below];
        }
    }

    /// <summary>
    /// A row's numbers sit in the middle of its label lines: of the label lines before the first numbers, as many as
    /// follow those numbers in their row belong to it; the ones above are the rest of the previous page's row.
    /// </summary>
    private void ClaimLeadingLines()
    {
        var (firstData, lastData, data) = (_region.FirstData, _region.LastData, _region.Data);
        var below = Enumerable.Range(firstData + 1, lastData - firstData).Count(i => i < _region.Count && !data[i] && _rows[i] == _rows[firstData]);
        var own = Math.Min(firstData, below);
        for (var i = firstData - own; i < firstData; i++)
        {
            _rows[i] = _rows[firstData];
        }

        if (own == firstData)
        {
            // Every label line above is the first row's own: there is no leading row.
            Leading = false;
            RowCount--;
            for (var i = 0; i < _rows.Length; i++)
            {
                _rows[i]--;
            }
        }
    }

    /// <summary>
    /// Of the label lines after the last numbers, those wrapped in the last row's cell (no wider apart than the pitch
    /// inside a cell) are its own, and of the rest as many as it has label lines above its numbers.
    /// </summary>
    private void ClaimTrailingLines()
    {
        var (lines, data) = (_region.Lines, _region.Data);
        var (firstData, lastData) = (_region.FirstData, _region.LastData);
        var pitch = CellPitch();
        var after = lines.Count - 1 - lastData;
        var wrapped = 0;
        while (wrapped < after && lines[lastData + wrapped].Baseline - lines[lastData + wrapped + 1].Baseline <= pitch + (LayoutTolerances.RowGapOverPitchEm * _frame.Em))
        {
            wrapped++;
        }

        var above = Enumerable.Range(firstData, lastData - firstData).Count(i => !data[i] && _rows[i] == _rows[lastData]);
        var own = Math.Max(wrapped, Math.Min(after, above));
        for (var i = lastData + 1; i <= lastData + own; i++)
        {
            _rows[i] = _rows[lastData];
        }

        if (own == after)
        {
            Trailing = false;
            RowCount--;
        }
    }

    private static bool Overlaps(GlyphLine a, GlyphLine b) => a.Left < b.Right && b.Left < a.Right;

    /// <summary>The line pitch inside a cell: the median distance between consecutive label lines set one above the other (unknown: infinite).</summary>
    private double CellPitch()
    {
        var (lines, data) = (_region.Lines, _region.Data);
        var pitches = new List<double>();
        for (var k = 1; k < lines.Count; k++)
        {
            if (!data[k] && !data[k - 1] && Overlaps(lines[k], lines[k - 1]))
            {
                pitches.Add(lines[k - 1].Baseline - lines[k].Baseline);
            }
        }

        pitches.Sort();
        return pitches.Count > 0 ? pitches[pitches.Count / 2] : double.MaxValue;
    }
}
