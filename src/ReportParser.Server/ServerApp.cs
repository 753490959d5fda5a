using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.RateLimiting;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.HttpLogging;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using ReportParser.Diagnostics;
using ReportParser.Isolation;
using ReportParser.Ocr;
using ReportParser.Rendering;
using ReportParser.Serialization;

namespace ReportParser.Server;

/// <summary>Builds the HTTP service: <c>POST /api/check</c>, <c>POST /api/render</c>, <c>GET /api/diagnostics</c>, <c>GET /health</c>, the upload page and the embeddable view.</summary>
public static class ServerApp
{
    public const string ApiKeyHeader = "X-Api-Key";

    private const string RenderPolicy = "renders";
    private const string UploadTimeout = "upload";
    private const long MaxRenderBytes = 16L * 1024 * 1024;

    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory, WebRootPath = Path.Combine(AppContext.BaseDirectory, "wwwroot") });
        configure?.Invoke(builder);
        var settings = builder.Configuration.GetSection(ServerOptions.Section).Get<ServerOptions>() ?? new ServerOptions();
        builder.Services.Configure<ServerOptions>(builder.Configuration.GetSection(ServerOptions.Section));

        builder.Services.TryAddSingleton(new ReportChecker((ReportCheckerOptions.Default with
        {
            TimeLimit = settings.CheckTimeoutSeconds > 0 ? TimeSpan.FromSeconds(settings.CheckTimeoutSeconds) : null,
            MaxFileBytes = settings.MaxUploadBytes,
        }).WithOcr()));
        builder.Services.TryAddSingleton(new CheckSlots(settings.MaxConcurrentChecks, settings.QueueLimit));
        if (string.Equals(settings.Isolation, "none", StringComparison.OrdinalIgnoreCase))
        {
            builder.Services.TryAddSingleton<ICheckService, CheckService>();
        }
        else
        {
            builder.Services.TryAddSingleton<ICheckService>(services => new IsolatedCheckService(new WorkerPool(new WorkerPoolOptions
            {
                Launch = WorkerLaunch.Self(typeof(ServerApp).Assembly),
                Checker = services.GetRequiredService<ReportChecker>().Options,
                Workers = Math.Max(1, settings.MaxConcurrentChecks),
                MemoryLimitBytes = settings.MemoryLimitMegabytes * 1024L * 1024,
            })));
        }

        builder.Services.AddProblemDetails();
        builder.Services.AddOpenApi(o => o.AddOperationTransformer((operation, context, _) =>
        {
            if (context.Description.ActionDescriptor.EndpointMetadata.OfType<IEndpointNameMetadata>().Any(m => m.EndpointName == "Check"))
            {
                operation.RequestBody = OpenApiDescriptions.CheckRequestBody();
            }

            return Task.CompletedTask;
        }));
        builder.Services.AddHttpLogging(o =>
        {
            o.LoggingFields = HttpLoggingFields.RequestMethod | HttpLoggingFields.RequestPath | HttpLoggingFields.ResponseStatusCode | HttpLoggingFields.Duration;
            o.CombineLogs = true;
        });
        builder.Services.AddRequestTimeouts(o => o.AddPolicy(UploadTimeout, TimeSpan.FromSeconds(settings.RequestTimeoutSeconds > 0 ? settings.RequestTimeoutSeconds : 3600)));
        builder.Services.AddRateLimiter(o =>
        {
            o.AddConcurrencyLimiter(RenderPolicy, limiter =>
            {
                limiter.PermitLimit = Math.Max(1, settings.MaxConcurrentRenders);
                limiter.QueueLimit = Math.Max(0, settings.QueueLimit);
                limiter.QueueProcessingOrder = QueueProcessingOrder.OldestFirst;
            });
            o.RejectionStatusCode = StatusCodes.Status503ServiceUnavailable;
            o.OnRejected = async (context, token) =>
            {
                context.HttpContext.Response.Headers.RetryAfter = settings.RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
                await Results.Problem(
                    statusCode: StatusCodes.Status503ServiceUnavailable,
                    title: "Too many renders in progress / 渲染请求过多",
                    detail: $"All {settings.MaxConcurrentRenders} render slots and the queue of {settings.QueueLimit} are busy; retry after {settings.RetryAfterSeconds} s.")
                    .ExecuteAsync(context.HttpContext).ConfigureAwait(false);
            };
        });
        if (settings.AllowedOrigins.Length > 0)
        {
            builder.Services.AddCors(o => o.AddDefaultPolicy(p => p.WithOrigins(settings.AllowedOrigins).AllowAnyHeader().WithMethods("GET", "POST")));
        }

        // Kestrel refuses anything far beyond the limit before it is read; the API answers 413 with a problem body.
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.Limits.MaxRequestBodySize = settings.MaxUploadBytes + (1024 * 1024);

            // A client trickling its upload is disconnected instead of holding a connection for the whole request limit.
            k.Limits.MinRequestBodyDataRate = settings.MinUploadBytesPerSecond > 0 ? new MinDataRate(settings.MinUploadBytesPerSecond, TimeSpan.FromSeconds(10)) : null;
        });

        var app = builder.Build();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseHttpLogging();
        if (settings.AllowedOrigins.Length > 0)
        {
            app.UseCors();
        }

        app.UseRequestTimeouts();
        app.UseRateLimiter();
        app.UseDefaultFiles();
        app.UseStaticFiles();
        app.MapOpenApi();

        app.MapGet("/health", (CheckSlots slots) =>
            {
                var stuck = slots.AllStuck(TimeSpan.FromSeconds(settings.StuckAfterSeconds ?? (settings.CheckTimeoutSeconds > 0 ? settings.CheckTimeoutSeconds + 10 : 300)));
                var body = new { status = stuck ? "unhealthy" : "ok", version = typeof(ReportChecker).Assembly.GetName().Version?.ToString(), checksRunning = slots.Running, checkSlots = slots.Capacity };
                return Results.Json(body, statusCode: stuck ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status200OK);
            })
            .WithName("Health").WithSummary("Liveness: 200 while the service can check; 503 while every check slot is stuck past the time limit.");

        app.MapGet("/api/diagnostics", () => Results.Text(DiagnosticsCatalogJson(), "application/json; charset=utf-8"))
            .WithName("Diagnostics").WithSummary("Every diagnostic id with its severity, rule and Chinese and English texts.")
            .Produces(StatusCodes.Status200OK, contentType: "application/json");

        app.MapPost("/api/check", CheckAsync)
            .WithName("Check").WithSummary("Checks an uploaded report (multipart field 'file', or the raw body with its content type) and returns the JSON contract.")
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge).ProducesProblem(StatusCodes.Status503ServiceUnavailable)
            .ProducesProblem(StatusCodes.Status504GatewayTimeout)
            .DisableAntiforgery()
            .AddEndpointFilter(RequireApiKey);

        app.MapPost("/api/render", RenderAsync)
            .WithName("Render").WithSummary("Turns a result of /api/check (the JSON contract) into the HTML view: tables with the cells of each finding highlighted.")
            .Produces(StatusCodes.Status200OK, contentType: "text/html")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status503ServiceUnavailable)
            .RequireRateLimiting(RenderPolicy)
            .WithRequestTimeout(UploadTimeout)
            .AddEndpointFilter(RequireApiKey);

        app.MapGet("/reportparser-view.css", () => Results.Text(ReportHtml.Stylesheet, "text/css; charset=utf-8"))
            .ExcludeFromDescription();

        return app;
    }

    /// <summary>
    /// Reads the upload, then waits for a check slot, then checks — all within <c>RequestTimeoutSeconds</c> from the
    /// start of the request; past it the answer is 504 (whether the request was uploading, queued or checking).
    /// </summary>
    private static async Task<IResult> CheckAsync(HttpRequest request, ICheckService service, CheckSlots slots, IOptions<ServerOptions> options, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        if (settings.RequestTimeoutSeconds > 0)
        {
            deadline.CancelAfter(TimeSpan.FromSeconds(settings.RequestTimeoutSeconds));
        }

        var stage = "uploading";
        try
        {
            Upload upload;
            try
            {
                upload = await Upload.ReadAsync(request, settings.MaxUploadBytes, deadline.Token).ConfigureAwait(false);
            }
            catch (UploadException ex)
            {
                return Results.Problem(statusCode: ex.StatusCode, title: ex.Title, detail: ex.Message);
            }

            stage = "waiting for a check slot";
            if (await slots.EnterAsync(deadline.Token).ConfigureAwait(false) is not { } lease)
            {
                request.HttpContext.Response.Headers.RetryAfter = settings.RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
                return Results.Problem(
                    statusCode: StatusCodes.Status503ServiceUnavailable,
                    title: "Too many checks in progress / 检查请求过多",
                    detail: $"All {settings.MaxConcurrentChecks} check slots and the queue of {settings.QueueLimit} are busy; retry after {settings.RetryAfterSeconds} s.");
            }

            stage = "checking";
            var check = service.CheckJsonAsync(upload.Content, upload.Format, upload.Name, deadline.Token);

            // The slot is free only when the check really ends, even if this request has given up on it.
            _ = check.ContinueWith(_ => lease.Release(), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
            var json = await check.WaitAsync(deadline.Token).ConfigureAwait(false);
            return Results.Text(json + "\n", "application/json; charset=utf-8");
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested)
        {
            return Results.Problem(
                statusCode: StatusCodes.Status504GatewayTimeout,
                title: "Request timed out / 请求超时",
                detail: $"The request was still {stage} after the limit of {settings.RequestTimeoutSeconds.ToString(CultureInfo.InvariantCulture)} s.");
        }
    }

    private static async Task<IResult> RenderAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        byte[] body;
        try
        {
            body = await Upload.ReadBoundedAsync(request.Body, MaxRenderBytes, cancellationToken).ConfigureAwait(false);
        }
        catch (UploadException ex)
        {
            return Results.Problem(statusCode: ex.StatusCode, title: ex.Title, detail: ex.Message);
        }

        CheckResult result;
        try
        {
            result = ReportJson.Deserialize(Encoding.UTF8.GetString(body));
        }
        catch (FormatException ex)
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Not a check result / 不是检查结果", detail: ex.Message);
        }

        var culture = string.Equals(request.Query["lang"], "en", StringComparison.OrdinalIgnoreCase) ? CultureInfo.InvariantCulture : CultureInfo.GetCultureInfo("zh-CN");
        return Results.Text(ReportHtml.RenderReport(result, culture, null), "text/html; charset=utf-8");
    }

    private static async ValueTask<object?> RequireApiKey(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var key = context.HttpContext.RequestServices.GetRequiredService<IOptions<ServerOptions>>().Value.ApiKey;
        if (!string.IsNullOrEmpty(key))
        {
            var given = context.HttpContext.Request.Headers[ApiKeyHeader].ToString();
            if (!FixedTimeEquals(given, key))
            {
                return Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "API key required / 需要 API 密钥", detail: $"Send the key in the {ApiKeyHeader} header.");
            }
        }

        return await next(context).ConfigureAwait(false);
    }

    private static bool FixedTimeEquals(string given, string expected) =>
        System.Security.Cryptography.CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), Encoding.UTF8.GetBytes(expected));

    private static string DiagnosticsCatalogJson()
    {
        using var stream = new MemoryStream();
        using (var writer = new System.Text.Json.Utf8JsonWriter(stream, new System.Text.Json.JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            var zh = CultureInfo.GetCultureInfo("zh-CN");
            writer.WriteStartArray();
            foreach (var d in DiagnosticCatalog.All)
            {
                writer.WriteStartObject();
                writer.WriteString("id", d.Id);
                writer.WriteString("category", d.Category.ToString().ToLowerInvariant());
                writer.WriteString("severity", d.DefaultSeverity.ToString().ToLowerInvariant());
                writer.WriteString("rule", d.Rule);
                writer.WriteStartObject("title");
                writer.WriteString("zh", d.GetTitle(zh));
                writer.WriteString("en", d.GetTitle(CultureInfo.InvariantCulture));
                writer.WriteEndObject();
                writer.WriteStartObject("message");
                writer.WriteString("zh", d.GetMessageFormat(zh));
                writer.WriteString("en", d.GetMessageFormat(CultureInfo.InvariantCulture));
                writer.WriteEndObject();
                writer.WriteStartObject("description");
                writer.WriteString("zh", d.GetDescription(zh));
                writer.WriteString("en", d.GetDescription(CultureInfo.InvariantCulture));
                writer.WriteEndObject();
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
