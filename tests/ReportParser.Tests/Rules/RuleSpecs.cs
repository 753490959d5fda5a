using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using ReportParser.Documents;
using ReportParser.Fixtures;

namespace ReportParser.Tests.Rules;

/// <summary>One-defect variants the shared fixtures do not offer: extra section text, another preamble, 表三 layouts with subtotals.</summary>
internal static class RuleSpecs
{
    /// <summary>The spec with one more paragraph at the end of a section.</summary>
    public static ReportSpec WithParagraph(this ReportSpec spec, string sectionId, string paragraph) =>
        spec with { SectionText = spec.SectionText.SetItem(sectionId, spec.SectionText.GetValueOrDefault(sectionId, []).Add(paragraph)) };

    /// <summary>The spec with a section's paragraphs replaced.</summary>
    public static ReportSpec WithText(this ReportSpec spec, string sectionId, params string[] paragraphs) =>
        spec with { SectionText = spec.SectionText.SetItem(sectionId, [.. paragraphs]) };

    /// <summary>The in-memory document of the spec with the statistics-period paragraph replaced (null removes it).</summary>
    public static SourceDocument WithPreamble(ReportSpec spec, string? paragraph)
    {
        var document = SourceDocumentWriter.Write(spec);
        var blocks = document.Blocks.ToList();
        if (paragraph is null)
        {
            blocks.RemoveAt(1);
        }
        else
        {
            blocks[1] = new ParagraphBlock(paragraph, BlockProvenance.None);
        }

        return document with { Blocks = [.. blocks] };
    }

    /// <summary>表三 cells from rows of the six applicant columns (totals computed); rows not given are all 0.</summary>
    public static ImmutableDictionary<string, string> Applications(bool split, Dictionary<string, int[]> rows)
    {
        var ids = new List<string> { "T3.R1", "T3.R2", "T3.R3.1", "T3.R3.2" };
        ids.AddRange(Enumerable.Range(1, 8).Select(i => "T3.R3.3." + i));
        ids.AddRange(Enumerable.Range(1, 3).Select(i => "T3.R3.4." + i));
        ids.AddRange(Enumerable.Range(1, 5).Select(i => "T3.R3.5." + i));
        ids.AddRange(split ? ["T3.R3.6.1", "T3.R3.6.2", "T3.R3.6.3"] : ["T3.R3.6"]);
        ids.AddRange(["T3.R3.7", "T3.R4"]);
        var cells = new Dictionary<string, string>();
        foreach (var id in ids)
        {
            var values = rows.TryGetValue(id, out var given) ? given : new int[6];
            for (var c = 0; c < 6; c++)
            {
                cells[id + "|" + SampleReports.ApplicantColumns[c]] = values[c].ToString(CultureInfo.InvariantCulture);
            }

            cells[id + "|T3.C.total"] = values.Sum().ToString(CultureInfo.InvariantCulture);
        }

        return cells.ToImmutableDictionary();
    }

    /// <summary>The sample with every 表三 value 0 (an agency that received no application).</summary>
    public static ReportSpec WithoutApplications(this ReportSpec spec) =>
        spec with { Cells = spec.Cells.SetItems(Applications(spec.OtherHandlingSplit, [])) };

    /// <summary>
    /// The document of <paramref name="spec"/> with a non-standard 法人或其他组织 subtotal column after 其他; each row's
    /// subtotal is the sum of its five organisation cells unless <paramref name="subtotals"/> says otherwise.
    /// </summary>
    public static SourceDocument WithOrgSubtotalColumn(ReportSpec spec, IReadOnlyDictionary<string, string>? subtotals = null, string header = "小计")
    {
        var layout = TemplateLayouts.Applications(spec);
        const int at = 9;
        var cells = new List<LayoutCell>();
        foreach (var cell in layout.Cells)
        {
            if (cell.Column >= at)
            {
                cells.Add(cell with { Column = cell.Column + 1 });
            }
            else if (cell.Column + cell.ColumnSpan > at || cell.Text == "法人或其他组织")
            {
                cells.Add(cell with { ColumnSpan = cell.ColumnSpan + 1 });
            }
            else
            {
                cells.Add(cell);
            }
        }

        cells.Add(new LayoutCell(2, at, header));
        foreach (var rowId in layout.Cells.Where(c => c.Key is not null).Select(c => c.Key!.Split('|')[0]).Distinct())
        {
            var row = layout.Cells.First(c => c.Key == rowId + "|T3.C.total").Row;
            var sum = SampleReports.ApplicantColumns.Skip(1).Take(5)
                .Sum(c => int.TryParse(spec.Cells.GetValueOrDefault(rowId + "|" + c, "0"), out var v) ? v : 0);
            var text = subtotals is not null && subtotals.TryGetValue(rowId, out var given) ? given : sum.ToString(CultureInfo.InvariantCulture);
            cells.Add(new LayoutCell(row, at, text));
        }

        return Replace(spec, new LayoutTable("T3", layout.RowCount, layout.ColumnCount + 1, cells));
    }

    /// <summary>
    /// The document of <paramref name="spec"/> with a non-standard subtotal row under the group labelled
    /// <paramref name="groupLabel"/>, after its sub-rows (or before them when <paramref name="first"/>).
    /// </summary>
    public static SourceDocument WithGroupSubtotalRow(ReportSpec spec, string groupLabel, string[] values, bool first = false, string label = "小计")
    {
        var layout = TemplateLayouts.Applications(spec);
        var group = layout.Cells.Single(c => c.Text == groupLabel);
        var at = first ? group.Row : group.Row + group.RowSpan;
        var cells = new List<LayoutCell>();
        foreach (var cell in layout.Cells)
        {
            if (ReferenceEquals(cell, group) || (cell.Row < at && cell.Row + cell.RowSpan > at))
            {
                cells.Add(cell with { RowSpan = cell.RowSpan + 1 });
            }
            else if (cell.Row >= at)
            {
                cells.Add(cell with { Row = cell.Row + 1 });
            }
            else
            {
                cells.Add(cell);
            }
        }

        cells.Add(new LayoutCell(at, 2, label));
        for (var c = 0; c < 7; c++)
        {
            cells.Add(new LayoutCell(at, 3 + c, values[c]));
        }

        return Replace(spec, new LayoutTable("T3", layout.RowCount + 1, layout.ColumnCount, cells));
    }

    private static SourceDocument Replace(ReportSpec spec, LayoutTable table)
    {
        var document = SourceDocumentWriter.Write(spec);
        var blocks = document.Blocks.Select(b => b is TableBlock t && t.Provenance.Path == "table-T3" ? SourceDocumentWriter.ToBlock(table) : b);
        return document with { Blocks = [.. blocks] };
    }
}
