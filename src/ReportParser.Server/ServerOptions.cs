namespace ReportParser.Server;

/// <summary>Settings of the service (configuration section <c>ReportParser:Server</c>, or environment variables <c>ReportParser__Server__…</c>).</summary>
public sealed class ServerOptions
{
    public const string Section = "ReportParser:Server";

    /// <summary>Largest accepted upload in bytes (default 32 MiB); larger requests get 413.</summary>
    public long MaxUploadBytes { get; set; } = 32L * 1024 * 1024;

    /// <summary>Time limit of one check in seconds (default 30); a report over it comes back unreadable with RP0120. 0 = no limit.</summary>
    public double CheckTimeoutSeconds { get; set; } = 30;

    /// <summary>Time limit of a whole request in seconds, body upload included (default 120); over it the answer is 504.</summary>
    public double RequestTimeoutSeconds { get; set; } = 120;

    /// <summary>Checks running at once (default: the number of cores).</summary>
    public int MaxConcurrentChecks { get; set; } = System.Environment.ProcessorCount;

    /// <summary>Requests waiting for a free slot (default 64); beyond it the answer is 503 with Retry-After.</summary>
    public int QueueLimit { get; set; } = 64;

    /// <summary>Seconds sent in Retry-After with a 503.</summary>
    public int RetryAfterSeconds { get; set; } = 5;

    /// <summary>Origins allowed to call the API from a browser (CORS); empty = none.</summary>
    public string[] AllowedOrigins { get; set; } = [];

    /// <summary>When set, <c>/api/check</c> and <c>/api/render</c> require the header <c>X-Api-Key</c> with this value.</summary>
    public string? ApiKey { get; set; }
}
