using System.IO;
using System.Linq;
using System.Text;
using ReportParser.Diagnostics;
using ReportParser.Model;
using ReportParser.Readers.Html;
using ReportParser.Tests.Infrastructure;

namespace ReportParser.Tests.Readers.Hostile;

/// <summary>Issue #11: 100,000 nested divs ran to the time limit; a 200 MB page ran past 300 s. Both are refused before parsing.</summary>
public sealed class HtmlLimitTests
{
    private static string Nested(int depth, string inner) =>
        "<html><body>" + string.Concat(Enumerable.Repeat("<div>", depth)) + inner + string.Concat(Enumerable.Repeat("</div>", depth)) + "</body></html>";

    [Fact]
    public void A_hundred_thousand_nested_divs_are_refused_with_RP0108_before_parsing()
    {
        var html = Nested(100_000, "政府信息公开工作年度报告");
        Encoding.UTF8.GetByteCount(html).Should().BeGreaterThan(1_100_000);

        var result = Check.Html(html, "nested.html");

        result.Status.Should().Be(ReportStatus.Unreadable);
        var limit = result.Diagnostics.Should().ContainSingle(d => d.Id == DiagnosticIds.ResourceLimitExceeded).Subject;
        limit.Arguments.Should().Equal("HTML element nesting of more than 1000 levels", "1000 levels");
    }

    [Fact]
    public void The_nesting_limit_is_an_option_and_a_report_inside_deep_nesting_below_it_is_read()
    {
        var report = File.ReadAllText(RepositoryPaths.Fixture("samples/balanced_2021.html"));
        var body = report[(report.IndexOf("<body>", System.StringComparison.Ordinal) + 6)..report.IndexOf("</body>", System.StringComparison.Ordinal)];
        var html = Nested(300, body);

        Check.Html(html, "deep.html").Status.Should().Be(ReportStatus.Checked);
        var refused = Check.Html(html, "deep.html", ReportCheckerOptions.Default with { MaxHtmlNestingDepth = 200 });
        refused.Status.Should().Be(ReportStatus.Unreadable);
        refused.Diagnostics.Single(d => d.Id == DiagnosticIds.ResourceLimitExceeded).Arguments.Should().Equal("HTML element nesting of more than 200 levels", "200 levels");
    }

    [Theory]
    [InlineData("<div><div><div>x</div></div></div>", 3)]
    [InlineData("<div><p>a<p>b<p>c</div>", 1)] // p closes p
    [InlineData("<table><tr><td><font>a<td><font>b<td><font>c</table>", 2)] // a new cell closes what the last one left open
    [InlineData("<ul><li><span>a<li><span>b<li><span>c</ul><div></div>", 2)]
    [InlineData("<div><span><span><span></div><div>x</div>", 4)] // an end tag closes back to its element
    [InlineData("<div><br><img src=x><hr/><input><span/></div>", 1)] // void and self-closing elements never open
    [InlineData("<script>var s = '<div><div><div>';</script><!-- <div><div> --><div></div>", 1)]
    [InlineData("<div></span></b></div></div></div><div>", 1)] // stray end tags close nothing
    public void Nesting_is_measured_as_the_parser_would_build_it(string html, int depth)
    {
        HtmlNesting.Depth(html, 1000).Should().Be(depth);
    }

    [Fact]
    public void Every_html_fixture_nests_well_below_the_limit()
    {
        var deepest = Directory.EnumerateFiles(RepositoryPaths.Fixtures, "*.html", SearchOption.AllDirectories)
            .Max(f => HtmlNesting.Depth(File.ReadAllText(f), 1000));

        deepest.Should().BeInRange(5, 60);
    }

    [Fact]
    public void A_page_over_the_text_size_limit_is_refused_with_RP0108_before_parsing()
    {
        var html = "<html><body>" + new string('x', 3000) + "</body></html>";

        var result = Check.Html(html, "big.html", ReportCheckerOptions.Default with { MaxTextBytes = 2048 });

        result.Status.Should().Be(ReportStatus.Unreadable);
        result.Diagnostics.Single(d => d.Id == DiagnosticIds.ResourceLimitExceeded).Arguments.Should().Equal("an HTML page of 3,026 bytes", "2,048 bytes");
        ReportCheckerOptions.Default.MaxTextBytes.Should().Be(32L * 1024 * 1024);
    }

    [Fact]
    public void A_file_over_the_text_size_limit_is_refused_from_its_first_bytes_and_other_formats_are_not()
    {
        var html = Path.Combine(Path.GetTempPath(), "rp-big-" + System.Guid.NewGuid().ToString("N") + ".htm");
        var pdf = Path.ChangeExtension(html, ".pdf");
        try
        {
            File.WriteAllText(html, "<html><body>" + new string('x', 20_000) + "</body></html>");
            File.WriteAllBytes(pdf, Fixtures.BadInputs.BlankPage().Concat(new byte[20_000]).ToArray());
            var checker = new ReportChecker(ReportCheckerOptions.Default with { MaxTextBytes = 2048 });

            var result = checker.Check(html);

            result.Status.Should().Be(ReportStatus.Unreadable);
            result.Diagnostics.Single(d => d.Id == DiagnosticIds.ResourceLimitExceeded).Arguments.Should().Equal("an HTML page of 20,026 bytes", "2,048 bytes");
            checker.Check(pdf).Diagnostics.Should().NotContain(d => d.Id == DiagnosticIds.ResourceLimitExceeded, "the limit is for HTML and text only");
        }
        finally
        {
            File.Delete(html);
            File.Delete(pdf);
        }
    }
}
