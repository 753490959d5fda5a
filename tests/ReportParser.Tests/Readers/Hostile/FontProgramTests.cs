using System.Linq;
using System.Text;
using ReportParser.Diagnostics;
using ReportParser.Fixtures;
using ReportParser.Tests.Infrastructure;

namespace ReportParser.Tests.Readers.Hostile;

public sealed class FontProgramTests
{
    [Fact]
    public void RP0124_a_truncated_type1_program_is_hidden_and_the_page_text_is_still_read()
    {
        var result = Check.Bytes(BadInputs.TruncatedType1Font(), "font.pdf");

        var truncated = result.Diagnostics.Should().ContainSingle(d => d.Id == DiagnosticIds.FontProgramTruncated).Subject;
        truncated.Arguments.Should().Equal("7 0 R", (long)BadInputs.Type1ClearText.Length + 16, (long)BadInputs.Type1ClearText.Length + 5000);
        result.Diagnostics.Should().Contain(d => d.Id == DiagnosticIds.NotAReport, "the text was read: it is just not a report");
        result.Diagnostics.Should().NotContain(d => d.Id == DiagnosticIds.NothingReadable || d.Id == DiagnosticIds.ReaderCrashed);
    }

    [Fact]
    public void A_complete_type1_program_and_truetype_programs_are_left_alone()
    {
        var complete = Encoding.Latin1.GetString(BadInputs.TruncatedType1Font()).Replace("/Length2 5000", "/Length2 16  ", System.StringComparison.Ordinal);

        Check.Bytes(Encoding.Latin1.GetBytes(complete), "font.pdf").Diagnostics.Should().NotContain(d => d.Id == DiagnosticIds.FontProgramTruncated);
        Check.Bytes(System.IO.File.ReadAllBytes(RepositoryPaths.Fixture("pdf/blank_dash.libreoffice.pdf")), "x.pdf").Diagnostics
            .Should().NotContain(d => d.Id == DiagnosticIds.FontProgramTruncated);
    }
}
