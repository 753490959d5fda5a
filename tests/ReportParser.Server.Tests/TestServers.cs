using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ReportParser.Server.Tests;

/// <summary>Starts the service in-process (TestServer) or on loopback (Kestrel on a free port) with chosen settings.</summary>
internal sealed class TestService : IAsyncDisposable
{
    private TestService(WebApplication app, HttpClient client, Uri address)
    {
        App = app;
        Client = client;
        Address = address;
    }

    public WebApplication App { get; }

    public HttpClient Client { get; }

    public Uri Address { get; }

    public static async Task<TestService> InProcessAsync(IDictionary<string, string?>? settings = null, ICheckService? checks = null)
    {
        var app = ServerApp.Build([], builder =>
        {
            Configure(builder, settings, checks);
            builder.WebHost.UseTestServer();
        });
        await app.StartAsync();
        return new TestService(app, app.GetTestClient(), new Uri("http://localhost/"));
    }

    public static async Task<TestService> LoopbackAsync(IDictionary<string, string?>? settings = null)
    {
        var app = ServerApp.Build(["--urls", "http://127.0.0.1:0"], builder => Configure(builder, settings, null));
        await app.StartAsync();
        var address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/");
        return new TestService(app, new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromMinutes(2) }, address);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
    }

    private static void Configure(WebApplicationBuilder builder, IDictionary<string, string?>? settings, ICheckService? checks)
    {
        builder.Logging.ClearProviders();
        // Uploads are read in this process unless a test asks for workers ("Isolation" = "process"): tests that start workers stay few.
        var effective = new Dictionary<string, string?> { ["Isolation"] = "none" };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            effective[key] = value;
        }

        builder.Configuration.AddInMemoryCollection(effective.ToDictionary(p => "ReportParser:Server:" + p.Key, p => p.Value));

        if (checks is not null)
        {
            builder.Services.AddSingleton(checks);
        }
    }
}
