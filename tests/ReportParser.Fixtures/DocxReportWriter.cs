using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ReportParser.Fixtures;

/// <summary>
/// Writes a <see cref="ReportSpec"/> as a Word document (OpenXml) laid out like the official 2021 template
/// (<c>template_guoban_2021_30_blank.docx</c>): 宋体 body, the three tables with their grid widths and real merges —
/// <c>w:gridSpan</c> across columns, <c>w:vMerge</c> restart/continue down rows — and, under the spec's
/// <see cref="Variations"/>, vertical text (<c>w:textDirection</c>), borderless tables and a page break inside 表三.
/// The package is written with stored (uncompressed) entries and fixed timestamps, so the same spec always gives the
/// same bytes.
/// </summary>
public static class DocxReportWriter
{
    private const string BodyFont = "宋体";

    private static readonly System.Text.RegularExpressions.Regex RandomRelationshipId = new("Id=\"R[0-9a-f]{16}\"", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    private static readonly DateTimeOffset FixedTime = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static byte[] Write(ReportSpec spec)
    {
        using var raw = new MemoryStream();
        using (var document = WordprocessingDocument.Create(raw, WordprocessingDocumentType.Document, autoSave: true))
        {
            var main = document.AddMainDocumentPart();
            var body = new Body();
            foreach (var block in ReportLayout.Blocks(spec))
            {
                switch (block)
                {
                    case TitleBlock title:
                        body.Append(TextParagraph(title.Text, bold: true, size: 36, center: true));
                        break;
                    case HeadingBlock heading:
                        body.Append(TextParagraph(heading.Text, bold: true, size: 32, firstLineIndent: true));
                        break;
                    case TextBlock text:
                        body.Append(TextParagraph(text.Text, bold: false, size: 32, firstLineIndent: true));
                        break;
                    case TableLayoutBlock table:
                        body.Append(Table(table.Table, spec.Variations, alignLeft: spec.Variations.WideApplicationsTable && !spec.Variations.WideTableCentred && table.Table.TableId == "T3"));
                        break;
                    case PageBreakBlock pageBreak:
                        body.Append(TextParagraph(pageBreak.PageNumber, bold: false, size: 28, center: true));
                        body.Append(new Paragraph(new Run(new Break { Type = BreakValues.Page })));
                        break;
                    case ImageLayoutBlock image:
                        throw new NotSupportedException("DOCX fixtures do not print tables as images (" + image.TableId + ").");
                }
            }

            body.Append(new SectionProperties(
                new PageSize { Width = 11906U, Height = 16838U },
                new PageMargin { Top = 1440, Right = 1247U, Bottom = 1440, Left = 1247U, Header = 851U, Footer = 992U, Gutter = 0U }));
            main.Document = new Document(body);
            main.Document.Save();
        }

        return Repack(raw.ToArray());
    }

    private static Paragraph TextParagraph(string text, bool bold, int size, bool center = false, bool firstLineIndent = false)
    {
        var properties = new ParagraphProperties();
        if (firstLineIndent)
        {
            properties.Append(new Indentation { FirstLine = "640" });
        }

        if (center)
        {
            properties.Append(new Justification { Val = JustificationValues.Center });
        }

        var paragraph = new Paragraph(properties);
        paragraph.Append(TextRun(text, bold, size));
        return paragraph;
    }

    private static Run TextRun(string text, bool bold, int size)
    {
        var properties = new RunProperties(new RunFonts { Ascii = BodyFont, HighAnsi = BodyFont, EastAsia = BodyFont, ComplexScript = BodyFont });
        if (bold)
        {
            properties.Append(new Bold());
        }

        properties.Append(new FontSize { Val = size.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        return new Run(properties, new Text(text) { Space = SpaceProcessingModeValues.Preserve });
    }

    private static Table Table(LayoutTable layout, Variations variations, bool alignLeft = false)
    {
        var alignment = alignLeft ? TableRowAlignmentValues.Left : TableRowAlignmentValues.Center;
        var widths = layout.ColumnWidths ?? Enumerable.Repeat(9740 / layout.ColumnCount, layout.ColumnCount).ToList();
        var borderValue = variations.Borderless ? BorderValues.None : BorderValues.Single;
        var table = new Table(new TableProperties(
            new TableWidth { Width = widths.Sum().ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
            new TableJustification { Val = alignment },
            new TableBorders(
                new TopBorder { Val = borderValue, Size = 4U, Space = 0U, Color = "auto" },
                new LeftBorder { Val = borderValue, Size = 4U, Space = 0U, Color = "auto" },
                new BottomBorder { Val = borderValue, Size = 4U, Space = 0U, Color = "auto" },
                new RightBorder { Val = borderValue, Size = 4U, Space = 0U, Color = "auto" },
                new InsideHorizontalBorder { Val = borderValue, Size = 4U, Space = 0U, Color = "auto" },
                new InsideVerticalBorder { Val = borderValue, Size = 4U, Space = 0U, Color = "auto" }),
            new TableLayout { Type = TableLayoutValues.Fixed },
            new TableCellMarginDefault(
                new TableCellLeftMargin { Width = 57, Type = TableWidthValues.Dxa },
                new TableCellRightMargin { Width = 57, Type = TableWidthValues.Dxa })));
        table.Append(new TableGrid(widths.Select(w => new GridColumn { Width = w.ToString(System.Globalization.CultureInfo.InvariantCulture) })));

        // Which grid positions a vertically merged cell from an earlier row covers: (row, column) → the cell.
        var covering = new Dictionary<(int Row, int Column), LayoutCell>();
        foreach (var cell in layout.Cells.Where(c => c.RowSpan > 1))
        {
            for (var r = cell.Row + 1; r < cell.Row + cell.RowSpan; r++)
            {
                covering[(r, cell.Column)] = cell;
            }
        }

        for (var r = 0; r < layout.RowCount; r++)
        {
            var row = new TableRow(new TableRowProperties(new TableJustification { Val = alignment }));
            var starting = layout.RowCells(r).ToDictionary(c => c.Column);
            for (var c = 0; c < layout.ColumnCount;)
            {
                if (starting.TryGetValue(c, out var cell))
                {
                    row.Append(Cell(cell, widths, continuation: false));
                    c += cell.ColumnSpan;
                }
                else if (covering.TryGetValue((r, c), out var above))
                {
                    row.Append(Cell(above, widths, continuation: true));
                    c += above.ColumnSpan;
                }
                else
                {
                    throw new InvalidOperationException($"{layout.TableId}: grid position ({r}, {c}) is not covered by any cell.");
                }
            }

            table.Append(row);
        }

        return table;
    }

    private static TableCell Cell(LayoutCell cell, IReadOnlyList<int> widths, bool continuation)
    {
        var width = widths.Skip(cell.Column).Take(cell.ColumnSpan).Sum();
        var properties = new TableCellProperties(new TableCellWidth { Width = width.ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa });
        if (cell.ColumnSpan > 1)
        {
            properties.Append(new GridSpan { Val = cell.ColumnSpan });
        }

        if (cell.RowSpan > 1)
        {
            properties.Append(continuation ? new VerticalMerge() : new VerticalMerge { Val = MergedCellValues.Restart });
        }

        if (cell.Vertical)
        {
            properties.Append(new TextDirection { Val = TextDirectionValues.TopToBottomRightToLeft });
        }

        properties.Append(new TableCellVerticalAlignment { Val = TableVerticalAlignmentValues.Center });
        var tableCell = new TableCell(properties);
        var lines = continuation ? [string.Empty] : cell.Text.Split('\n');
        foreach (var line in lines)
        {
            var paragraph = new Paragraph(new ParagraphProperties(new Justification { Val = cell.Key is null && cell.Column <= 2 ? JustificationValues.Left : JustificationValues.Center }));
            if (line.Length > 0)
            {
                paragraph.Append(TextRun(line, bold: false, size: 20));
            }

            tableCell.Append(paragraph);
        }

        return tableCell;
    }

    /// <summary>Rewrites the package with stored entries in a fixed order and a fixed timestamp: deterministic bytes.</summary>
    private static byte[] Repack(byte[] package)
    {
        using var input = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read);
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in input.Entries.OrderBy(e => e.FullName == "[Content_Types].xml" ? 0 : 1).ThenBy(e => e.FullName, StringComparer.Ordinal))
            {
                var copy = zip.CreateEntry(entry.FullName, CompressionLevel.NoCompression);
                copy.LastWriteTime = FixedTime;
                using var from = entry.Open();
                using var to = copy.Open();
                if (entry.FullName.EndsWith(".rels", StringComparison.Ordinal))
                {
                    // The SDK names relationships with random ids (R5bfee03f11eb48eb); number them instead.
                    using var reader = new StreamReader(from);
                    var number = 0;
                    var rels = RandomRelationshipId.Replace(reader.ReadToEnd(), _ => "Id=\"rId" + (++number).ToString(System.Globalization.CultureInfo.InvariantCulture) + "\"");
                    var bytes = new System.Text.UTF8Encoding(false).GetBytes(rels);
                    to.Write(bytes, 0, bytes.Length);
                }
                else
                {
                    from.CopyTo(to);
                }
            }
        }

        return output.ToArray();
    }
}
