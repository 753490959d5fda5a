using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;
using ReportParser.Cli.Batch;
using ReportParser.Diagnostics;
using ReportParser.Model;

namespace ReportParser.Cli.Output;

/// <summary>
/// An Excel workbook: 汇总 (one row per file), 诊断 (one row per finding with its cells), 表三表四 (the extracted values,
/// one row per report, one column per cell id — ready for pivoting), 跨年度 (cross-year findings) and 说明 (what each column
/// id means). Rows are spooled to temporary files during the run; at the end the package is streamed entry by entry
/// (ZipArchive in create mode, sheet XML written with OpenXml's <see cref="OpenXmlWriter"/>), so memory stays flat.
/// </summary>
internal sealed class XlsxResultWriter : IResultWriter
{
    private static readonly string[] ValueKeys = BuildValueKeys();

    private static readonly string[] ValueHeader = ["文件 source", "机关 agency", "年度 year", "模板 template"];

    private readonly Stream _stream;
    private readonly SpooledSheet _summary;
    private readonly SpooledSheet _diagnostics;
    private readonly SpooledSheet _values;
    private readonly SpooledSheet _cross;

    public XlsxResultWriter(Stream stream)
    {
        _stream = stream;
        _summary = new SpooledSheet("汇总", ["文件 source", "格式 format", "状态 status", "机关 agency", "年度 year", "模板 template", "错误 errors", "警告 warnings", "提示 infos", "诊断 ids", "耗时 seconds", "缓存 cached"]);
        _diagnostics = new SpooledSheet("诊断", ["文件 source", "机关 agency", "年度 year", "编号 id", "级别 severity", "规则 rule", "表 table", "行 row", "列 column", "页 page", "单元格 cells", "说明 message", "message (en)"]);
        _values = new SpooledSheet("表三表四", ValueHeader.Concat(ValueKeys).ToList());
        _cross = new SpooledSheet("跨年度", ["文件 source", "编号 id", "级别 severity", "规则 rule", "表 table", "行 row", "列 column", "单元格 cells", "说明 message", "message (en)"]);
    }

