using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using ReportParser.Diagnostics;
using ReportParser.Documents;
using ReportParser.Model;
using ReportParser.Recognition;
using ReportParser.Spec;

namespace ReportParser.Mapping;

/// <summary>Stage 3: turns the located cells into the typed <see cref="AnnualReport"/>, every value with its raw text and location.</summary>
internal static class ReportMapper
{
    public static AnnualReport Map(RecognizedReport recognized, ReportCheckerOptions options, DiagnosticBag bag)
    {
        var document = recognized.Document;
        var source = document.Source;
        var status = document.IsUnreadable
            ? ReportStatus.Unreadable
            : recognized.Kind == DocumentKind.Report ? ReportStatus.Checked : ReportStatus.NotAReport;

        var sections = recognized.Sections
            .Select(s => new ReportSection(s.Id, s.Title, s.CanonicalTitle, s.Ordinal, s.IsCanonical, s.Text, s.ImageCount, Location(source, s.Provenance)))
            .ToImmutableArray();

        ActiveDisclosureTable? disclosure = null;
        if (recognized.ActiveDisclosure is { } t2)
        {
            var cells = MapCells(source, t2, (options.Templates.For(recognized.DisclosureVersion) ?? options.Templates.Latest).DisclosureCells, options, bag);
            disclosure = new ActiveDisclosureTable(Location(source, t2.Provenance, t2.TableId), cells, recognized.DisclosureVersion, t2.RowLabels);
        }

        ApplicationTable? applications = null;
        if (recognized.Applications is { } t3)
        {
            var layout = options.Templates.For(recognized.ApplicationLayout) ?? options.Templates.ApplicationLayout(recognized.OtherHandlingIsSplit);
            var cells = MapCells(source, t3, layout.ApplicationCells, options, bag);
            applications = new ApplicationTable(Location(source, t3.Provenance, t3.TableId), cells, layout.OtherHandlingIsSplit, t3.RowLabels);
            applications = applications.WithNonStandardCells(t3.NonStandardCells.Select(c => MapNonStandard(source, t3.TableId, c)).ToImmutableArray());
        }

        ReviewLitigationTable? review = null;
        if (recognized.ReviewLitigation is { } t4)
        {
            var cells = MapCells(source, t4, options.Templates.Latest.ReviewCells, options, bag);
            review = new ReviewLitigationTable(Location(source, t4.Provenance, t4.TableId), cells);
        }

        var template = DecideTemplate(recognized, options.Templates);
        return new AnnualReport(
            source, document.Format, status, recognized.Title, recognized.Agency, recognized.Year, template,
            sections, disclosure, applications, review, recognized.ExtraTableCount, recognized.Preamble)
        {
            Narrative = recognized.Narrative,
        };
    }

    private static TemplateVersion DecideTemplate(RecognizedReport recognized, TemplateSet templates)
    {
        if (recognized.DisclosureVersion != TemplateVersion.Unknown)
        {
            return recognized.DisclosureVersion;
        }

        // 表三 tells the template only by a split （六）: a single row may be a stale template (spec §0, item 2).
        if (recognized.Applications is not null && templates.For(recognized.ApplicationLayout) is { OtherHandlingIsSplit: true } layout)
        {
            return layout.Version;
        }

        return recognized.Year is { } year ? templates.ExpectedFor(year) : TemplateVersion.Unknown;
    }

