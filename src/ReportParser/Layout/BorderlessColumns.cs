using System;
using System.Collections.Generic;
using System.Linq;

namespace ReportParser.Layout;

/// <summary>
/// The column lines of a table without ruling lines: label columns where at least
/// <see cref="LayoutTolerances.MinLabelsPerColumn"/> labels start at one x, then one column per value column, with
/// boundaries between value columns that follow the numbers' alignment.
/// </summary>
internal sealed class BorderlessColumns
{
    private BorderlessColumns(List<double> lines, int firstValueColumn)
    {
        Lines = lines;
        FirstValueColumn = firstValueColumn;
    }

    /// <summary>Column boundaries, left to right, including the outer edges.</summary>
    public List<double> Lines { get; }

    public int Count => Lines.Count - 1;

    /// <summary>Index of the first value column (the columns before it hold labels).</summary>
    public int FirstValueColumn { get; }

    public double Left => Lines[0];

    public double Right => Lines[Lines.Count - 1];

    /// <summary>The left boundaries of the value columns (the table's identity across a page break).</summary>
    public List<double> ValueLines(int valueColumns) => Lines.Skip(FirstValueColumn).Take(valueColumns).ToList();

    /// <summary>The column that holds <paramref name="x"/>.</summary>
    public int At(double x) => At(Lines, x);

    /// <summary>The column of <paramref name="xs"/> that holds <paramref name="x"/> (the first or last one outside).</summary>
    public static int At(List<double> xs, double x)
    {
        var c = 0;
        while (c < xs.Count - 2 && x >= xs[c + 1])
        {
            c++;
        }

        return c;
    }

    public static BorderlessColumns Build(BorderlessRegion region, TableFrame frame)
    {
        var em = frame.Em;
        var regionLeft = Math.Min(region.Lines.Min(l => l.Left), frame.ValueLeft) - LayoutTolerances.RegionMargin;
        var regionRight = Math.Max(region.Lines.Max(l => l.Right), frame.Columns[frame.Columns.Count - 1].Right) + LayoutTolerances.RegionMargin;

        // Label columns: gutters of the label area that (almost) no label crosses.
        var labelChunks = region.Chunks.SelectMany(chunks => chunks.Where(frame.IsLabelChunk)).ToList();
        var xs = new List<double> { regionLeft };
        xs.AddRange(LabelGutters(labelChunks, regionLeft, frame.ValueLeft, em));
        if (frame.ValueLeft > xs[xs.Count - 1] + em)
        {
            xs.Add(frame.ValueLeft);
        }

        var firstValueColumn = xs.Count - 1;
        for (var c = 1; c < frame.Columns.Count; c++)
        {
            xs.Add(Boundary(frame.Columns[c - 1], frame.Columns[c], em));
        }

        xs.Add(regionRight);
        return new BorderlessColumns(xs, firstValueColumn);
    }

    /// <summary>
    /// Boundaries between label columns: the x positions where at least <see cref="LayoutTolerances.MinLabelsPerColumn"/>
    /// labels start (within an em of each other), left to right; labels of a column start at one x when left-aligned.
    /// Centred labels give fewer boundaries, and a row's labels then share a cell (the recognizer matches labels by
    /// their anchors, not their position).
    /// </summary>
    private static List<double> LabelGutters(List<GlyphLine> labels, double left, double right, double em)
    {
        var result = new List<double>();
        var starts = labels.Select(l => l.Left).OrderBy(x => x).ToList();
        var k = 0;
        while (k < starts.Count)
        {
            var m = k + 1;
            while (m < starts.Count && starts[m] - starts[m - 1] <= em)
            {
                m++;
            }

            var x = starts[k] - (LayoutTolerances.GutterOffsetEm * em);
            if (m - k >= LayoutTolerances.MinLabelsPerColumn && x > left + em && x < right - em && (result.Count == 0 || x > result[result.Count - 1] + em))
            {
                result.Add(x);
            }

            k = m;
        }

        return result;
    }

    /// <summary>
    /// The boundary between two value columns: just left of the second when its numbers are left-aligned, just
    /// right of the first when the first's are right-aligned, else half-way (centred numbers). A header label set
    /// above left-aligned numbers then stays in its own column.
    /// </summary>
    private static double Boundary(ValueColumn a, ValueColumn b, double em)
    {
        var middle = (a.Right + b.Left) / 2;
        if (b.IsLeftAligned)
        {
            return Math.Max(middle, b.Left - (LayoutTolerances.AlignSlackEm * em));
        }

        if (a.IsRightAligned)
        {
            return Math.Min(middle, a.Right + (LayoutTolerances.AlignSlackEm * em));
        }

        return middle;
    }
}
