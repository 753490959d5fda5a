using System;
using System.IO;
using System.Linq;
using ReportParser.Diagnostics;
using ReportParser.Fixtures;
using ReportParser.Model;
using ReportParser.Tests.Infrastructure;

namespace ReportParser.Tests.Api;

public sealed class ReportCheckerTests
{
    [Fact]
    public void A_check_past_its_time_limit_is_unreadable_with_RP0120()
    {
        var checker = new ReportChecker(ReportCheckerOptions.Default with { TimeLimit = TimeSpan.Zero });

        var result = checker.Check(SourceDocumentWriter.Write(SampleReports.Balanced2021()));

        result.Status.Should().Be(ReportStatus.Unreadable);
        result.Diagnostics.Should().ContainSingle().Which.Id.Should().Be(DiagnosticIds.CheckTimedOut);
        result.Diagnostics[0].Arguments.Should().Equal(0m);
    }

    [Fact]
    public void A_generous_time_limit_changes_nothing()
    {
        var checker = new ReportChecker(ReportCheckerOptions.Default with { TimeLimit = TimeSpan.FromMinutes(1) });

        checker.Check(SourceDocumentWriter.Write(SampleReports.Balanced2021())).Diagnostics.Should().BeEmpty();
    }

    [Fact]
    public void A_file_locked_by_another_process_is_RP0121_not_an_exception()
    {
        var path = Path.Combine(Path.GetTempPath(), "rp-locked-" + Guid.NewGuid().ToString("N") + ".html");
        File.WriteAllText(path, HtmlReportWriter.Write(SampleReports.Balanced2021()));
        try
        {
            using (new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.None))
            {
                var result = ReportChecker.Default.Check(path);

                result.Status.Should().Be(ReportStatus.Unreadable);
                result.Diagnostics.Should().ContainSingle().Which.Id.Should().Be(DiagnosticIds.FileAccessFailed);
            }
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_missing_file_is_the_callers_mistake()
    {
        var act = () => ReportChecker.Default.Check("/no/such/file.html");

        act.Should().Throw<FileNotFoundException>();
    }

    [Fact]
    public void One_checker_serves_many_threads_with_identical_results()
    {
        var html = HtmlReportWriter.Write(SampleReports.Balanced2021().WithCell("T4.R.count", "T4.C.review.total", "9"));
        var expected = Check.Html(html).Diagnostics.Select(d => d.ToString()).ToList();

        var results = Enumerable.Range(0, 64).AsParallel().Select(_ => Check.Html(html).Diagnostics.Select(d => d.ToString()).ToList()).ToList();

        results.Should().AllSatisfy(r => r.Should().Equal(expected));
    }
}
