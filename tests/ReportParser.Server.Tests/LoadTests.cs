using System;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using ReportParser.Fixtures;
using Xunit.Abstractions;

namespace ReportParser.Server.Tests;

/// <summary>A bounded load test on loopback: 500 uploads, 32 at a time, no failed request, memory flat. Prints its figures.</summary>
[Collection(LoopbackTests.Name)]
public sealed class LoadTests
{
    private readonly ITestOutputHelper _output;

    public LoadTests(ITestOutputHelper output)
    {
        _output = output;
    }

    [Fact]
    public async Task Five_hundred_uploads_32_at_a_time_all_succeed_with_flat_memory()
    {
        const int uploads = 500;
        const int concurrency = 32;
        await using var service = await TestService.LoopbackAsync(new System.Collections.Generic.Dictionary<string, string?> { ["QueueLimit"] = "1000" });
        var bodies = Enumerable.Range(0, 8)
            .Select(i => Encoding.UTF8.GetBytes(HtmlReportWriter.Write(SampleReports.Balanced2021().WithCell("T4.R.count", "T4.C.review.total", (2 + i).ToString(System.Globalization.CultureInfo.InvariantCulture)))))
            .ToArray();
        var statuses = new ConcurrentBag<HttpStatusCode>();
        var latencies = new ConcurrentBag<double>();
        long memoryAfterWarmup = 0;
        var done = 0;
        var clock = Stopwatch.StartNew();

        await Parallel.ForEachAsync(Enumerable.Range(0, uploads), new ParallelOptions { MaxDegreeOfParallelism = concurrency }, async (i, token) =>
        {
            var form = new MultipartFormDataContent();
            var file = new ByteArrayContent(bodies[i % bodies.Length]);
            file.Headers.ContentType = new MediaTypeHeaderValue("text/html");
            form.Add(file, "file", $"r{i}.html");
            var started = Stopwatch.GetTimestamp();
            using var response = await service.Client.PostAsync("/api/check", form, token);
            _ = await response.Content.ReadAsByteArrayAsync(token);
            latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            statuses.Add(response.StatusCode);
            if (Interlocked.Increment(ref done) == 100)
            {
                Interlocked.Exchange(ref memoryAfterWarmup, GC.GetTotalMemory(forceFullCollection: true));
            }
        });

        var elapsed = clock.Elapsed;
        var memoryAtEnd = GC.GetTotalMemory(forceFullCollection: true);
        var sorted = latencies.OrderBy(l => l).ToArray();
        _output.WriteLine(FormattableString.Invariant(
            $"{uploads} uploads, {concurrency} concurrent: {elapsed.TotalSeconds:0.00} s, {uploads / elapsed.TotalSeconds:0.0} req/s, p50 {sorted[sorted.Length / 2]:0} ms, p95 {sorted[(int)(sorted.Length * 0.95)]:0} ms, managed heap after 100: {memoryAfterWarmup / 1048576.0:0.0} MiB, after {uploads}: {memoryAtEnd / 1048576.0:0.0} MiB, working set {Environment.WorkingSet / 1048576.0:0} MiB"));

        statuses.Should().HaveCount(uploads).And.OnlyContain(s => s == HttpStatusCode.OK);
        memoryAtEnd.Should().BeLessThan((memoryAfterWarmup * 2) + (16 * 1048576), "memory must not grow with the number of requests");
    }
}
