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

    private readonly Stream _stream;
    private readonly Words _words;
    private readonly SpooledSheet _summary;
    private readonly SpooledSheet _diagnostics;
    private readonly SpooledSheet _values;
    private readonly SpooledSheet _cross;

    /// <summary>Creates the writer; headers and values are in the language of <paramref name="culture"/> (zh-* Chinese, otherwise English).</summary>
    public XlsxResultWriter(Stream stream, CultureInfo culture)
    {
        _stream = stream;
        _words = new Words(culture);
        var w = _words;
        _summary = new SpooledSheet(w.Pick("汇总", "Summary"), [w.Pick("文件", "File"), w.Pick("格式", "Format"), w.Pick("状态", "Status"), w.Pick("机关", "Agency"), w.Pick("年度", "Year"), w.Pick("模板", "Template"), w.Pick("错误", "Errors"), w.Pick("警告", "Warnings"), w.Pick("提示", "Infos"), w.Pick("诊断编号", "Diagnostic ids"), w.Pick("耗时（秒）", "Seconds"), w.Pick("取自缓存", "From cache")]);
        _diagnostics = new SpooledSheet(w.Pick("诊断", "Diagnostics"), [w.Pick("文件", "File"), w.Pick("机关", "Agency"), w.Pick("年度", "Year"), w.Pick("编号", "Id"), w.Pick("级别", "Severity"), w.Pick("规则", "Rule"), w.Pick("表", "Table"), w.Pick("行", "Row"), w.Pick("列", "Column"), w.Pick("页", "Page"), w.Pick("单元格", "Cells"), w.Pick("说明", "Message")]);
        _values = new SpooledSheet(w.Pick("表三表四", "Values"), new[] { w.Pick("文件", "File"), w.Pick("机关", "Agency"), w.Pick("年度", "Year"), w.Pick("模板", "Template") }.Concat(ValueKeys.Select(ValueHeader)).ToList());
        _cross = new SpooledSheet(w.Pick("跨年度", "Cross-year"), [w.Pick("文件", "File"), w.Pick("编号", "Id"), w.Pick("级别", "Severity"), w.Pick("规则", "Rule"), w.Pick("表", "Table"), w.Pick("行", "Row"), w.Pick("列", "Column"), w.Pick("单元格", "Cells"), w.Pick("说明", "Message")]);
    }

    /// <summary>The header of a value column: the template's labels in Chinese (<c>一、本年新收 · 自然人</c>), the cell id in English.</summary>
    private string ValueHeader(string key)
    {
        var parts = key.Split('|');
        return _words.Chinese ? ReportIds.HeaderOf(parts[0], parts[1]) ?? key : key;
    }

    public void WriteFile(FileOutcome outcome)
    {
        var result = outcome.Result;
        var report = result.Report;
        object? year = report.Year is { } y ? (decimal)y : null;
        _summary.Add([
            report.Source, _words.Format(report.Format), _words.Status(report.Status), _words.Agency(report.Agency), year, _words.Template(report.Template),
            (decimal)result.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error),
            (decimal)result.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning),
            (decimal)result.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Info),
            string.Join(" ", result.Diagnostics.Select(d => d.Id).Distinct()),
            Math.Round((decimal)outcome.Elapsed.TotalSeconds, 3),
            _words.YesNo(outcome.FromCache),
        ]);

        foreach (var d in result.Diagnostics)
        {
            _diagnostics.Add([
                report.Source, _words.Agency(report.Agency), year, d.Id, _words.Severity(d.Severity), d.Rule, d.Location.Table, d.Location.Row, d.Location.Column,
                d.Location.Page is { } page ? (decimal)page : null, string.Join(" ", d.Cells), d.GetMessage(_words.Culture),
            ]);
        }

        if (report.Applications is not null || report.ReviewLitigation is not null)
        {
            var cells = report.Tables.SelectMany(t => t.Cells).Where(c => c.Kind != CellKind.Missing).ToDictionary(c => c.Key, c => c);
            var row = new List<object?> { report.Source, _words.Agency(report.Agency), year, _words.Template(report.Template) };
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
                d.Location.Source, d.Id, _words.Severity(d.Severity), d.Rule, d.Location.Table, d.Location.Row, d.Location.Column,
                string.Join(" ", d.Cells), d.GetMessage(_words.Culture),
            ]);
        }
    }

    public void Complete(RunSummary summary)
    {
        var legend = new SpooledSheet(_words.Pick("说明", "Legend"), [_words.Pick("列", "Column"), _words.Pick("单元格编号", "Cell id"), _words.Pick("模板中的行和列", "Row and column in the template")]);
        try
        {
            foreach (var key in ValueKeys)
            {
                var parts = key.Split('|');
                legend.Add([ValueHeader(key), key, (ReportIds.LabelOf(parts[0]) ?? parts[0]) + " — " + (ReportIds.LabelOf(parts[1]) ?? parts[1])]);
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
        writer.WriteElement(new Columns(sheet.Header.Select((header, i) => new Column
        {
            Min = (uint)(i + 1),
            Max = (uint)(i + 1),
            Width = ColumnWidth(header),
            CustomWidth = true,
        })));
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

    /// <summary>
    /// A width that fits the header and typical content: file paths and messages wide, numbers narrow; CJK characters
    /// count double. Widths are set from the header alone, so the sheet streams without a second pass.
    /// </summary>
    internal static double ColumnWidth(string header)
    {
        if (header is "文件" or "File" or "说明" or "Message" or "模板中的行和列" or "Row and column in the template")
        {
            return 50;
        }

        var units = header.Sum(ch => ch > 0x2E80 ? 2 : 1) + 3;
        return Math.Clamp(units, 8, 48);
    }

    /// <summary>
    /// Text from documents (agency names, file names, messages quoting them) can start like a formula (<c>=HYPERLINK(…)</c>,
    /// <c>+</c>, <c>-</c>, <c>@</c>, tab, CR). Inline strings are not evaluated, but editing the cell would make it one:
    /// such cells get the quote-prefix style, which keeps them text.
    /// </summary>
    internal static bool LooksLikeFormula(string text) => text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r';

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
                    else if (LooksLikeFormula(text.ToString()!))
                    {
                        cell.StyleIndex = 2;
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
        new CellFormats(new CellFormat(), new CellFormat { FontId = 1, ApplyFont = true }, new CellFormat { QuotePrefix = true }) { Count = 3 });

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
