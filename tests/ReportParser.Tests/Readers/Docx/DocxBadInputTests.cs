using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;
using ReportParser.Diagnostics;
using ReportParser.Documents;
using ReportParser.Model;
using ReportParser.Tests.Infrastructure;
using static ReportParser.Tests.Readers.Docx.W;

namespace ReportParser.Tests.Readers.Docx;

public sealed class DocxBadInputTests
{
    private static byte[] Zip(params (string Name, string Content)[] entries)
    {
        using var stream = new MemoryStream();
        using (var archive = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var writer = new StreamWriter(archive.CreateEntry(name).Open(), new UTF8Encoding(false));
                writer.Write(content);
            }
        }

        return stream.ToArray();
    }

    private static Diagnostic Single(CheckResult result)
    {
        result.Status.Should().Be(ReportStatus.Unreadable);
        return result.Diagnostics.Should().ContainSingle().Subject;
    }

    [Fact]
    public void A_password_protected_docx_gets_RP0104_not_RP0106()
    {
        var finding = Single(Check.Bytes(CompoundFileBuilder.Build("EncryptionInfo", "EncryptedPackage", "\u0006DataSpaces"), "report.docx"));

        finding.Id.Should().Be(DiagnosticIds.FileEncrypted);
        finding.Arguments.Should().Equal("password-protected Office document (encrypted OOXML package)");
    }

    [Fact]
    public void A_truncated_docx_gets_RP0102()
    {
        var whole = DocxBuilder.FromBody(P("一、总体情况"), P("正文")).Build();

        var finding = Single(Check.Bytes(whole.Take(whole.Length / 2).ToArray(), "report.docx"));

        finding.Id.Should().Be(DiagnosticIds.FileCorrupt);
        finding.Arguments[0].Should().Be("DOCX");
    }

    [Fact]
    public void A_docx_whose_document_xml_is_malformed_gets_RP0102()
    {
        var whole = DocxBuilder.FromBody(P("正文")).Build();
        using var stream = new MemoryStream();
        stream.Write(whole, 0, whole.Length);
        using (var archive = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            var entry = archive.GetEntry("word/document.xml")!;
            entry.Delete();
            using var writer = new StreamWriter(archive.CreateEntry("word/document.xml").Open());
            writer.Write("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p>");
        }

        var finding = Single(Check.Bytes(stream.ToArray(), "report.docx"));

        finding.Id.Should().Be(DiagnosticIds.FileCorrupt);
        finding.Arguments[0].Should().Be("DOCX");
    }

    [Fact]
    public void A_zip_holding_document_xml_but_no_package_structure_gets_RP0102()
    {
        var finding = Single(Check.Bytes(Zip(("word/document.xml", "<w:document/>")), "report.docx"));

        finding.Id.Should().Be(DiagnosticIds.FileCorrupt);
    }

    [Fact]
    public void An_xlsx_renamed_to_docx_gets_RP0103_saying_what_it_is()
    {
        var xlsx = Zip(
            ("[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/></Types>"),
            ("xl/workbook.xml", "<workbook/>"));

        var finding = Single(Check.Bytes(xlsx, "report.docx"));

        finding.Id.Should().Be(DiagnosticIds.UnsupportedFormat);
        finding.Arguments.Should().Equal("ZIP: an Excel workbook (.xlsx), not a Word document");
    }

    [Fact]
    public void A_zip_of_report_files_gets_RP0103_asking_to_unzip_it()
    {
        var finding = Single(Check.Bytes(Zip(("2023年报.pdf", "%PDF-1.7"), ("附件/2023年报.docx", "x"), ("说明.txt", "y")), "reports.zip"));

        finding.Id.Should().Be(DiagnosticIds.UnsupportedFormat);
        finding.Arguments.Should().Equal("ZIP: an archive holding 2 document file(s) (2023年报.pdf, 附件/2023年报.docx); unzip it and check each file");
    }

    [Fact]
    public void An_odt_gets_RP0103_asking_for_docx()
    {
        var finding = Single(Check.Bytes(Zip(("mimetype", "application/vnd.oasis.opendocument.text"), ("content.xml", "<office:document-content/>")), "report.odt"));

        finding.Id.Should().Be(DiagnosticIds.UnsupportedFormat);
        finding.Arguments.Should().Equal("ZIP: an OpenDocument text (.odt), not a Word document; save it as .docx");
    }

    [Theory]
    [InlineData("{\\rtf1\\ansi\\ansicpg936 {\\fonttbl{\\f0 宋体;}} 一、总体情况\\par }", "RTF (Rich Text Format), not DOCX; save it as .docx in Word or WPS")]
    [InlineData("<?xml version=\"1.0\" encoding=\"UTF-8\"?><?mso-application progid=\"Word.Document\"?><w:wordDocument xmlns:w=\"http://schemas.microsoft.com/office/word/2003/wordml\"><w:body/></w:wordDocument>", "Word XML (Word 2003 XML or flat OPC), not DOCX; save it as .docx in Word or WPS")]
    public void Word_files_that_are_not_DOCX_get_RP0103_saying_what_they_are(string content, string description)
    {
        var finding = Single(Check.Bytes(Encoding.UTF8.GetBytes(content), "report.doc"));

        finding.Id.Should().Be(DiagnosticIds.UnsupportedFormat);
        finding.Arguments.Should().Equal(description);
    }

    [Fact]
    public void A_zip_bomb_is_refused_with_RP0108_before_it_is_parsed()
    {
        // ~4 MiB of XML that deflates to a few KiB, against a 1 MiB bound.
        var bomb = DocxBuilder.FromBody(P(new string('零', 1_400_000))).Build();
        bomb.Length.Should().BeLessThan(64 * 1024);

        var result = Check.Bytes(bomb, "bomb.docx", ReportCheckerOptions.Default with { MaxDecompressedBytes = 1024 * 1024 });

        var finding = Single(result);
        finding.Id.Should().Be(DiagnosticIds.ResourceLimitExceeded);
        finding.Arguments[1].Should().Be("1048576 bytes");
        ((string)finding.Arguments[0]).Should().StartWith("decompressed XML parts of ");
    }

    [Fact]
    public void XML_nested_absurdly_deep_is_refused_with_RP0108()
    {
        const int depth = 1000;
        var body = string.Concat(Enumerable.Repeat("<w:customXml w:element=\"x\">", depth)) + P("深处") + string.Concat(Enumerable.Repeat("</w:customXml>", depth));

        var finding = Single(Check.Bytes(DocxBuilder.FromBody(body).Build(), "deep.docx"));

        finding.Id.Should().Be(DiagnosticIds.ResourceLimitExceeded);
        finding.Arguments.Should().Equal("XML nesting in word/document.xml", "256 levels");
    }

    [Fact]
    public void Nesting_within_the_bound_is_read()
    {
        var body = string.Concat(Enumerable.Repeat("<w:customXml w:element=\"x\">", 100)) + P("深处") + string.Concat(Enumerable.Repeat("</w:customXml>", 100));

        var document = DocxBuilder.Read(DocxBuilder.FromBody(body).Build());

        document.Blocks.Should().ContainSingle().Which.ToString().Should().Be("深处");
    }

    [Theory]
    [InlineData(100_000)]
    [InlineData(int.MaxValue)]
    public void An_absurd_table_is_refused_with_RP0108_and_the_rest_is_read(int span)
    {
        var docx = DocxBuilder.FromBody(P("一、总体情况"), Tbl(Tr(Tc("x", span: span)), Tr(Tc("y", span: span))), P("二、主动公开政府信息情况")).Build();

        var document = DocxBuilder.Read(docx);

        var finding = document.Diagnostics.Should().ContainSingle().Subject;
        finding.Id.Should().Be(DiagnosticIds.ResourceLimitExceeded);
        finding.Arguments.Should().Equal("table grid of " + (2L * span).ToString(System.Globalization.CultureInfo.InvariantCulture) + " positions", "100000 positions");
        finding.Location.Path.Should().Be("body/tbl[1]");
        document.Blocks.Select(b => b.ToString()).Should().Equal("一、总体情况", "二、主动公开政府信息情况");
    }

    [Fact]
    public void Damaged_OLE_directories_never_throw()
    {
        var random = new Random(20261127);
        for (var i = 0; i < 200; i++)
        {
            var ole = CompoundFileBuilder.Build("WordDocument", "1Table");
            var garbage = new byte[ole.Length - 8];
            random.NextBytes(garbage);
            var keep = random.Next(8, ole.Length);
            Array.Copy(garbage, 0, ole, keep, ole.Length - keep);

            var result = Check.Bytes(ole.Take(random.Next(8, ole.Length + 1)).ToArray(), "random.doc");

            // The .doc reader refuses them: a damaged container (RP0102) or one without a Word document (RP0103).
            result.Ids().Should().ContainSingle().Which.Should().BeOneOf(DiagnosticIds.FileCorrupt, DiagnosticIds.UnsupportedFormat);
        }
    }

    [Fact]
    public void Damaged_docx_bytes_are_reading_diagnostics_never_exceptions_or_reader_crashes()
    {
        var spec = Fixtures.SampleReports.Balanced2021();
        var whole = DocxBuilder.FromBody(Report(spec)).Build();
        var random = new Random(7);
        for (var i = 0; i < 60; i++)
        {
            var damaged = (byte[])whole.Clone();
            for (var k = 0; k < 4; k++)
            {
                damaged[random.Next(damaged.Length)] ^= (byte)random.Next(1, 256);
            }

            var result = Check.Bytes(damaged, "damaged.docx");

            result.Ids().Should().NotContain(DiagnosticIds.ReaderCrashed, string.Join("; ", result.Diagnostics.SelectMany(d => d.Arguments)));
        }
    }

    [Fact]
    public void Many_large_tables_are_refused_once_the_document_holds_ten_times_the_table_bound()
    {
        // Each table: a header row of 30 cells and 30 rows that span them: 900 positions from 60 cells of XML.
        var header = Tr(Enumerable.Range(0, 30).Select(i => Tc(i.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToArray());
        var table = Tbl(new[] { header }.Concat(Enumerable.Repeat(Tr(Tc("x", span: 30)), 29)).ToArray());
        var docx = DocxBuilder.FromBody(string.Concat(Enumerable.Repeat(table, 12))).Build();

        var document = new ReportChecker(ReportCheckerOptions.Default with { MaxTableGridPositions = 1000 }).Read(new MemoryStream(docx), SourceFormat.Docx, "many.docx");

        document.Blocks.Should().HaveCount(11);
        var finding = document.Diagnostics.Should().ContainSingle().Subject;
        finding.Id.Should().Be(DiagnosticIds.ResourceLimitExceeded);
        finding.Arguments.Should().Equal("table grids of 10800 positions in one document", "10000 positions");
        finding.Location.Path.Should().Be("body/tbl[12]");
    }

    [Fact]
    public void Random_merges_spans_holes_and_revisions_always_give_a_consistent_grid()
    {
        var random = new Random(3);
        string[] merges = [string.Empty, "<w:vMerge w:val=\"restart\"/>", "<w:vMerge/>", "<w:vMerge w:val=\"continue\"/>", "<w:hMerge/>", "<w:hMerge w:val=\"restart\"/>", "<w:cellDel w:id=\"1\" w:author=\"a\"/>"];
        var tables = new StringBuilder();
        var expectedParagraphs = 0;
        for (var t = 0; t < 200; t++)
        {
            var rows = new StringBuilder();
            for (var r = random.Next(1, 7); r > 0; r--)
            {
                var rowProperties = (random.Next(4) == 0 ? "<w:gridBefore w:val=\"" + random.Next(0, 3) + "\"/>" : string.Empty)
                    + (random.Next(4) == 0 ? "<w:gridAfter w:val=\"" + random.Next(0, 3) + "\"/>" : string.Empty)
                    + (random.Next(12) == 0 ? "<w:del w:id=\"2\" w:author=\"a\"/>" : string.Empty);
                var cells = Enumerable.Range(0, random.Next(1, 6))
                    .Select(_ => Tc("v" + random.Next(100), span: random.Next(1, 4), extraProperties: merges[random.Next(merges.Length)]))
                    .ToArray();
                rows.Append(random.Next(8) == 0
                    ? "<w:sdt><w:sdtContent>" + TrWith(rowProperties, cells) + "</w:sdtContent></w:sdt>"
                    : TrWith(rowProperties, cells));
            }

            tables.Append(Tbl(rows.ToString())).Append(P("t" + t));
            expectedParagraphs++;
        }

        var document = DocxBuilder.Read(DocxBuilder.FromBody(tables.ToString()).Build());

        document.Diagnostics.Should().BeEmpty();
        // Every paragraph between the tables is there; a one-column table of one or two rows is unwrapped as layout.
        document.Blocks.OfType<ParagraphBlock>().Count(p => p.Text[0] == 't').Should().Be(expectedParagraphs);
        document.Blocks.OfType<ParagraphBlock>().Should().OnlyContain(p => p.Text[0] == 't' || p.Text[0] == 'v');
        foreach (var table in document.Blocks.OfType<TableBlock>())
        {
            table.Cells.Should().OnlyContain(c => c.RowSpan >= 1 && c.ColumnSpan >= 1 && c.Row + c.RowSpan <= table.RowCount && c.Column + c.ColumnSpan <= table.ColumnCount);
            table.Cells.Should().OnlyContain(c => c.Text.Length == 0 || c.Text.Split('\n').All(line => line.Length > 1 && line[0] == 'v'));
        }
    }

    [Fact]
    public void A_zip_of_too_many_entries_is_refused_with_RP0108_before_it_is_opened()
    {
        var whole = DocxBuilder.FromBody(P("正文")).Build();
        using var stream = new MemoryStream();
        stream.Write(whole, 0, whole.Length);
        using (var archive = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            for (var i = 0; i < 10_001; i++)
            {
                archive.CreateEntry("customXml/x" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), CompressionLevel.NoCompression);
            }
        }

        var finding = Single(Check.Bytes(stream.ToArray(), "many.docx"));

        finding.Id.Should().Be(DiagnosticIds.ResourceLimitExceeded);
        finding.Arguments.Should().Equal("ZIP archive of 10004 entries", "10000 entries");
    }
}