    private static ImmutableArray<CellValue> MapCells(
        string source, RecognizedTable table, ImmutableArray<(string Row, string Column)> expected, ReportCheckerOptions options, DiagnosticBag bag)
    {
        var byKey = new Dictionary<(string, string), RecognizedCell>();
        foreach (var cell in table.Cells)
        {
            byKey[(cell.RowId, cell.ColumnId)] = cell;
        }

        var result = ImmutableArray.CreateBuilder<CellValue>(expected.Length);
        foreach (var (row, column) in expected)
        {
            byKey.TryGetValue((row, column), out var recognizedCell);
            var raw = recognizedCell?.Text;
            var parsed = CellParser.Parse(raw);
            var location = Location(source, recognizedCell?.Provenance ?? table.Provenance, table.TableId, row, column);
            var value = Value(row, column, recognizedCell, parsed, location);
            result.Add(value);

            if (parsed.OutOfRange)
            {
                bag.Add(Descriptors.NumberOutOfRange, location, [value.Key], null, value.Raw, CellParser.MaxMagnitude);
            }
            else if (value.Kind == CellKind.Text && !value.IsUnstated)
            {
                bag.Add(Descriptors.CellNotNumber, location, [value.Key], null, value.Raw);
            }

            if (value.Unit is { } unit && unit != ImpliedUnit(column))
            {
                bag.Add(Descriptors.UnitInCell, location, [value.Key], null, value.Raw, unit, value.Number!.Value);
            }
        }

        var cells = result.MoveToImmutable();
        var tableLocation = Location(source, table.Provenance, table.TableId);
        if (options.BlankCells == BlankCellPolicy.NotAssessable)
        {
            var unstated = cells.Where(c => c.State == CellState.Blank).Select(c => c.Key).ToImmutableArray();
            if (unstated.Length > 0)
            {
                bag.Add(Descriptors.BlankCells, tableLocation, unstated, null, TableName(table.TableId), unstated.Length);
            }
        }

        ReportUnreadCells(cells, tableLocation, bag);
        return cells;
    }

    /// <summary>
    /// One diagnostic per table for the cells the template expects and the reader did not find (RP0304), and one for
    /// the cells it read without certainty (RP0305), each naming the cells — so that "blank in the report" and "not
    /// found by the reader" never look alike.
    /// </summary>
    private static void ReportUnreadCells(ImmutableArray<CellValue> cells, SourceLocation tableLocation, DiagnosticBag bag)
    {
        var name = TableName(tableLocation.Table!);
        var notFound = cells.Where(c => c.State == CellState.NotFound).Select(c => c.Key).ToImmutableArray();
        if (notFound.Length > 0)
        {
            bag.Add(Descriptors.CellsNotFound, tableLocation, notFound, null, name, notFound.Length, string.Join(", ", notFound));
        }

        var uncertain = cells.Where(c => c.State is CellState.Ambiguous or CellState.Doubtful or CellState.Clipped).ToList();
        if (uncertain.Count > 0)
        {
            var described = uncertain.Select(c => c.Key + " (" + c.State.Name() + (c.ReadingNote is { } note ? ": " + note : string.Empty) + ")");
            bag.Add(
                Descriptors.CellsReadUncertainly, tableLocation, uncertain.Select(c => c.Key).ToImmutableArray(), null,
                name, uncertain.Count, string.Join("; ", described));
        }
    }

    private static CellValue Value(string row, string column, RecognizedCell? recognized, CellParser.ParsedCell parsed, SourceLocation location) =>
        new(
            row, column, recognized?.Text?.Trim() ?? string.Empty, parsed.Kind, parsed.Number, parsed.Unit, parsed.Note, location,
            recognized?.Reading ?? Documents.CellReading.Certain, recognized?.Confidence, recognized?.Provenance.Method, recognized?.ReadingNote);

    /// <summary>A cell of a non-standard addition: parsed like any other, but no mapping diagnostics (they are about the template's cells).</summary>
    private static CellValue MapNonStandard(string source, string tableId, RecognizedCell cell) =>
        Value(cell.RowId, cell.ColumnId, cell, CellParser.Parse(cell.Text), Location(source, cell.Provenance, tableId, cell.RowId, cell.ColumnId));

    private static string ImpliedUnit(string column) => StandardTables.FindColumn(column)?.Unit ?? "件";

    private static string TableName(string tableId) => StandardTable.NameOf(tableId);

    private static SourceLocation Location(string source, BlockProvenance? provenance, string? table = null, string? row = null, string? column = null) => new()
    {
        Source = source,
        Page = provenance?.Page,
        Path = provenance?.Path,
        Line = provenance?.Line,
        Character = provenance?.Character,
        Table = table,
        Row = row,
        Column = column,
    };
}
