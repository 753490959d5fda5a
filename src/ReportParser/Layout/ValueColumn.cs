using System;
using System.Collections.Generic;
using System.Linq;

namespace ReportParser.Layout;

/// <summary>The numbers of one column of a table without ruling lines, and the x range they cover.</summary>
internal sealed class ValueColumn
{
    public ValueColumn(GlyphLine first)
    {
        Values.Add(first);
        Left = first.Left;
        Right = first.Right;
    }

    public List<GlyphLine> Values { get; } = [];

    public double Left { get; private set; }

    public double Right { get; private set; }

    /// <summary>True when the numbers share their left edge (within <see cref="LayoutTolerances.EdgeAlignment"/>) but not their right one.</summary>
    public bool IsLeftAligned =>
        Values.Count >= 2 && Values.Max(v => v.Left) - Values.Min(v => v.Left) <= LayoutTolerances.EdgeAlignment
        && Values.Max(v => v.Right) - Values.Min(v => v.Right) > LayoutTolerances.EdgeAlignment;

    /// <summary>True when the numbers share their right edge but not their left one.</summary>
    public bool IsRightAligned =>
        Values.Count >= 2 && Values.Max(v => v.Right) - Values.Min(v => v.Right) <= LayoutTolerances.EdgeAlignment
        && Values.Max(v => v.Left) - Values.Min(v => v.Left) > LayoutTolerances.EdgeAlignment;

    /// <summary>
    /// The x ranges where the numbers of the data lines line up, or null when they do not line up like a table's:
    /// a table needs two columns of two or more numbers holding most of its numbers, or one line of
    /// <see cref="LayoutTolerances.MinNumbersInLoneRow"/> or more numbers (表四).
    /// </summary>
    public static List<ValueColumn>? FindAll(List<List<GlyphLine>> dataChunks)
    {
        var values = dataChunks.SelectMany(c => c.Where((chunk, index) => TableLineClassifier.IsValue(chunk) && (index > 0 || c.Count(TableLineClassifier.IsValue) >= 2))).OrderBy(c => c.Left).ToList();
        if (values.Count == 0)
        {
            return null;
        }

        var em = LayoutMath.Median(values.Select(v => v.Size));
        var slack = LayoutTolerances.AlignSlackEm * em;
        var columns = new List<ValueColumn>();
        foreach (var value in values)
        {
            var hit = columns.FindIndex(c => value.Left <= c.Right + slack && value.Right >= c.Left - slack);
            if (hit >= 0)
            {
                columns[hit].Add(value);
            }
            else
            {
                columns.Add(new ValueColumn(value));
            }
        }

        columns.Sort((a, b) => a.Left.CompareTo(b.Left));
        for (var k = columns.Count - 1; k > 0; k--)
        {
            if (columns[k].Left <= columns[k - 1].Right)
            {
                columns[k - 1].Merge(columns[k]);
                columns.RemoveAt(k);
            }
        }

        // Numbers in a table line up in columns; numbers in running text do not. One line of many numbers (表四) is a table row by itself.
        var supported = columns.Where(c => c.Values.Count >= 2).Sum(c => c.Values.Count);
        var lineOfNumbers = dataChunks.Any(c => c.Count >= LayoutTolerances.MinNumbersInLoneRow && c.All(TableLineClassifier.IsValue));
        return (columns.Count(c => c.Values.Count >= 2) >= 2 && supported >= LayoutTolerances.MinSupportedNumbersShare * values.Count) || lineOfNumbers ? columns : null;
    }

    public void Add(GlyphLine value)
    {
        Values.Add(value);
        Left = Math.Min(Left, value.Left);
        Right = Math.Max(Right, value.Right);
    }

    public void Merge(ValueColumn other)
    {
        foreach (var value in other.Values)
        {
            Add(value);
        }
    }
}
