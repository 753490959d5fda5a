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
using ReportParser.Serialization;

namespace ReportParser.Server.Tests;

public sealed class ApiTests
{
    private static readonly string UnbalancedHtml = HtmlReportWriter.Write(SampleReports.Balanced2021().WithCell("T3.R1", "T3.C.natural_person", "14").WithCell("T3.R1", "T3.C.total", "17"));

    private static MultipartFormDataContent Multipart(byte[] content, string fileName, string contentType = "text/html")
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        form.Add(file, "file", fileName);
        return form;
    }

    [Fact]
    public async Task Health_answers_ok()
    {
        await using var service = await TestService.InProcessAsync();

        var json = JsonDocument.Parse(await service.Client.GetStringAsync("/health")).RootElement;

        json.GetProperty("status").GetString().Should().Be("ok");
    }

    [Fact]
    public async Task Diagnostics_lists_the_whole_catalogue_in_both_languages()
    {
        await using var service = await TestService.InProcessAsync();

        var items = JsonDocument.Parse(await service.Client.GetStringAsync("/api/diagnostics")).RootElement.EnumerateArray().ToList();

        items.Select(i => i.GetProperty("id").GetString()).Should().Equal(DiagnosticCatalog.All.Select(d => d.Id));
        var balance = items.Single(i => i.GetProperty("id").GetString() == DiagnosticIds.ApplicationsDoNotBalance);
        balance.GetProperty("title").GetProperty("zh").GetString().Should().Be("表三勾稽关系不平");
        balance.GetProperty("title").GetProperty("en").GetString().Should().Be("表三 applications do not balance");
        balance.GetProperty("rule").GetString().Should().Be("RULE.T3.BALANCE");
    }

    [Fact]
    public async Task OpenApi_describes_the_endpoints()
    {
        await using var service = await TestService.InProcessAsync();

        var paths = JsonDocument.Parse(await service.Client.GetStringAsync("/openapi/v1.json")).RootElement.GetProperty("paths");

        paths.EnumerateObject().Select(p => p.Name).Should().Contain(["/api/check", "/api/render", "/api/diagnostics", "/health"]);
        paths.GetProperty("/api/check").GetProperty("post").GetProperty("requestBody").GetProperty("content").EnumerateObject().Select(c => c.Name)
            .Should().Contain(["multipart/form-data", "application/pdf", "text/html"]);

        // The query parameters and what each endpoint answers (issue 17).
        var check = paths.GetProperty("/api/check").GetProperty("post");
        check.GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString() + "@" + p.GetProperty("in").GetString()).Should().Contain("name@query");
        var result = check.GetProperty("responses").GetProperty("200").GetProperty("content").GetProperty("application/json").GetProperty("schema");
        result.GetProperty("properties").EnumerateObject().Select(p => p.Name).Should().Contain(["source", "status", "diagnostics", "cells"]);
        result.GetProperty("properties").GetProperty("diagnostics").GetProperty("items").GetProperty("properties").GetProperty("severity").GetProperty("enum")
            .EnumerateArray().Select(e => e.GetString()).Should().Equal("error", "warning", "info");
        var render = paths.GetProperty("/api/render").GetProperty("post");
        var lang = render.GetProperty("parameters").EnumerateArray().Single(p => p.GetProperty("name").GetString() == "lang");
        lang.GetProperty("schema").GetProperty("enum").EnumerateArray().Select(e => e.GetString()).Should().Equal("zh", "en");
        render.GetProperty("requestBody").GetProperty("content").GetProperty("application/json").GetProperty("schema").GetProperty("required")
            .EnumerateArray().Select(e => e.GetString()).Should().Contain("diagnostics");
        render.GetProperty("responses").GetProperty("200").GetProperty("content").TryGetProperty("text/html", out _).Should().BeTrue();
    }

    [Fact]
    public async Task A_multipart_upload_returns_the_same_JSON_as_the_library()
    {
        await using var service = await TestService.InProcessAsync();
        var bytes = Encoding.UTF8.GetBytes(UnbalancedHtml);

        var response = await service.Client.PostAsync("/api/check", Multipart(bytes, "unbalanced.html"));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/json");
        var expected = ReportJson.Serialize(ReportChecker.Default.Check(new MemoryStream(bytes), SourceFormat.Html, "unbalanced.html"));
        (await response.Content.ReadAsStringAsync()).Should().Be(expected + "\n", "the same bytes as `reportparser check --format json`");
    }

    [Fact]
    public async Task A_raw_body_with_its_content_type_and_a_name_is_accepted()
    {
        await using var service = await TestService.InProcessAsync();
        var content = new StringContent(UnbalancedHtml, Encoding.UTF8, "text/html");

        var response = await service.Client.PostAsync("/api/check?name=report.html", content);

        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        json.GetProperty("source").GetString().Should().Be("report.html");
        json.GetProperty("diagnostics").EnumerateArray().Select(d => d.GetProperty("id").GetString()).Should().Equal("RP0503", "RP0503");
    }

    [Fact]
    public async Task The_callers_file_name_is_reduced_to_a_bare_name()
    {
        await using var service = await TestService.InProcessAsync();

        var response = await service.Client.PostAsync("/api/check", Multipart(Encoding.UTF8.GetBytes(UnbalancedHtml), "../../etc/passwd.html"));

        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("source").GetString().Should().Be("passwd.html");
        Upload.CleanName("C:\\Users\\x\\..\\r.pdf").Should().Be("r.pdf");
        Upload.CleanName("...").Should().Be("upload");
        Upload.CleanName("a\u0000b<>.html").Should().Be("ab.html");
    }

    [Fact]
    public async Task An_upload_over_the_limit_is_413_with_a_problem_body()
    {
        await using var service = await TestService.InProcessAsync(new Dictionary<string, string?> { ["MaxUploadBytes"] = "1000" });

        var response = await service.Client.PostAsync("/api/check", Multipart(new byte[5000], "big.pdf", "application/pdf"));

        response.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("status").GetInt32().Should().Be(413);
    }

    [Fact]
    public async Task A_raw_body_over_the_limit_is_413_too()
    {
        await using var service = await TestService.InProcessAsync(new Dictionary<string, string?> { ["MaxUploadBytes"] = "1000" });
        var content = new StreamContent(new MemoryStream(new byte[4000]));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");

        var response = await service.Client.PostAsync("/api/check", content);

        response.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task A_multipart_body_without_a_file_is_400()
    {
        await using var service = await TestService.InProcessAsync();
        var form = new MultipartFormDataContent { { new StringContent("hello"), "comment" } };

        var response = await service.Client.PostAsync("/api/check", form);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("title").GetString().Should().StartWith("No file");
    }

    [Theory]
    [InlineData("empty.html", "", "unreadable", "RP0101")]
    [InlineData("home.html", "<html><body><p>欢迎访问</p></body></html>", "not-a-report", "RP0201")]
    public async Task A_bad_document_is_a_200_result_with_its_diagnostic(string name, string body, string status, string id)
    {
        await using var service = await TestService.InProcessAsync();

        var response = await service.Client.PostAsync("/api/check", Multipart(Encoding.UTF8.GetBytes(body), name));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        json.GetProperty("status").GetString().Should().Be(status);
        json.GetProperty("diagnostics")[0].GetProperty("id").GetString().Should().Be(id);
    }

    [Fact]
    public async Task A_damaged_doc_upload_is_reported_as_corrupt()
    {
        await using var service = await TestService.InProcessAsync();
        byte[] ole = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[512]];

        var response = await service.Client.PostAsync("/api/check", Multipart(ole, "old.doc", "application/msword"));

        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        json.GetProperty("format").GetString().Should().Be("doc");
        json.GetProperty("diagnostics")[0].GetProperty("id").GetString().Should().Be(DiagnosticIds.FileCorrupt);
    }

    [Fact]
    public async Task Beyond_the_concurrent_checks_and_the_queue_the_answer_is_503_with_Retry_After()
    {
        var gate = new BlockingChecks();
        await using var service = await TestService.InProcessAsync(
            new Dictionary<string, string?> { ["MaxConcurrentChecks"] = "1", ["QueueLimit"] = "0", ["RetryAfterSeconds"] = "7" }, gate);

        var first = service.Client.PostAsync("/api/check", Multipart(Encoding.UTF8.GetBytes(UnbalancedHtml), "a.html"));
        await gate.Entered.Task.WaitAsync(TimeSpan.FromSeconds(10));
        var second = await service.Client.PostAsync("/api/check", Multipart(Encoding.UTF8.GetBytes(UnbalancedHtml), "b.html"));
        gate.Release.SetResult();

        second.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        second.Headers.RetryAfter!.Delta.Should().Be(TimeSpan.FromSeconds(7));
        second.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        (await first).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_request_over_the_time_limit_is_504()
    {
        await using var service = await TestService.InProcessAsync(new Dictionary<string, string?> { ["RequestTimeoutSeconds"] = "0.5" }, new SlowChecks());

        var response = await service.Client.PostAsync("/api/check", Multipart(Encoding.UTF8.GetBytes(UnbalancedHtml), "a.html"));

        response.StatusCode.Should().Be(HttpStatusCode.GatewayTimeout);
    }

    [Fact]
    public async Task A_check_over_its_time_limit_comes_back_unreadable_with_RP0120()
    {
        await using var service = await TestService.InProcessAsync(checks: new LibraryChecks(new ReportChecker(ReportCheckerOptions.Default with { TimeLimit = TimeSpan.Zero })));

        var response = await service.Client.PostAsync("/api/check", Multipart(Encoding.UTF8.GetBytes(UnbalancedHtml), "a.html"));

        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        json.GetProperty("status").GetString().Should().Be("unreadable");
        json.GetProperty("diagnostics")[0].GetProperty("id").GetString().Should().Be(DiagnosticIds.CheckTimedOut);
    }

    [Fact]
    public async Task With_an_api_key_configured_requests_without_it_are_401()
    {
        await using var service = await TestService.InProcessAsync(new Dictionary<string, string?> { ["ApiKey"] = "s3cret" });
        var bytes = Encoding.UTF8.GetBytes(UnbalancedHtml);

        (await service.Client.PostAsync("/api/check", Multipart(bytes, "a.html"))).StatusCode.Should().Be(HttpStatusCode.Unauthorized);

        var wrong = new HttpRequestMessage(HttpMethod.Post, "/api/check") { Content = Multipart(bytes, "a.html") };
        wrong.Headers.Add(ServerApp.ApiKeyHeader, "guess");
        (await service.Client.SendAsync(wrong)).StatusCode.Should().Be(HttpStatusCode.Unauthorized);

        var right = new HttpRequestMessage(HttpMethod.Post, "/api/check") { Content = Multipart(bytes, "a.html") };
        right.Headers.Add(ServerApp.ApiKeyHeader, "s3cret");
        (await service.Client.SendAsync(right)).StatusCode.Should().Be(HttpStatusCode.OK);

        (await service.Client.GetAsync("/health")).StatusCode.Should().Be(HttpStatusCode.OK, "health and the catalogue stay open");
    }

    [Fact]
    public async Task Cors_allows_only_the_configured_origins()
    {
        await using var service = await TestService.InProcessAsync(new Dictionary<string, string?> { ["AllowedOrigins:0"] = "https://portal.example.gov.cn" });

        async Task<HttpResponseMessage> Preflight(string origin)
        {
            var request = new HttpRequestMessage(HttpMethod.Options, "/api/check");
            request.Headers.Add("Origin", origin);
            request.Headers.Add("Access-Control-Request-Method", "POST");
            return await service.Client.SendAsync(request);
        }

        (await Preflight("https://portal.example.gov.cn")).Headers.GetValues("Access-Control-Allow-Origin").Should().Equal("https://portal.example.gov.cn");
        (await Preflight("https://evil.example.com")).Headers.Contains("Access-Control-Allow-Origin").Should().BeFalse();
    }

    [Fact]
    public async Task An_internal_error_is_a_problem_body_without_a_stack_trace()
    {
        await using var service = await TestService.InProcessAsync(checks: new ThrowingChecks());

        var response = await service.Client.PostAsync("/api/check", Multipart(Encoding.UTF8.GetBytes(UnbalancedHtml), "a.html"));

        response.StatusCode.Should().Be(HttpStatusCode.InternalServerError);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        var body = await response.Content.ReadAsStringAsync();
        body.Should().NotContain("ThrowingChecks").And.NotContain(" at ").And.NotContain("secret detail");
    }

    [Fact]
    public async Task Render_turns_a_result_into_the_view_with_the_finding_cells_highlighted()
    {
        await using var service = await TestService.InProcessAsync();
        var json = await (await service.Client.PostAsync("/api/check", Multipart(Encoding.UTF8.GetBytes(UnbalancedHtml), "a.html"))).Content.ReadAsStringAsync();

        var response = await service.Client.PostAsync("/api/render?lang=en", new StringContent(json, Encoding.UTF8, "application/json"));

        response.Content.Headers.ContentType!.MediaType.Should().Be("text/html");
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        document.QuerySelectorAll("td.hl").Select(td => td.GetAttribute("data-key")).Should().Contain(["T3.R1|T3.C.natural_person", "T3.R4|T3.C.total"]).And.HaveCount(8);
        document.QuerySelector("li.finding")!.TextContent.Should().Contain("received 14");
        document.QuerySelector("style")!.TextContent.Should().Contain("td.hl-error", "the fragment comes styled");

        var bad = await service.Client.PostAsync("/api/render", new StringContent("{\"nope\":1}", Encoding.UTF8, "application/json"));
        bad.StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task The_upload_page_and_the_view_script_are_served()
    {
        await using var service = await TestService.InProcessAsync();

        (await service.Client.GetStringAsync("/")).Should().Contain("<reportparser-view");
        (await service.Client.GetStringAsync("/reportparser-view.js")).Should().Contain("customElements.define('reportparser-view'");
        (await service.Client.GetStringAsync("/reportparser-view.css")).Should().Contain("td.hl-error");
    }

    private sealed class BlockingChecks : ICheckService
    {
        public TaskCompletionSource Entered { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public async Task<CheckResult> CheckAsync(byte[] content, SourceFormat format, string name, CancellationToken cancellationToken)
        {
            Entered.TrySetResult();
            await Release.Task.WaitAsync(TimeSpan.FromSeconds(30), cancellationToken);
            return ReportChecker.Default.Check(new MemoryStream(content), format, name);
        }
    }

    private sealed class SlowChecks : ICheckService
    {
        public async Task<CheckResult> CheckAsync(byte[] content, SourceFormat format, string name, CancellationToken cancellationToken)
        {
            await Task.Delay(TimeSpan.FromSeconds(20), cancellationToken);
            return ReportChecker.Default.Check(new MemoryStream(content), format, name);
        }
    }

    private sealed class ThrowingChecks : ICheckService
    {
        public Task<CheckResult> CheckAsync(byte[] content, SourceFormat format, string name, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("secret detail");
    }

    private sealed class LibraryChecks(ReportChecker checker) : ICheckService
    {
        public Task<CheckResult> CheckAsync(byte[] content, SourceFormat format, string name, CancellationToken cancellationToken) =>
            Task.FromResult(checker.Check(new MemoryStream(content), format, name));
    }
}
