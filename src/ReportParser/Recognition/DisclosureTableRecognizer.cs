using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using ReportParser.Diagnostics;
using ReportParser.Documents;
using ReportParser.Model;
using ReportParser.Spec;

namespace ReportParser.Recognition;

/// <summary>
/// Locates 表二's value cells. The table is a stack of blocks (第二十条第（一）项 …), each with its own header row; a data
/// row (规章, 行政许可 …) takes its columns from the nearest header above it. The template version follows from
/// which column labels appear (本年制发件数 → 2021, 本年新制作数量 → 2019 试行).
/// </summary>
internal static class DisclosureTableRecognizer
{
    public static (RecognizedTable Table, TemplateVersion Version) Recognize(IReadOnlyList<TableView> parts, RecognitionContext context)
    {
        var found = new Dictionary<(string Row, string Column), RecognizedCell>();
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        var columnsSeen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var view in parts)
        {
            Dictionary<string, int>? header = null;
            for (var r = 0; r < view.Table.RowCount; r++)
            {
                var rowCells = view.Table.GetRow(r).Where(c => c.Row == r).ToList();
                var rowHeader = MatchHeader(view, rowCells);
                if (rowHeader.Count > 0)
                {
                    header = rowHeader;
                    columnsSeen.UnionWith(rowHeader.Keys);
                    continue;
                }

                if (header is null || rowCells.Count == 0)
                {
                    continue;
                }

                // The label is the first cell with text (a table rebuilt from a PDF may have an empty cell before it).
                var label = rowCells.FirstOrDefault(c => view.Norm(c).Length > 0) ?? rowCells[0];
                var rowId = MatchRow(view.Core(label));
                if (rowId is null || labels.ContainsKey(rowId))
                {
                    continue;
                }

                labels[rowId] = label.Text.Replace("\n", string.Empty);
                foreach (var cell in ReadRow(view, r, rowId, label, header, context))
                {
                    found[(rowId, cell.ColumnId)] = cell;
                }
            }
        }

        var version = context.Templates.VoteDisclosure(columnsSeen);
        var expected = (context.Templates.For(version) ?? context.Templates.Latest).DisclosureCells;
        var table = StandardTable.Disclosure;
        var cells = ImmutableArray.CreateBuilder<RecognizedCell>();
        var provenance = parts[0].Table.Provenance;
        foreach (var rowId in expected.Select(e => e.Row).Distinct())
        {
            if (!labels.ContainsKey(rowId))
            {
                context.Diagnostics.Add(Descriptors.RowNotFound, context.Location(provenance, table.Id, rowId), table.Name, StandardTables.RowLabel(rowId), rowId);
            }
        }

        foreach (var (row, column) in expected)
        {
            if (found.TryGetValue((row, column), out var cell))
            {
                cells.Add(cell);
            }
        }

        if (version == TemplateVersion.Unknown)
        {
            context.Diagnostics.Add(Descriptors.TableLayoutUnrecognized, context.Location(provenance, table.Id), table.Name, 0);
        }

        return (new RecognizedTable(table.Id, provenance, cells.ToImmutable(), labels.ToImmutableDictionary()), version);
    }

    /// <summary>The reading note of a value whose heading could not be told: the row's spans disagree with the header's and the counts differ.</summary>
    internal const string HeadingUnknown = "the row's value cells are merged differently from its headings and their number differs: which heading the value belongs to is unknown";

    /// <summary>
    /// The row's values under <paramref name="header"/>: by grid position while the row's cells line up with the headings;
    /// when the spans disagree (a value cell shared by two headings, or a printed value under no heading), in order if
    /// the row has as many value cells as there are headings (RP0207), otherwise every value as ambiguous (RP0215).
    /// </summary>
    private static IEnumerable<RecognizedCell> ReadRow(TableView view, int r, string rowId, GridCell label, Dictionary<string, int> header, RecognitionContext context)
    {
        var headings = header.OrderBy(p => p.Value).ToList();
        var values = view.Table.GetRow(r).Where(c => c.Row == r && c.Column >= label.Column + label.ColumnSpan).Distinct().OrderBy(c => c.Column).ToList();
        var seen = new HashSet<GridCell> { label };
        var positional = new List<(string Column, GridCell? Cell)>();
        var shared = false;
        foreach (var pair in headings)
        {
            var cell = view.Table.GetCell(r, pair.Value);
            var ok = cell is not null && cell.Row == r && seen.Add(cell);
            shared |= cell is not null && cell.Row == r && !ok;
            positional.Add((pair.Key, ok ? cell : null));
        }

        var unclaimed = values.Any(c => !seen.Contains(c) && view.Norm(c).Length > 0);
        if (!shared && !unclaimed)
        {
            return positional.Select(p => RecognizedCell.Of(rowId, p.Column, p.Cell, view));
        }

        var table = StandardTable.Disclosure;
        var location = context.Location(view.Table.Provenance, table.Id, rowId);
        if (values.Count == headings.Count)
        {
            context.Diagnostics.Add(Descriptors.ValuesReadInRowOrder, location, table.Name, StandardTables.RowLabel(rowId), values.Count);
            return headings.Select((p, i) => RecognizedCell.Of(rowId, p.Key, values[i], view));
        }

        context.Diagnostics.Add(Descriptors.RowCellsMisaligned, location, table.Name, StandardTables.RowLabel(rowId), values.Count, headings.Count);
        return positional.Select(p => RecognizedCell.Of(rowId, p.Column, p.Cell, view).AsAmbiguous(HeadingUnknown));
    }

    private static Dictionary<string, int> MatchHeader(TableView view, List<GridCell> rowCells)
    {
        var header = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var cell in rowCells)
        {
            var text = view.Norm(cell);
            foreach (var spec in StandardTables.DisclosureColumns)
            {
                if (!header.ContainsKey(spec.Id) && spec.Anchors.Any(text.Contains))
                {
                    header[spec.Id] = cell.Column;
                    break;
                }
            }
        }

        return header;
    }

    internal static string? MatchRow(string core)
    {
        RowSpec? best = null;
        var bestLength = 0;
        foreach (var spec in StandardTables.DisclosureRows)
        {
            foreach (var anchor in spec.Anchors)
            {
                if (anchor.Length > bestLength && core.Contains(anchor))
                {
                    best = spec;
                    bestLength = anchor.Length;
                }
            }
        }

        // A long text that merely mentions 规章 is not the 规章 row.
        return best is not null && core.Length <= best.Label.Length + 6 ? best.Id : null;
    }
}
