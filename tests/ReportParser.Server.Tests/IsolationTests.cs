using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using ReportParser.Diagnostics;
using ReportParser.Fixtures;
using ReportParser.Isolation;
using ReportParser.Serialization;

namespace ReportParser.Server.Tests;

/// <summary>The service's limits: uploads read in workers, 504 past the request limit in the queue, /health truthful.</summary>
public sealed class IsolationTests
{
    private static readonly byte[] Good = Encoding.UTF8.GetBytes(HtmlReportWriter.Write(SampleReports.Balanced2021().WithCell("T4.R.count", "T4.C.review.total", "9")));

    private static MultipartFormDataContent Multipart(byte[] content, string fileName)
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("text/html");
        form.Add(file, "file", fileName);
        return form;
    }

    [Fact]
    public async Task An_upload_that_kills_its_worker_gets_RP0122_and_the_service_goes_on()
    {
        Environment.SetEnvironmentVariable(WorkerHost.TestHooksVariable, "1");
        await using var service = await TestService.InProcessAsync(new Dictionary<string, string?> { ["Isolation"] = "process", ["MaxConcurrentChecks"] = "1" });

        var crashed = await service.Client.PostAsync("/api/check", Multipart(Good, "a-rp-hook-stackoverflow.html"));
        var good = await service.Client.PostAsync("/api/check", Multipart(Good, "good.html"));
        var health = await service.Client.GetAsync("/health");

        crashed.StatusCode.Should().Be(HttpStatusCode.OK);
        var json = JsonDocument.Parse(await crashed.Content.ReadAsStringAsync()).RootElement;
        json.GetProperty("status").GetString().Should().Be("unreadable");
        json.GetProperty("diagnostics")[0].GetProperty("id").GetString().Should().Be(DiagnosticIds.WorkerCrashed);
        json.GetProperty("diagnostics")[0].GetProperty("arguments")[0].GetString().Should().StartWith("exit code 134");
        var expected = ReportJson.Serialize(new ReportChecker(ReportCheckerOptions.Default with { TimeLimit = TimeSpan.FromSeconds(30) }).Check(new MemoryStream(Good), SourceFormat.Html, "good.html"));
        (await good.Content.ReadAsStringAsync()).Should().Be(expected + "\n", "a worker answers with the same bytes as the library");
        health.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_request_still_queued_at_the_request_limit_is_504_and_health_reports_the_stuck_slot()
    {
        var gate = new BlockingChecks();
        await using var service = await TestService.InProcessAsync(
            new Dictionary<string, string?> { ["MaxConcurrentChecks"] = "1", ["QueueLimit"] = "4", ["RequestTimeoutSeconds"] = "1", ["StuckAfterSeconds"] = "0.2" }, gate);

        var first = service.Client.PostAsync("/api/check", Multipart(Good, "a.html"));
        await gate.Entered.Task.WaitAsync(TimeSpan.FromSeconds(10));
        var queued = await service.Client.PostAsync("/api/check", Multipart(Good, "b.html"));
        var health = await service.Client.GetAsync("/health");
        gate.Release.SetResult();
        await first;

        // The stuck check ends (its request already had its 504) and frees the slot: /health turns ok again.
        var healthAfter = await service.Client.GetAsync("/health");
        for (var i = 0; i < 100 && healthAfter.StatusCode != HttpStatusCode.OK; i++)
        {
            await Task.Delay(100);
            healthAfter = await service.Client.GetAsync("/health");
        }

        queued.StatusCode.Should().Be(HttpStatusCode.GatewayTimeout);
        queued.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        (await queued.Content.ReadAsStringAsync()).Should().Contain("waiting for a check slot");
        health.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        JsonDocument.Parse(await health.Content.ReadAsStringAsync()).RootElement.GetProperty("status").GetString().Should().Be("unhealthy");
        healthAfter.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    private sealed class BlockingChecks : ICheckService
    {
        public TaskCompletionSource Entered { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public async Task<CheckResult> CheckAsync(byte[] content, SourceFormat format, string name, CancellationToken cancellationToken)
        {
            Entered.TrySetResult();

            // Ignores cancellation, like a reader stuck in a loop: the slot stays taken until it really ends.
            await Release.Task.WaitAsync(TimeSpan.FromSeconds(30), CancellationToken.None);
            return ReportChecker.Default.Check(new MemoryStream(content), format, name);
        }
    }
}
