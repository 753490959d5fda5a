using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using ReportParser.Diagnostics;
using ReportParser.Fixtures;
using ReportParser.Model;

namespace ReportParser.Tests.Api;

/// <summary>The asynchronous API (issue 17): streams read with ReadAsync only, and a caller's cancellation honoured.</summary>
public sealed class ReportCheckerAsyncTests
{
    /// <summary>A stream that fails any synchronous read, as ASP.NET Core's request body does.</summary>
    private sealed class AsyncOnlyStream(byte[] content) : Stream
    {
        private readonly MemoryStream _inner = new(content);

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => throw new InvalidOperationException("Synchronous operations are disallowed.");

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) => _inner.ReadAsync(buffer, cancellationToken);

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) => _inner.ReadAsync(buffer, offset, count, cancellationToken);

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            _inner.Dispose();
            base.Dispose(disposing);
        }
    }

    private static byte[] Unbalanced() => Encoding.UTF8.GetBytes(HtmlReportWriter.Write(SampleReports.Balanced2021().WithCell("T3.R1", "T3.C.natural_person", "14").WithCell("T3.R1", "T3.C.total", "17")));

    [Fact]
    public async Task CheckAsync_of_a_stream_reads_it_without_synchronous_calls()
    {
        using var body = new AsyncOnlyStream(Unbalanced());

        var result = await ReportChecker.Default.CheckAsync(body, SourceFormat.Unknown, "报告.html", CancellationToken.None);

        result.Status.Should().Be(ReportStatus.Checked);
        result.Report.Applications!.Cells.Should().Contain(c => c.RowId == "T3.R1" && c.ColumnId == "T3.C.natural_person" && c.Number == 14m);
        result.Diagnostics.Should().Contain(d => d.Id == DiagnosticIds.ApplicationsDoNotBalance);
        result.Diagnostics.Select(d => d.ToString()).Should().Equal(ReportChecker.Default.Check(new MemoryStream(Unbalanced()), SourceFormat.Unknown, "报告.html").Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public async Task CheckAsync_of_a_path_gives_the_synchronous_result()
    {
        var path = Path.Combine(Path.GetTempPath(), "rp-async-" + Guid.NewGuid().ToString("N") + ".html");
        await File.WriteAllBytesAsync(path, Unbalanced());
        try
        {
            var result = await ReportChecker.Default.CheckAsync(path, CancellationToken.None);

            result.Source.Should().Be(path);
            result.Diagnostics.Select(d => d.ToString()).Should().Equal(ReportChecker.Default.Check(path).Diagnostics.Select(d => d.ToString()));
            result.Diagnostics.Should().Contain(d => d.Id == DiagnosticIds.ApplicationsDoNotBalance);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task A_cancelled_check_throws_OperationCanceledException_not_a_timed_out_result()
    {
        var checker = new ReportChecker(ReportCheckerOptions.Default with { TimeLimit = TimeSpan.FromMinutes(1) });
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        var call = () => checker.CheckAsync(new MemoryStream(Unbalanced()), SourceFormat.Html, "报告.html", cancelled.Token);

        await call.Should().ThrowAsync<OperationCanceledException>();
    }

    [Fact]
    public async Task CheckAsync_of_a_missing_path_throws_FileNotFoundException()
    {
        var call = () => ReportChecker.Default.CheckAsync(Path.Combine(Path.GetTempPath(), "rp-missing-" + Guid.NewGuid().ToString("N") + ".html"), CancellationToken.None);

        await call.Should().ThrowAsync<FileNotFoundException>();
    }
}
