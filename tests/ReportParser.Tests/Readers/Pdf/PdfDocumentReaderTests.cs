using System.Linq;
using ReportParser.Diagnostics;
using ReportParser.Documents;
using ReportParser.Model;
using ReportParser.Tests.Infrastructure;

namespace ReportParser.Tests.Readers.Pdf;

public sealed class PdfDocumentReaderTests
{
    private static readonly string[][] Rows =
    [
        ["Item", "Issued", "Repealed"],
        ["Rules", "1", "0"],
        ["Documents", "3985758", "26"],
        ["Licences", "96171.6", "447228"],
    ];

    private static SourceDocument Read(byte[] pdf, string name = "test.pdf") =>
        ReportChecker.Default.Read(new System.IO.MemoryStream(pdf), SourceFormat.Pdf, name);

    [Fact]
    public void A_ruled_table_becomes_a_grid_with_every_cell_exact()
    {
        var document = Read(TestPdf.RuledTable(4, Rows));

        document.Diagnostics.Should().BeEmpty();
        document.PageCount.Should().Be(1);
        document.Blocks.OfType<ParagraphBlock>().Select(p => p.Text).Should().Equal("Table 1");
        var table = document.Blocks.OfType<TableBlock>().Single();
        table.RowCount.Should().Be(4);
        table.ColumnCount.Should().Be(3);
        Enumerable.Range(0, 4).Select(r => table.GetRow(r).Select(c => c.Text).ToArray()).Should().BeEquivalentTo(Rows, o => o.WithStrictOrdering());
        table.GetCell(2, 1)!.Provenance.Page.Should().Be(1);
    }

    [Fact]
    public void Borders_drawn_as_thin_filled_rectangles_are_ruling_lines_too()
    {
        var table = Read(TestPdf.RuledTable(4, Rows, thinRectangles: true)).Blocks.OfType<TableBlock>().Single();

        table.GetRow(3).Select(c => c.Text).Should().Equal("Licences", "96171.6", "447228");
    }

    [Fact]
    public void A_table_continued_after_a_page_number_on_the_next_page_is_one_grid()
    {
        var document = Read(TestPdf.RuledTable(2, Rows));

        document.PageCount.Should().Be(2);
        document.Blocks.OfType<ParagraphBlock>().Select(p => p.Text).Should().Equal("Table 1");
        var table = document.Blocks.OfType<TableBlock>().Single();
        table.RowCount.Should().Be(4);
        table.GetRow(2).Select(c => c.Text).Should().Equal("Documents", "3985758", "26");
        table.GetCell(1, 2)!.Provenance.Page.Should().Be(1);
        table.GetCell(3, 2)!.Provenance.Page.Should().Be(2);
    }

    [Fact]
    public void Lines_become_paragraphs_a_two_line_title_is_one_and_a_paragraph_continues_over_the_page_number()
    {
        var document = Read(TestPdf.TitleAndParagraphs());

        document.Blocks.OfType<ParagraphBlock>().Select(p => (p.Text, p.Provenance.Page)).Should().Equal(
            ("Annual Report on Government Information Disclosure of the County", 1),
            ("This report was compiled according to the regulations on open government information and covers the year from January to December. It ends here.", 1),
            ("A second paragraph begins with an indent and runs to the very end of the page, where it breaks off in the middle of its sentence and continues on the next page.", 1));
        document.Blocks.OfType<ParagraphBlock>().First().HeadingLevel.Should().Be(1);
    }

    [Fact]
    public void A_page_shown_rotated_is_read_as_displayed()
    {
        var table = Read(TestPdf.RotatedPage()).Blocks.OfType<TableBlock>().Single();

        table.RowCount.Should().Be(2);
        table.GetRow(0).Select(c => c.Text).Should().Equal("Rules", "3985758");
        table.GetRow(1).Select(c => c.Text).Should().Equal("Fees", "96171.6");
    }

    [Fact]
    public void An_encrypted_PDF_that_needs_a_password_is_RP0104()
    {
        var result = Check.Bytes(TestPdf.Encrypted("secret", "owner", "hidden"), "locked.pdf");

        result.Status.Should().Be(ReportStatus.Unreadable);
        result.Ids().Should().Equal(DiagnosticIds.FileEncrypted);
    }

    [Fact]
    public void A_PDF_with_only_an_owner_password_is_read_normally()
    {
        var document = Read(TestPdf.Encrypted(string.Empty, "owner", "Annual report 2024"));

        document.Diagnostics.Should().BeEmpty();
        document.Blocks.OfType<ParagraphBlock>().Single().Text.Should().Be("Annual report 2024");
    }

    [Fact]
    public void A_scanned_page_is_RP0105_and_kept_as_an_image()
    {
        var document = Read(TestPdf.TextThenScannedPage());

        var finding = document.Diagnostics.Should().ContainSingle().Subject;
        finding.Id.Should().Be(DiagnosticIds.NoTextLayer);
        finding.Arguments.Should().Equal(2);
        finding.Location.Page.Should().Be(2);
        document.Blocks.OfType<ImageBlock>().Single().Provenance.Page.Should().Be(2);
        document.IsUnreadable.Should().BeFalse();
    }

    [Fact]
    public void A_garbage_text_layer_is_RP0107_and_its_text_is_not_used()
    {
        var result = Check.Bytes(TestPdf.Mojibake(), "mojibake.pdf");

        result.Ids().Should().Equal(DiagnosticIds.NothingReadable, DiagnosticIds.GarbledTextLayer);
        result.Diagnostics[0].Arguments.Should().Equal(1, "1 garbled text");
        var finding = result.Diagnostics[1];
        finding.Arguments[0].Should().Be(1);
        ((int)finding.Arguments[1]).Should().BeGreaterThan(400);
        result.Status.Should().Be(ReportStatus.Unreadable);
    }

    [Fact]
    public void A_truncated_PDF_is_RP0102()
    {
        var pdf = TestPdf.RuledTable(4, Rows);

        var result = Check.Bytes(pdf.Take(pdf.Length / 3).ToArray(), "truncated.pdf");

        result.Status.Should().Be(ReportStatus.Unreadable);
        result.Diagnostics.Select(d => d.Id).Should().Contain(DiagnosticIds.FileCorrupt).And.OnlyContain(id => id == DiagnosticIds.FileCorrupt);
    }
}
