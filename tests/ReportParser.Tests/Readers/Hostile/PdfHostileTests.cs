using System.Linq;
using ReportParser.Diagnostics;
using ReportParser.Fixtures;
using ReportParser.Model;
using ReportParser.Tests.Infrastructure;

namespace ReportParser.Tests.Readers.Hostile;

/// <summary>PDFs that used to kill the process (stack overflow) or came back unreadable without a reason (issue #11).</summary>
public sealed class PdfHostileTests
{
    [Fact]
    public void RP0125_a_page_whose_resources_refer_to_themselves_is_diagnosed_not_a_stack_overflow()
    {
        var result = Check.Bytes(BadInputs.SelfReferencingResources(), "self.pdf");

        result.Status.Should().Be(ReportStatus.Unreadable);
        var cycle = result.Diagnostics.Should().ContainSingle(d => d.Id == DiagnosticIds.ReferenceCycle).Subject;
        cycle.Arguments.Should().Equal(1, "/Resources", "4 0 R → 4 0 R");
        cycle.Location.Page.Should().Be(1);
        cycle.Severity.Should().Be(DiagnosticSeverity.Error);
    }

    [Fact]
    public void RP0125_a_longer_reference_chain_is_named_object_by_object()
    {
        var result = Check.Bytes(BadInputs.ReferenceChain(), "chain.pdf");

        result.Diagnostics.Single(d => d.Id == DiagnosticIds.ReferenceCycle).Arguments.Should().Equal(1, "/Resources", "4 0 R → 5 0 R → 4 0 R");
        result.Status.Should().Be(ReportStatus.Unreadable);
    }

    [Fact]
    public void RP0125_a_page_tree_whose_kids_lead_back_to_the_root()
    {
        var result = Check.Bytes(BadInputs.PageTreeCycle(), "tree.pdf");

        result.Status.Should().Be(ReportStatus.Unreadable);
        result.Diagnostics.Single(d => d.Id == DiagnosticIds.ReferenceCycle).Arguments.Should().Equal(1, "/Kids", "2 0 R → 2 0 R");
    }

    [Fact]
    public void RP0125_form_xobjects_that_paint_each_other()
    {
        var result = Check.Bytes(BadInputs.FormXObjectCycle(), "forms.pdf");

        result.Status.Should().Be(ReportStatus.Unreadable);
        result.Diagnostics.Single(d => d.Id == DiagnosticIds.ReferenceCycle).Arguments.Should().Equal(1, "/Resources", "/Resources → 4 0 R → 6 0 R → 4 0 R");
    }

    [Fact]
    public void RP0125_a_cycle_on_page_two_keeps_page_one()
    {
        var pdf = BadInputs.Pdf(
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R 4 0 R] /Count 2 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 6 0 R /Resources << /Font << /F1 7 0 R >> >> >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources 5 0 R >>",
            "5 0 R",
            BadInputs.Stream("<<", "BT /F1 12 Tf 60 760 Td (Page one is read) Tj ET"),
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");

        var document = ReportChecker.Default.Read(new System.IO.MemoryStream(pdf), SourceFormat.Unknown, "two.pdf");

        document.IsUnreadable.Should().BeFalse();
        document.PageCount.Should().Be(2);
        document.Diagnostics.Single(d => d.Id == DiagnosticIds.ReferenceCycle).Arguments.Should().Equal(2, "/Resources", "5 0 R → 5 0 R");
        string.Concat(document.Blocks.OfType<Documents.ParagraphBlock>().Select(p => p.Text)).Should().Contain("Page one is read");
    }

    [Fact]
    public void RP0126_a_pdf_without_pages()
    {
        var result = Check.Bytes(BadInputs.ZeroPages(), "zero.pdf");

        result.Status.Should().Be(ReportStatus.Unreadable);
        result.Diagnostics.Should().ContainSingle().Which.Arguments.Should().Equal(0, "no pages");
        result.Ids().Should().Equal(DiagnosticIds.NothingReadable);
    }

    [Fact]
    public void RP0126_a_blank_page()
    {
        var result = Check.Bytes(BadInputs.BlankPage(), "blank.pdf");

        result.Status.Should().Be(ReportStatus.Unreadable);
        result.Diagnostics.Should().ContainSingle().Which.Arguments.Should().Equal(1, "1 blank");
        result.Errors().Select(d => d.Id).Should().Equal(DiagnosticIds.NothingReadable);
    }

    [Fact]
    public void RP0127_text_drawn_as_outlines_is_told_apart_from_a_blank_page()
    {
        var result = Check.Bytes(BadInputs.TextAsOutlines(), "outlines.pdf");

        result.Status.Should().Be(ReportStatus.Unreadable);
        result.Diagnostics.Single(d => d.Id == DiagnosticIds.TextAsOutlines).Arguments.Should().Equal(1, 1200);
        result.Diagnostics.Single(d => d.Id == DiagnosticIds.NothingReadable).Arguments.Should().Equal(1, "1 text as outlines");
    }

    [SkippableFact]
    public void RP0127_a_real_report_printed_by_ghostscript_with_NoOutputFonts()
    {
        var gs = new[] { "/usr/bin/gs", "/usr/local/bin/gs" }.FirstOrDefault(System.IO.File.Exists);
        Skip.If(gs is null, "Ghostscript (gs) is not installed");
        var source = RepositoryPaths.Fixture("pdf/official_2021.libreoffice.pdf");
        var output = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "rp-outlines-" + System.Guid.NewGuid().ToString("N") + ".pdf");
        try
        {
            var start = new System.Diagnostics.ProcessStartInfo(gs!, ["-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=pdfwrite", "-dNoOutputFonts", "-sOutputFile=" + output, source]);
            using (var process = System.Diagnostics.Process.Start(start)!)
            {
                process.WaitForExit(60_000).Should().BeTrue();
            }

            var result = ReportChecker.Default.Check(output);

            result.Status.Should().Be(ReportStatus.Unreadable);
            result.Diagnostics.Should().Contain(d => d.Id == DiagnosticIds.TextAsOutlines && (int)d.Arguments[0] == 1);
            result.Errors().Select(d => d.Id).Should().Equal(DiagnosticIds.NothingReadable);
        }
        finally
        {
            System.IO.File.Delete(output);
        }
    }

    [Fact]
    public void RP0128_one_letter_of_an_absurd_size_is_dropped_and_the_page_is_read()
    {
        var document = ReportChecker.Default.Read(new System.IO.MemoryStream(BadInputs.AbsurdFontSize()), SourceFormat.Unknown, "font.pdf");

        document.IsUnreadable.Should().BeFalse();
        document.Diagnostics.Select(d => d.Id).Should().NotContain(DiagnosticIds.ReaderCrashed);
        var text = string.Join("\n", document.Blocks.OfType<Documents.ParagraphBlock>().Select(p => p.Text));
        text.Should().Contain("Ordinary text before the absurd letter").And.Contain("Ordinary text after it");
        document.Diagnostics.Should().ContainSingle().Which.Arguments.Should().Equal(1, 2, 1000.0);
    }
}
