using System;
using System.Collections.Generic;
using System.Linq;

namespace ReportParser.Layout;

/// <summary>
/// Cleans up the ruling segments of a page before grids are built: collinear pieces within
/// <see cref="LayoutTolerances.CollinearTolerance"/> are one line, pieces at most <see cref="LayoutTolerances.JoinGap"/>
/// apart are one segment, merged segments shorter than <see cref="LayoutTolerances.MinRulingLength"/> are dropped, and a
/// horizontal and a vertical segment within <see cref="LayoutTolerances.TouchTolerance"/> of each other touch (belong to
/// the same table). The values, in points, are listed in <c>docs/pdf-reader.md</c>.
/// </summary>
internal static class RulingLines
{
    /// <summary>Merges collinear, nearly touching segments; returns horizontal and vertical segments.</summary>
    public static List<RulingSegment> Merge(IEnumerable<RulingSegment> segments)
    {
        var result = new List<RulingSegment>();
        foreach (var horizontal in new[] { true, false })
        {
            var group = segments.Where(s => s.Horizontal == horizontal).OrderBy(s => s.Position).ToList();
            var start = 0;
            while (start < group.Count)
            {
                // A run of segments whose positions chain within the tolerance is one line position.
                var end = start + 1;
                while (end < group.Count && group[end].Position - group[end - 1].Position <= LayoutTolerances.CollinearTolerance)
                {
                    end++;
                }

                MergeLine(group, start, end, horizontal, result);
                start = end;
            }
        }

        return result;
    }

    private static void MergeLine(List<RulingSegment> group, int start, int end, bool horizontal, List<RulingSegment> result)
    {
        var pieces = group.GetRange(start, end - start).OrderBy(s => s.Start).ToList();
        var current = pieces[0];
        var weighted = current.Position * Math.Max(current.Length, LayoutTolerances.MinSegmentWeight);
        var weight = Math.Max(current.Length, LayoutTolerances.MinSegmentWeight);
        for (var i = 1; i <= pieces.Count; i++)
        {
            if (i < pieces.Count && pieces[i].Start <= current.End + LayoutTolerances.JoinGap)
            {
                var piece = pieces[i];
                current = current with { End = Math.Max(current.End, piece.End) };
                weighted += piece.Position * Math.Max(piece.Length, LayoutTolerances.MinSegmentWeight);
                weight += Math.Max(piece.Length, LayoutTolerances.MinSegmentWeight);
                continue;
            }

            if (current.Length >= LayoutTolerances.MinRulingLength)
            {
                result.Add(new RulingSegment(horizontal, weighted / weight, current.Start, current.End));
            }

            if (i < pieces.Count)
            {
                current = pieces[i];
                weighted = current.Position * Math.Max(current.Length, LayoutTolerances.MinSegmentWeight);
                weight = Math.Max(current.Length, LayoutTolerances.MinSegmentWeight);
            }
        }
    }

    /// <summary>True when a horizontal and a vertical segment cross or meet (within <see cref="LayoutTolerances.TouchTolerance"/>).</summary>
    public static bool Touch(RulingSegment a, RulingSegment b)
    {
        if (a.Horizontal == b.Horizontal)
        {
            // Collinear pieces left apart by Merge do not connect tables.
            return false;
        }

        var h = a.Horizontal ? a : b;
        var v = a.Horizontal ? b : a;
        return v.Position >= h.Start - LayoutTolerances.TouchTolerance && v.Position <= h.End + LayoutTolerances.TouchTolerance
            && h.Position >= v.Start - LayoutTolerances.TouchTolerance && h.Position <= v.End + LayoutTolerances.TouchTolerance;
    }

    /// <summary>Groups segments that touch into connected components (each a candidate table).</summary>
    public static List<List<RulingSegment>> Components(List<RulingSegment> segments)
    {
        var parent = Enumerable.Range(0, segments.Count).ToArray();
        int Find(int i)
        {
            while (parent[i] != i)
            {
                parent[i] = parent[parent[i]];
                i = parent[i];
            }

            return i;
        }

        var horizontals = Enumerable.Range(0, segments.Count).Where(i => segments[i].Horizontal).ToList();
        var verticals = Enumerable.Range(0, segments.Count).Where(i => !segments[i].Horizontal).ToList();
        foreach (var h in horizontals)
        {
            foreach (var v in verticals)
            {
                if (Touch(segments[h], segments[v]))
                {
                    parent[Find(h)] = Find(v);
                }
            }
        }

        var components = Enumerable.Range(0, segments.Count)
            .GroupBy(Find)
            .Select(g => g.Select(i => segments[i]).ToList())
            .ToList();
        AttachSideBorders(components);
        return components;
    }

    /// <summary>
    /// A vertical line that touches no horizontal one but runs beside a table over most of its height, no further than
    /// <see cref="LayoutTolerances.SideBorderReach"/> from it, is that table's outer border: a column whose cell continues from the
    /// previous page (三、本年度办理结果 merged over many rows) has no horizontal line of its own on this page.
    /// </summary>
    private static void AttachSideBorders(List<List<RulingSegment>> components)
    {
        for (var k = components.Count - 1; k >= 0; k--)
        {
            if (components[k].Count != 1 || components[k][0].Horizontal)
            {
                continue;
            }

            var line = components[k][0];
            foreach (var table in components)
            {
                if (table.Count < 4 || !table.Any(s => s.Horizontal) || !table.Any(s => !s.Horizontal))
                {
                    continue;
                }

                var left = table.Where(s => s.Horizontal).Min(s => s.Start);
                var right = table.Where(s => s.Horizontal).Max(s => s.End);
                var bottom = table.Where(s => !s.Horizontal).Min(s => s.Start);
                var top = table.Where(s => !s.Horizontal).Max(s => s.End);
                var overlap = Math.Min(top, line.End) - Math.Max(bottom, line.Start);
                var beside = (line.Position < left && left - line.Position <= LayoutTolerances.SideBorderReach) || (line.Position > right && line.Position - right <= LayoutTolerances.SideBorderReach);
                if (beside && overlap >= LayoutTolerances.SideBorderOverlap * Math.Min(top - bottom, line.Length))
                {
                    table.Add(line);
                    components.RemoveAt(k);
                    break;
                }
            }
        }
    }
}
