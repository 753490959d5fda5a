using System;
using System.Collections.Concurrent;
using System.ComponentModel;
using System.Globalization;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using ReportParser.Diagnostics;

namespace ReportParser.Isolation;

/// <summary>
/// Supervises worker processes that read and check documents, so a document that crashes its reader (a stack overflow
/// cannot be caught in .NET), hangs or grows without end costs one worker, never the batch or the service. Workers are
/// reused across documents (started on first need, at most <see cref="WorkerPoolOptions.Workers"/>), one document at a
/// time each. A worker that dies gives its document RP0122, one stopped at the deadline RP0120, one over the memory limit
/// RP0123; it is then replaced. Thread-safe.
/// </summary>
public sealed class WorkerPool : IDisposable
{
    /// <summary>The longest a worker may take to start and warm up before its document gets RP0122.</summary>
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    private readonly WorkerPoolOptions _options;
    private readonly SemaphoreSlim _slots;
    private readonly ConcurrentBag<WorkerProcess> _idle = [];
    private readonly ConcurrentDictionary<WorkerProcess, bool> _all = new();
    private readonly ConcurrentQueue<Task<WorkerProcess>> _starting = new();
    private int _busy;
    private int _started;
    private bool _disposed;

    public WorkerPool(WorkerPoolOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _slots = new SemaphoreSlim(Math.Max(1, options.Workers));
    }

    /// <summary>Documents being checked right now.</summary>
    public int Busy => Volatile.Read(ref _busy);

    /// <summary>Workers started since the pool was created (replacements included).</summary>
    public int Started => Volatile.Read(ref _started);

    /// <summary>The number of workers.</summary>
    public int Capacity => Math.Max(1, _options.Workers);

    /// <summary>Checks a file in a worker.</summary>
    /// <exception cref="FileNotFoundException">The file does not exist (as <see cref="ReportChecker.Check(string)"/>).</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public Task<IsolatedResult> CheckFileAsync(string path, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        return RunAsync(new WorkerRequest(Path.GetFullPath(path), null, SourceFormat.Unknown), null, path, cancellationToken);
    }

    /// <summary>Checks content (an upload) in a worker.</summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public Task<IsolatedResult> CheckAsync(byte[] content, SourceFormat format, string name, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(name);
        return RunAsync(new WorkerRequest(null, name, format), content, name, cancellationToken);
    }

    /// <summary>
    /// Starts up to <paramref name="count"/> workers now (never more than <see cref="Capacity"/>) instead of on first
    /// need, so their start overlaps the caller's own work: a one-file run of the CLI does not wait for its worker to
    /// start after it has parsed its arguments and walked its paths. A worker that fails to start is started again when
    /// a document needs it.
    /// </summary>
    public void Prestart(int count)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        for (var i = Math.Min(count, Capacity) - _starting.Count - _all.Count; i > 0; i--)
        {
            _starting.Enqueue(Task.Run(() => StartWorkerAsync(CancellationToken.None)));
        }
    }

    public void Dispose()
    {
        _disposed = true;
        while (_starting.TryDequeue(out var starting))
        {
            starting.ContinueWith(t => t.Result.Dispose(), CancellationToken.None, TaskContinuationOptions.OnlyOnRanToCompletion, TaskScheduler.Default);
        }

        foreach (var worker in _all.Keys)
        {
            worker.Dispose();
        }

        _all.Clear();
        _slots.Dispose();
    }

    private async Task<IsolatedResult> RunAsync(WorkerRequest request, byte[]? content, string source, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        await _slots.WaitAsync(cancellationToken).ConfigureAwait(false);
        Interlocked.Increment(ref _busy);
        WorkerProcess? worker = null;
        try
        {
            try
            {
                worker = await AcquireAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is Win32Exception or InvalidOperationException or IOException)
            {
                return new IsolatedResult(SyntheticResults.UnreadableJson(source, DiagnosticIds.WorkerCrashed, "the worker could not start: " + ex.Message));
            }

            var answer = await worker.RunAsync(request, content, cancellationToken).ConfigureAwait(false);
            return ToResult(answer, source, request.Path);
        }
        finally
        {
            Release(worker);
            Interlocked.Decrement(ref _busy);
            _slots.Release();
        }
    }

    private async Task<WorkerProcess> AcquireAsync(CancellationToken cancellationToken)
    {
        while (_idle.TryTake(out var idle))
        {
            if (idle.Usable)
            {
                return idle;
            }

            Retire(idle);
        }

        while (_starting.TryDequeue(out var starting))
        {
            try
            {
                return await starting.ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is Win32Exception or InvalidOperationException or IOException)
            {
                // A prestarted worker that failed: start one for this document below, which reports its own failure.
            }
        }

        return await StartWorkerAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task<WorkerProcess> StartWorkerAsync(CancellationToken cancellationToken)
    {
        var worker = await WorkerProcess.StartAsync(_options, StartTimeout, cancellationToken).ConfigureAwait(false);
        _all[worker] = true;
        Interlocked.Increment(ref _started);
        return worker;
    }

    private void Release(WorkerProcess? worker)
    {
        if (worker is null)
        {
            return;
        }

        if (_disposed || !worker.Usable || worker.Documents >= _options.RecycleAfterDocuments || worker.ResidentBytes() > _options.RecycleThreshold)
        {
            Retire(worker);
        }
        else
        {
            _idle.Add(worker);
        }
    }

    private void Retire(WorkerProcess worker)
    {
        _all.TryRemove(worker, out _);
        worker.Dispose();
    }

    private IsolatedResult ToResult(WorkerAnswer answer, string source, string? path)
    {
        var json = answer.End switch
        {
            WorkerEnd.TimedOut => SyntheticResults.UnreadableJson(source, DiagnosticIds.CheckTimedOut, Math.Round((decimal)(_options.Checker.TimeLimit ?? TimeSpan.Zero).TotalSeconds, 1)),
            WorkerEnd.MemoryExceeded => MemoryExceeded(source),
            WorkerEnd.Crashed => SyntheticResults.UnreadableJson(source, DiagnosticIds.WorkerCrashed, answer.Text),
            _ => answer.Kind switch
            {
                WorkerProtocol.Result => answer.Text,
                WorkerProtocol.NotFound => throw new FileNotFoundException(answer.Text, path),
                WorkerProtocol.OutOfMemory => MemoryExceeded(source),
                _ => SyntheticResults.UnreadableJson(source, DiagnosticIds.ReaderCrashed, "check", answer.Text),
            },
        };
        return new IsolatedResult(json);
    }

    private string MemoryExceeded(string source) =>
        SyntheticResults.UnreadableJson(source, DiagnosticIds.MemoryLimitExceeded, (_options.MemoryLimitBytes / (1024 * 1024)).ToString(CultureInfo.InvariantCulture));
}
