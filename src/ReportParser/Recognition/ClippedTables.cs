using System;
using System.Collections.Generic;
using System.Linq;
using ReportParser.Diagnostics;
using ReportParser.Documents;
using ReportParser.Layout;
using ReportParser.Spec;

namespace ReportParser.Recognition;

/// <summary>
/// A table the page edge cut (the reader marks its cells at the cut edge as clipped, RP0135): the template columns not
/// found in it are reported together as absent from the page (RP0216) instead of one by one as not found, and no
/// column is ever assigned to its values by position.
/// </summary>
internal static class ClippedTables
{
    /// <summary>The cut edges (<c>left</c>, <c>right</c>, <c>left, right</c>) of a table read as clipped at the page edge, or null.</summary>
    public static string? Edges(TableBlock table)
    {
        var notes = new HashSet<string>(StringComparer.Ordinal);
        for (var r = 0; r < table.RowCount; r++)
        {
            foreach (var cell in table.GetRow(r).Where(c => c.Reading == CellReading.Clipped && c.ReadingNote is not null))
            {
                notes.Add(cell.ReadingNote!);
            }
        }

        var edges = new List<string>();
        if (notes.Contains(PageEdgeClipping.LeftNote))
        {
            edges.Add(PageEdgeClipping.Left);
        }

        if (notes.Contains(PageEdgeClipping.RightNote))
        {
            edges.Add(PageEdgeClipping.Right);
        }

        return edges.Count == 0 ? null : string.Join(", ", edges);
    }

    /// <summary>
    /// Reports the template columns <paramref name="absent"/> from <paramref name="table"/>: one RP0216 naming them all
    /// when the page edge cut the table, otherwise RP0206 for each.
    /// </summary>
    public static void ReportAbsentColumns(RecognitionContext context, TableBlock table, StandardTable standard, IReadOnlyList<ColumnSpec> absent)
    {
        if (absent.Count == 0)
        {
            return;
        }

        if (Edges(table) is { } edges)
        {
            context.Diagnostics.Add(
                Descriptors.TableClippedColumnsAbsent,
                context.Location(table.Provenance, standard.Id),
                standard.Name,
                edges,
                string.Join("、", absent.Select(s => s.Label)));
            return;
        }

        foreach (var spec in absent)
        {
            context.Diagnostics.Add(Descriptors.ColumnNotFound, context.Location(table.Provenance, standard.Id, column: spec.Id), standard.Name, spec.Label, spec.Id);
        }
    }
}
