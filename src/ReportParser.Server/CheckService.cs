using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace ReportParser.Server;

/// <summary>Runs checks for the API. One <see cref="ReportChecker"/> serves every request.</summary>
public interface ICheckService
{
    Task<CheckResult> CheckAsync(byte[] content, SourceFormat format, string name, CancellationToken cancellationToken);
}

/// <summary>The real service: the library's checker with the configured time limit, run on the thread pool.</summary>
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
