using System.IO;
using System.Threading;
using System.Threading.Tasks;
using ReportParser.Isolation;
using ReportParser.Serialization;

namespace ReportParser.Server;

/// <summary>Runs checks for the API.</summary>
public interface ICheckService
{
    Task<CheckResult> CheckAsync(byte[] content, SourceFormat format, string name, CancellationToken cancellationToken);

    /// <summary>The result in the JSON contract (what <c>/api/check</c> answers).</summary>
    async Task<string> CheckJsonAsync(byte[] content, SourceFormat format, string name, CancellationToken cancellationToken) =>
        ReportJson.Serialize(await CheckAsync(content, format, name, cancellationToken).ConfigureAwait(false));
}

/// <summary>In this process (<c>Isolation = none</c>): the library's checker with the configured time limit, on the thread pool.</summary>
internal sealed class CheckService : ICheckService
{
    private readonly ReportChecker _checker;

    public CheckService(ReportChecker checker)
    {
        _checker = checker;
    }

    public Task<CheckResult> CheckAsync(byte[] content, SourceFormat format, string name, CancellationToken cancellationToken) =>
        Task.Run(() => _checker.Check(new MemoryStream(content, writable: false), format, name), cancellationToken);
}

/// <summary>
/// In supervised worker processes (<c>Isolation = process</c>, the default): an upload that crashes its reader, runs
/// past the check time limit or the memory limit costs one worker (RP0122, RP0120, RP0123), never the service.
/// The answer is the worker's JSON as it wrote it, byte for byte what the in-process checker gives.
/// </summary>
internal sealed class IsolatedCheckService : ICheckService, System.IDisposable
{
    private readonly WorkerPool _pool;

    public IsolatedCheckService(WorkerPool pool)
    {
        _pool = pool;
    }

    public async Task<CheckResult> CheckAsync(byte[] content, SourceFormat format, string name, CancellationToken cancellationToken) =>
        (await _pool.CheckAsync(content, format, name, cancellationToken).ConfigureAwait(false)).Result;

    public async Task<string> CheckJsonAsync(byte[] content, SourceFormat format, string name, CancellationToken cancellationToken) =>
        (await _pool.CheckAsync(content, format, name, cancellationToken).ConfigureAwait(false)).Json;

    public void Dispose() => _pool.Dispose();
}