    public void WriteFile(FileOutcome outcome)
    {
        var result = outcome.Result;
        var report = result.Report;
        object? year = report.Year is { } y ? (decimal)y : null;
        _summary.Add([
            report.Source, ReportJsonNames.Format(report.Format), ReportJsonNames.Status(report.Status), report.Agency, year, report.Template.ToString(),
            (decimal)result.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error),
            (decimal)result.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning),
            (decimal)result.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Info),
            string.Join(" ", result.Diagnostics.Select(d => d.Id).Distinct()),
            Math.Round((decimal)outcome.Elapsed.TotalSeconds, 3),
            outcome.FromCache ? "yes" : "no",
        ]);

        foreach (var d in result.Diagnostics)
        {
            _diagnostics.Add([
                report.Source, report.Agency, year, d.Id, d.Severity.ToString().ToLowerInvariant(), d.Rule, d.Location.Table, d.Location.Row, d.Location.Column,
                d.Location.Page is { } page ? (decimal)page : null, string.Join(" ", d.Cells), d.GetMessage(Cultures.Chinese), d.GetMessage(Cultures.English),
            ]);
        }

        if (report.Applications is not null || report.ReviewLitigation is not null)
        {
            var cells = report.Tables.SelectMany(t => t.Cells).Where(c => c.Kind != CellKind.Missing).ToDictionary(c => c.Key, c => c);
            var row = new List<object?> { report.Source, report.Agency, year, report.Template.ToString() };
            foreach (var key in ValueKeys)
            {
                row.Add(cells.TryGetValue(key, out var cell) ? (cell.Number is { } n ? n : cell.Raw.Length > 0 ? cell.Raw : null) : null);
            }

            _values.Add(row);
        }
    }

    public void WriteCrossReport(IReadOnlyList<Diagnostic> diagnostics)
    {
        foreach (var d in diagnostics)
        {
            _cross.Add([
                d.Location.Source, d.Id, d.Severity.ToString().ToLowerInvariant(), d.Rule, d.Location.Table, d.Location.Row, d.Location.Column,
                string.Join(" ", d.Cells), d.GetMessage(Cultures.Chinese), d.GetMessage(Cultures.English),
            ]);
        }
    }

    public void Complete(RunSummary summary)
    {
        var legend = new SpooledSheet("说明", ["列 column", "含义 meaning"]);
        try
        {
            foreach (var key in ValueKeys)
            {
                var parts = key.Split('|');
                legend.Add([key, (ReportIds.LabelOf(parts[0]) ?? parts[0]) + " — " + (ReportIds.LabelOf(parts[1]) ?? parts[1])]);
            }

            WritePackage([_summary, _diagnostics, _values, _cross, legend]);
        }
        finally
        {
            legend.Dispose();
        }
    }

    public void Dispose()
    {
        _summary.Dispose();
        _diagnostics.Dispose();
        _values.Dispose();
        _cross.Dispose();
    }

    private static string[] BuildValueKeys()
    {
        var groups = new[] { ApplicationRow.Outcomes, ApplicationRow.NotDisclosed, ApplicationRow.CannotProvide, ApplicationRow.NotProcessed };
        var t3 = Enum.GetValues<ApplicationRow>().Where(r => !groups.Contains(r))
            .SelectMany(r => Enum.GetValues<ApplicantColumn>().Select(c => ReportIds.Of(r) + "|" + ReportIds.Of(c)));
        var t4 = Enum.GetValues<ReviewLitigationColumn>().Select(c => ReportIds.ReviewLitigationRow + "|" + ReportIds.Of(c));
        return t3.Concat(t4).ToArray();
    }

    private void WritePackage(IReadOnlyList<SpooledSheet> sheets)
    {
        using var zip = new ZipArchive(_stream, ZipArchiveMode.Create, leaveOpen: true);
        WriteXml(zip, "[Content_Types].xml", w =>
        {
            w.WriteStartElement("Types", "http://schemas.openxmlformats.org/package/2006/content-types");
            Default(w, "rels", "application/vnd.openxmlformats-package.relationships+xml");
            Default(w, "xml", "application/xml");
            Override(w, "/xl/workbook.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml");
            Override(w, "/xl/styles.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml");
            for (var i = 1; i <= sheets.Count; i++)
            {
                Override(w, $"/xl/worksheets/sheet{i}.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml");
            }

            w.WriteEndElement();
        });
        WriteXml(zip, "_rels/.rels", w =>
        {
            w.WriteStartElement("Relationships", "http://schemas.openxmlformats.org/package/2006/relationships");
            Relationship(w, "rId1", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument", "xl/workbook.xml");
            w.WriteEndElement();
        });
        WriteXml(zip, "xl/_rels/workbook.xml.rels", w =>
        {
            w.WriteStartElement("Relationships", "http://schemas.openxmlformats.org/package/2006/relationships");
            for (var i = 1; i <= sheets.Count; i++)
            {
                Relationship(w, "rId" + i, "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet", $"worksheets/sheet{i}.xml");
            }

            Relationship(w, "rIdStyles", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles", "styles.xml");
            w.WriteEndElement();
        });

        WritePart(zip, "xl/workbook.xml", writer =>
        {
            var workbook = new Workbook(new Sheets(sheets.Select((s, i) => new Sheet { Name = s.Name, SheetId = (uint)(i + 1), Id = "rId" + (i + 1) })));
            workbook.AddNamespaceDeclaration("r", "http://schemas.openxmlformats.org/officeDocument/2006/relationships");
            writer.WriteElement(workbook);
        });
        WritePart(zip, "xl/styles.xml", writer => writer.WriteElement(Styles()));
        for (var i = 0; i < sheets.Count; i++)
        {
            var sheet = sheets[i];
            WritePart(zip, $"xl/worksheets/sheet{i + 1}.xml", writer => WriteSheet(writer, sheet));
        }
    }

    private static void WriteSheet(OpenXmlWriter writer, SpooledSheet sheet)
    {
        writer.WriteStartElement(new Worksheet());
        writer.WriteElement(new SheetViews(new SheetView(new Pane
        {
            VerticalSplit = 1,
            TopLeftCell = "A2",
            ActivePane = PaneValues.BottomLeft,
            State = PaneStateValues.Frozen,
        })
        { WorkbookViewId = 0 }));
        writer.WriteStartElement(new SheetData());
        WriteRow(writer, 1, sheet.Header.Cast<object?>().ToArray(), bold: true);
        var rowIndex = 2u;
        foreach (var row in sheet.Rows())
        {
            WriteRow(writer, rowIndex++, row, bold: false);
        }

        writer.WriteEndElement();
        writer.WriteElement(new AutoFilter { Reference = "A1:" + ColumnName(sheet.Header.Count - 1) + "1" });
        writer.WriteEndElement();
    }

    private static void WriteRow(OpenXmlWriter writer, uint index, object?[] values, bool bold)
    {
        writer.WriteStartElement(new Row { RowIndex = index });
        for (var c = 0; c < values.Length; c++)
        {
            var reference = ColumnName(c) + index.ToString(CultureInfo.InvariantCulture);
            switch (values[c])
            {
                case null:
                    break;
                case decimal number:
                    writer.WriteElement(new Cell { CellReference = reference, CellValue = new DocumentFormat.OpenXml.Spreadsheet.CellValue(number.ToString(CultureInfo.InvariantCulture)) });
                    break;
                case var text:
                    var cell = new Cell(new InlineString(new Text(Clean(text.ToString()!)) { Space = SpaceProcessingModeValues.Preserve }))
                    {
                        CellReference = reference,
                        DataType = CellValues.InlineString,
                    };
                    if (bold)
                    {
                        cell.StyleIndex = 1;
                    }

                    writer.WriteElement(cell);
                    break;
            }
        }

        writer.WriteEndElement();
    }

    /// <summary>Excel column letters for a 0-based index: 0 → A, 25 → Z, 26 → AA.</summary>
    internal static string ColumnName(int index)
    {
        var name = new StringBuilder();
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            name.Insert(0, (char)('A' + ((n - 1) % 26)));
        }

        return name.ToString();
    }

    /// <summary>XML cannot carry most control characters; a cell text never needs them.</summary>
    private static string Clean(string text)
    {
        if (text.Length > 32767)
        {
            text = text.Substring(0, 32767);
        }

        return text.Any(ch => char.IsControl(ch) && ch is not '\n' and not '\t' and not '\r')
            ? new string(text.Where(ch => !char.IsControl(ch) || ch is '\n' or '\t' or '\r').ToArray())
            : text;
    }

    private static Stylesheet Styles() => new(
        new Fonts(new Font(), new Font(new Bold())) { Count = 2 },
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
        new Borders(new Border()) { Count = 1 },
        new CellStyleFormats(new CellFormat()) { Count = 1 },
        new CellFormats(new CellFormat(), new CellFormat { FontId = 1, ApplyFont = true }) { Count = 2 });

    private static void WritePart(ZipArchive zip, string name, Action<OpenXmlWriter> write)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Fastest);
        using var stream = entry.Open();
        using var writer = OpenXmlWriter.Create(stream, Encoding.UTF8);
        writer.WriteStartDocument(true);
        write(writer);
        writer.Close();
    }

    private static void WriteXml(ZipArchive zip, string name, Action<XmlWriter> write)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Fastest);
        using var stream = entry.Open();
        using var writer = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false) });
        writer.WriteStartDocument(true);
        write(writer);
        writer.WriteEndDocument();
    }

    private static void Default(XmlWriter w, string extension, string type)
    {
        w.WriteStartElement("Default", "http://schemas.openxmlformats.org/package/2006/content-types");
        w.WriteAttributeString("Extension", extension);
        w.WriteAttributeString("ContentType", type);
        w.WriteEndElement();
    }

    private static void Override(XmlWriter w, string part, string type)
    {
        w.WriteStartElement("Override", "http://schemas.openxmlformats.org/package/2006/content-types");
        w.WriteAttributeString("PartName", part);
        w.WriteAttributeString("ContentType", type);
        w.WriteEndElement();
    }

    private static void Relationship(XmlWriter w, string id, string type, string target)
    {
        w.WriteStartElement("Relationship", "http://schemas.openxmlformats.org/package/2006/relationships");
        w.WriteAttributeString("Id", id);
        w.WriteAttributeString("Type", type);
        w.WriteAttributeString("Target", target);
        w.WriteEndElement();
    }
}
