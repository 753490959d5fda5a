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

    /// <summary>
    /// Where uploads are read: <c>process</c> (default) in supervised worker processes, so an upload that crashes its
    /// reader, hangs or exhausts memory costs one worker (RP0122, RP0120, RP0123), never the service; <c>none</c> in
    /// the service's own process.
    /// </summary>
    public string Isolation { get; set; } = "process";

    /// <summary>Memory limit of one worker in MiB (default 1024); an upload over it gets RP0123. 0 = none.</summary>
    public int MemoryLimitMegabytes { get; set; } = 1024;

    /// <summary>
    /// Slowest accepted upload in bytes per second, after a 10 s grace period (default 1024); a slower client is
    /// disconnected. Uploads are read before a check slot is taken, so a slow client never holds one. 0 = no minimum.
    /// </summary>
    public double MinUploadBytesPerSecond { get; set; } = 1024;

    /// <summary>Renders running at once on <c>/api/render</c> (default: the number of cores); beyond it and the queue, 503.</summary>
    public int MaxConcurrentRenders { get; set; } = System.Environment.ProcessorCount;

    /// <summary>
    /// A check running longer than this counts as stuck; <c>/health</c> answers 503 while every slot is stuck.
    /// Default: <see cref="CheckTimeoutSeconds"/> + 10 s (workers are stopped at the time limit + 2 s).
    /// </summary>
    public double? StuckAfterSeconds { get; set; }
}
