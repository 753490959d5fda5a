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
/// parallelism, one at a time. At most <c>jobs × 4</c> checked outcomes wait in memory to be emitted; beyond that, while
/// an earlier file is still being read (a slow file, up to its time limit), later outcomes wait in the result cache (the
/// run's own folder with <c>--no-cache</c>) and are read back in turn, so one slow file does not stall the other jobs
/// and memory stays bounded however long the batch is. With a <see cref="WorkerPool"/> every file is read in a
/// supervised worker process (the default of the command line); without one, in this process.
/// </summary>
internal sealed class BatchRunner
{
    /// <summary>Files checked ahead of the next one to emit, when outcomes can wait in the cache.</summary>
    private const int MaxAhead = 4096;

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
        var inMemory = _jobs * 4;
        var window = new SemaphoreSlim(_cache is null ? inMemory : Math.Max(inMemory, MaxAhead));
        var done = new ConcurrentDictionary<int, Held>();
        var held = 0;
        var next = 0;
        var emitLock = new object();

        await Parallel.ForEachAsync(
            Gate(files, window, cancellationToken),
            new ParallelOptions { MaxDegreeOfParallelism = _jobs, CancellationToken = cancellationToken },
            async (file, token) =>
            {
                var (outcome, stored) = await CheckCoreAsync(file, token).ConfigureAwait(false);
                var spill = stored is not null && Interlocked.Increment(ref held) > inMemory;
                if (spill)
                {
                    Interlocked.Decrement(ref held);
                }
                else if (stored is null)
                {
                    Interlocked.Increment(ref held);
                }

                done[file.Index] = spill ? new Held(outcome with { Result = null! }, stored) : new Held(outcome, null);
                lock (emitLock)
                {
                    while (done.TryRemove(next, out var waiting))
                    {
                        if (waiting.Key is null)
                        {
                            Interlocked.Decrement(ref held);
                        }

                        emit(waiting.Key is null ? waiting.Outcome : Reload(waiting));
                        next++;
                        window.Release();
                    }
                }
            }).ConfigureAwait(false);
    }

    public FileOutcome CheckOne(BatchFile file) => CheckOneAsync(file, CancellationToken.None).GetAwaiter().GetResult();

    public async Task<FileOutcome> CheckOneAsync(BatchFile file, CancellationToken cancellationToken) =>
        (await CheckCoreAsync(file, cancellationToken).ConfigureAwait(false)).Outcome;

    /// <summary>Checks a file (or takes it from the cache); <c>Stored</c> is the cache key when the result is in the cache.</summary>
    private async Task<(FileOutcome Outcome, string? Stored)> CheckCoreAsync(BatchFile file, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var key = _cache?.KeyOf(file.Path);
        if (key is not null && _cache!.TryGet(key, file.Path) is { } cached)
        {
            return (new FileOutcome(file, cached, clock.Elapsed, FromCache: true), key);
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

        var stored = key is not null && _cache!.Put(key, result) ? key : null;
        return (new FileOutcome(file, result, clock.Elapsed, FromCache: false), stored);
    }

    /// <summary>An outcome that waited in the cache; checked again in the rare case the cache lost it meanwhile.</summary>
    private FileOutcome Reload(Held waiting) =>
        _cache!.TryGet(waiting.Key!, waiting.Outcome.File.Path) is { } result
            ? waiting.Outcome with { Result = result }
            : CheckOne(waiting.Outcome.File);

    private static async IAsyncEnumerable<BatchFile> Gate(IReadOnlyList<BatchFile> files, SemaphoreSlim window, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var file in files)
        {
            await window.WaitAsync(cancellationToken).ConfigureAwait(false);
            yield return file;
        }
    }

    /// <summary>An outcome waiting to be emitted: in memory, or (with <c>Key</c>) in the cache.</summary>
    private sealed record Held(FileOutcome Outcome, string? Key);
}
