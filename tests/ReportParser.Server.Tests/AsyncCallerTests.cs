using System;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Logging;
using ReportParser.Diagnostics;
using ReportParser.Fixtures;
using ReportParser.Serialization;

namespace ReportParser.Server.Tests;

/// <summary>
/// A .NET developer's portal (issue 17): `dotnet add package ReportParser`, then in a minimal ASP.NET Core endpoint
/// `await checker.CheckAsync(request.Body, …, RequestAborted)`. ASP.NET Core disallows synchronous reads of the body, so
/// the synchronous <c>Check(Stream, …)</c> fails there with HTTP 500.
/// </summary>
public sealed class AsyncCallerTests
{
    private static async Task<(WebApplication App, HttpClient Client)> PortalAsync()
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var checker = new ReportChecker();
        app.MapPost("/async", async (HttpRequest request, string name) =>
        {
            var result = await checker.CheckAsync(request.Body, SourceFormat.Unknown, name, request.HttpContext.RequestAborted);
            return Results.Text(ReportJson.Serialize(result), "application/json");
        });
        app.MapPost("/sync", (HttpRequest request, string name) => Results.Text(ReportJson.Serialize(checker.Check(request.Body, SourceFormat.Unknown, name)), "application/json"));
        await app.StartAsync();
        return (app, app.GetTestClient());
    }

    private static StringContent Unbalanced() => new(
        HtmlReportWriter.Write(SampleReports.Balanced2021().WithCell("T3.R1", "T3.C.natural_person", "14").WithCell("T3.R1", "T3.C.total", "17")),
        Encoding.UTF8,
        "text/html");

    [Fact]
    public async Task CheckAsync_reads_the_request_body_asynchronously_in_an_aspnet_core_endpoint()
    {
        var (app, client) = await PortalAsync();
        await using (app)
        {
            var response = await client.PostAsync(new Uri("/async?name=报告.html", UriKind.Relative), Unbalanced());

            response.StatusCode.Should().Be(HttpStatusCode.OK);
            using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            json.RootElement.GetProperty("source").GetString().Should().Be("报告.html");
            json.RootElement.GetProperty("status").GetString().Should().Be("checked");
            json.RootElement.GetProperty("cells").GetProperty("T3.R1|T3.C.natural_person").GetProperty("value").GetDecimal().Should().Be(14m);
            json.RootElement.GetProperty("diagnostics").EnumerateArray().Should().Contain(d => d.GetProperty("id").GetString() == DiagnosticIds.ApplicationsDoNotBalance);
        }
    }

    [Fact]
    public async Task The_synchronous_check_of_a_request_body_is_what_fails_there()
    {
        var (app, client) = await PortalAsync();
        await using (app)
        {
            var call = async () => await client.PostAsync(new Uri("/sync?name=报告.html", UriKind.Relative), Unbalanced());

            // TestServer rethrows the endpoint's exception; Kestrel answers it with HTTP 500.
            (await call.Should().ThrowAsync<InvalidOperationException>()).Which.Message.Should().Contain("Synchronous operations are disallowed");
        }
    }
}
