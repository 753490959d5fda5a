using System.Linq;
using ReportParser.Diagnostics;
using ReportParser.Fixtures;
using ReportParser.Layout;
using ReportParser.Readers.Pdf;
using ReportParser.Tests.Infrastructure;

namespace ReportParser.Tests.Readers.Hostile;

/// <summary>Issue #11: a 500 KB PDF of ruling lines peaked at 2.2 GB building a 9,000 × 9,000 grid. The layout engine's work per page is bounded (RP0129).</summary>
public sealed class RulingLineFloodTests
{
    [Fact]
    public void A_page_of_18000_ruling_lines_gets_RP0129_and_its_text_is_still_read()
    {
        var pdf = BadInputs.RulingLineFlood();
        pdf.Length.Should().BeInRange(400_000, 700_000);

        var result = Check.Bytes(pdf, "lines.pdf");

        var limit = result.Diagnostics.Should().ContainSingle(d => d.Id == DiagnosticIds.LayoutLimitExceeded).Subject;
        limit.Arguments.Should().Equal(1, "18,000 ruling segments", "10,000 segments");
        limit.Location.Page.Should().Be(1);
        result.Diagnostics.Should().Contain(d => d.Id == DiagnosticIds.NotAReport, "the page's text was read: it is just not a report");
    }

    [Fact]
    public void A_grid_over_the_position_limit_is_not_built_and_the_page_gets_RP0129()
    {
        // 2 × 400 lines: under the segment limit, but a 400 × 400 grid (the lines and the ends of the lines) is over a limit of 100,000 positions.
        var result = Check.Bytes(BadInputs.RulingLineFlood(400), "grid.pdf", ReportCheckerOptions.Default with { MaxTableGridPositions = 100_000 });

        var limit = result.Diagnostics.Should().ContainSingle(d => d.Id == DiagnosticIds.LayoutLimitExceeded).Subject;
        limit.Arguments.Should().Equal(1, "a table grid of 160,000 positions", "100,000 positions");
    }

    [Fact]
    public void Below_both_limits_the_grid_is_built_as_before()
    {
        var segments = Enumerable.Range(0, 5).SelectMany(i => new[] { new RulingSegment(true, 100 + (i * 20), 100, 180), new RulingSegment(false, 100 + (i * 20), 100, 180) }).ToList();

        var table = TableGridBuilder.Build(RulingLines.Components(RulingLines.Merge(segments)).Single(), 1, 16, out var positions);

        positions.Should().Be(16);
        table.Should().NotBeNull();
        TableGridBuilder.Build(RulingLines.Components(RulingLines.Merge(segments)).Single(), 1, 15, out _).Should().BeNull();
        PdfPageExtractor.MaxRulingSegments.Should().Be(10_000);
    }
}
