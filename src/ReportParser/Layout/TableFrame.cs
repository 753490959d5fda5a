using System;
using System.Collections.Generic;
using System.Linq;

namespace ReportParser.Layout;

/// <summary>
/// What is known of a table without ruling lines once its numbers are found: the value columns, the table's extent
/// and type size (the em every tolerance of the later stages is measured in), and the tests that tell which other
/// lines belong to it.
/// </summary>
internal sealed class TableFrame
{
    public TableFrame(List<ValueColumn> columns, double left, double right, double em)
    {
        Columns = columns;
        Em = em;
        ValueLeft = columns[0].Left - (LayoutTolerances.ValueLeftMarginEm * em);
        Left = Math.Min(left, ValueLeft);
        Right = Math.Max(right, columns[columns.Count - 1].Right);
    }

    public List<ValueColumn> Columns { get; }

    /// <summary>The table's type size: the median size of its data lines.</summary>
    public double Em { get; }

    /// <summary>Left edge of the value area: a little left of the first value column.</summary>
    public double ValueLeft { get; }

    public double Left { get; }

    public double Right { get; }

    /// <summary>The alignment slack, <see cref="LayoutTolerances.AlignSlackEm"/> em.</summary>
    public double Slack => LayoutTolerances.AlignSlackEm * Em;

    /// <summary>A chunk left of the numbers that is not a number: a label, or part of one.</summary>
    public bool IsLabelChunk(GlyphLine chunk) => chunk.Right <= ValueLeft + Slack && !TableLineClassifier.IsValue(chunk);

    /// <summary>A line of the table's type size (a heading is larger) that stays left of the numbers: a label, or part of one.</summary>
    public bool IsLabelOnly(GlyphLine line) => line.Right <= ValueLeft + Slack && IsTableSize(line);

    /// <summary>A line set in the table's type size (within <see cref="LayoutTolerances.SameSizeShare"/>).</summary>
    public bool IsTableSize(GlyphLine line) => Math.Abs(line.Size - Em) <= LayoutTolerances.SameSizeShare * Em;

    /// <summary>A one-chunk line of the table's type size inside its width (a block title such as 第二十条第（五）项, left-aligned).</summary>
    public bool IsInnerLine(GlyphLine line, List<GlyphLine> chunks) =>
        chunks.Count == 1 && IsTableSize(line) && line.Left >= Left - Em && line.Right <= Right + Em;

    /// <summary>A line centred over the number columns (a header such as 申请人情况), not a heading that merely starts there.</summary>
    public bool IsCentredOverValues(GlyphLine line) =>
        line.Left >= ValueLeft - Em && line.Right <= Right + (LayoutTolerances.CentredEm * Em)
        && Math.Abs(line.CenterX - ((ValueLeft + Right) / 2)) <= LayoutTolerances.CentredEm * Em;

    /// <summary>A header line of several chunks whose chunks right of the labels sit over number columns.</summary>
    public bool IsAlignedHeader(List<GlyphLine> chunks) =>
        chunks.Count >= 2 && chunks.Where(c => c.Right > ValueLeft + Slack)
            .All(c => Columns.Any(v => c.Left <= v.Right + Em && c.Right >= v.Left - Em));

    /// <summary>A one-chunk line centred on the table (a block title such as 第二十条第（五）项).</summary>
    public bool IsCentredTitle(GlyphLine line, List<GlyphLine> chunks) =>
        chunks.Count == 1 && IsTableSize(line) && Math.Abs(line.CenterX - ((Left + Right) / 2)) <= LayoutTolerances.CentredEm * Em
        && line.Right - line.Left < LayoutTolerances.MaxTitleWidthShare * (Right - Left);
}
