using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using ReportParser.Isolation;

namespace ReportParser.Cli.Batch;

/// <summary>
/// Checks a batch in parallel and hands the outcomes to <paramref name="emit"/> strictly in file order, whatever the
/// parallelism, one at a time. At most <c>jobs × 4</c> files are checked but not yet emitted, so memory stays bounded
/// however long the batch is; an outcome is dropped as soon as it has been emitted. With a <see cref="WorkerPool"/>
/// every file is read in a supervised worker process (the default of the command line); without one, in this process.
/// </summary>
internal sealed class BatchRunner
{
    private readonly ReportChecker _checker;
    private readonly ResultCache? _cache;
    private readonly int _jobs;
    private readonly WorkerPool? _pool;

    public BatchRunner(ReportChecker checker, ResultCache? cache, int jobs, WorkerPool? pool = null)
    {
        _checker = checker;
        _cache = cache;
        _jobs = Math.Max(1, jobs);
        _pool = pool;
    }

    public async Task RunAsync(IReadOnlyList<BatchFile> files, Action<FileOutcome> emit, CancellationToken cancellationToken = default)
    {
        var window = new SemaphoreSlim(_jobs * 4);
        var done = new ConcurrentDictionary<int, FileOutcome>();
        var next = 0;
        var emitLock = new object();

        await Parallel.ForEachAsync(
            Gate(files, window, cancellationToken),
            new ParallelOptions { MaxDegreeOfParallelism = _jobs, CancellationToken = cancellationToken },
            async (file, token) =>
            {
                done[file.Index] = await CheckOneAsync(file, token).ConfigureAwait(false);
                lock (emitLock)
                {
                    while (done.TryRemove(next, out var outcome))
                    {
                        emit(outcome);
                        next++;
                        window.Release();
                    }
                }
            }).ConfigureAwait(false);
    }

    public FileOutcome CheckOne(BatchFile file) => CheckOneAsync(file, CancellationToken.None).GetAwaiter().GetResult();

    public async Task<FileOutcome> CheckOneAsync(BatchFile file, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var key = _cache?.KeyOf(file.Path);
        if (key is not null && _cache!.TryGet(key, file.Path) is { } cached)
        {
            return new FileOutcome(file, cached, clock.Elapsed, FromCache: true);
        }

        CheckResult result;
        try
        {
            result = _pool is null ? _checker.Check(file.Path) : (await _pool.CheckFileAsync(file.Path, cancellationToken).ConfigureAwait(false)).Result;
        }
        catch (FileNotFoundException ex)
        {
            // Removed between collection and check: reported like any file that cannot be read.
            result = SyntheticResults.Unreadable(file.Path, Diagnostics.DiagnosticIds.FileAccessFailed, ex.Message);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // The library does not throw for documents; if it ever does, the batch still goes on.
            result = SyntheticResults.Unreadable(file.Path, Diagnostics.DiagnosticIds.ReaderCrashed, "check", ex.GetType().Name + ": " + ex.Message);
        }

        if (key is not null)
        {
            _cache!.Put(key, result);
        }

        return new FileOutcome(file, result, clock.Elapsed, FromCache: false);
    }

    private static async IAsyncEnumerable<BatchFile> Gate(IReadOnlyList<BatchFile> files, SemaphoreSlim window, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var file in files)
        {
            await window.WaitAsync(cancellationToken).ConfigureAwait(false);
            yield return file;
        }
    }
}
