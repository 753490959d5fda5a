using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;

namespace ReportParser.Isolation;

/// <summary>How a request to a worker ended.</summary>
internal enum WorkerEnd
{
    /// <summary>The worker answered (a frame with a kind byte).</summary>
    Answered,

    /// <summary>The worker died (stack overflow, abort, killed from outside).</summary>
    Crashed,

    /// <summary>The supervisor stopped it at the deadline.</summary>
    TimedOut,

    /// <summary>The supervisor stopped it over the memory limit.</summary>
    MemoryExceeded,
}

/// <summary>The answer of one request: how it ended, the answer frame, and for a crash what the worker said.</summary>
internal readonly record struct WorkerAnswer(WorkerEnd End, byte Kind, string Text);

/// <summary>One worker process: started once, then used for one request at a time until it is replaced.</summary>
internal sealed class WorkerProcess : IDisposable
{
    private const int StderrKeep = 2048;

    private readonly Process _process;
    private readonly Stream _input;
    private readonly Stream _output;
    private readonly WorkerPoolOptions _options;
    private readonly StringBuilder _stderr = new();
    private volatile bool _overMemory;

    private WorkerProcess(Process process, WorkerPoolOptions options)
    {
        _process = process;
        _options = options;
        _input = process.StandardInput.BaseStream;
        _output = process.StandardOutput.BaseStream;
    }

    /// <summary>Documents this worker has answered.</summary>
    public int Documents { get; private set; }

    /// <summary>False once the worker died, was stopped, or broke the protocol: it must not be reused.</summary>
    public bool Usable { get; private set; } = true;

    /// <summary>Starts a worker and waits until it has warmed up (at most <paramref name="startTimeout"/>).</summary>
    /// <exception cref="InvalidOperationException">The worker did not start or did not become ready.</exception>
    public static async Task<WorkerProcess> StartAsync(WorkerPoolOptions options, TimeSpan startTimeout, CancellationToken cancellationToken)
    {
        var worker = Start(options);
        using var wait = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        wait.CancelAfter(startTimeout);
        try
        {
            var ready = await WorkerProtocol.ReadAsync(worker._output, wait.Token).ConfigureAwait(false);
            if (ready is [WorkerProtocol.Ready])
            {
                return worker;
            }

            var died = await worker.DiedAsync().ConfigureAwait(false);
            throw new InvalidOperationException("the worker did not start (" + died.Text + ")");
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            worker.Dispose();
            throw new InvalidOperationException("the worker did not start within " + startTimeout.TotalSeconds.ToString(CultureInfo.InvariantCulture) + " s");
        }
        catch
        {
            worker.Dispose();
            throw;
        }
    }

    private static WorkerProcess Start(WorkerPoolOptions options)
    {
        var start = new ProcessStartInfo(options.Launch.FileName)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            CreateNoWindow = true,
        };
        foreach (var argument in options.Launch.Arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // Workstation, non-concurrent GC: one document at a time needs neither, and both cost memory.
        start.Environment["DOTNET_gcServer"] = "0";
        start.Environment["DOTNET_gcConcurrent"] = "0";
        start.Environment["DOTNET_GCConserveMemory"] = "5";
        start.Environment["DOTNET_DbgEnableMiniDump"] = "0";

        // No debugger or diagnostics pipes in $TMPDIR: a worker that is killed could not remove them.
        start.Environment["DOTNET_EnableDiagnostics"] = "0";
        if (options.MemoryLimitBytes > 0)
        {
            start.Environment["DOTNET_GCHeapHardLimit"] = (options.MemoryLimitBytes / 4 * 3).ToString("X", CultureInfo.InvariantCulture);
        }

        foreach (var (name, value) in options.WorkerEnvironment)
        {
            start.Environment[name] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("The worker process did not start: " + options.Launch.FileName);
        var worker = new WorkerProcess(process, options);
        process.ErrorDataReceived += (_, e) => worker.OnStderr(e.Data);
        process.BeginErrorReadLine();
        WorkerProtocol.Write(worker._input, WorkerSettings.From(options.Checker).ToJson());
        worker._input.Flush();
        return worker;
    }

    /// <summary>Sends one request and waits for its answer, the worker's death, the deadline or the memory limit.</summary>
    /// <exception cref="OperationCanceledException">The caller cancelled; the worker has been stopped.</exception>
    public async Task<WorkerAnswer> RunAsync(WorkerRequest request, byte[]? content, CancellationToken cancellationToken)
    {
        lock (_stderr)
        {
            _stderr.Clear();
        }

        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        if (_options.Deadline is { } deadline)
        {
            limit.CancelAfter(deadline);
        }

        using var watch = new CancellationTokenSource();
        var watcher = _options.MemoryLimitBytes > 0 ? WatchMemoryAsync(watch.Token) : Task.CompletedTask;
        try
        {
            await WorkerProtocol.WriteAsync(_input, JsonSerializer.SerializeToUtf8Bytes(request), limit.Token).ConfigureAwait(false);
            if (content is not null)
            {
                await WorkerProtocol.WriteAsync(_input, content, limit.Token).ConfigureAwait(false);
            }

            await _input.FlushAsync(limit.Token).ConfigureAwait(false);
            var frame = await WorkerProtocol.ReadAsync(_output, limit.Token).ConfigureAwait(false);
            if (frame is { Length: > 0 })
            {
                Documents++;
                return new WorkerAnswer(WorkerEnd.Answered, frame[0], Encoding.UTF8.GetString(frame, 1, frame.Length - 1));
            }

            return await DiedAsync().ConfigureAwait(false);
        }
        catch (IOException)
        {
            // The pipe broke while writing: the worker is gone.
            return await DiedAsync().ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            Stop();
            return new WorkerAnswer(_overMemory ? WorkerEnd.MemoryExceeded : WorkerEnd.TimedOut, 0, string.Empty);
        }
        catch (OperationCanceledException)
        {
            Stop();
            throw;
        }
        finally
        {
            await watch.CancelAsync().ConfigureAwait(false);
            await watcher.ConfigureAwait(false);
        }
    }

    /// <summary>Resident memory of the worker now (0 when it cannot be read).</summary>
    public long ResidentBytes()
    {
        try
        {
            _process.Refresh();
            return _process.WorkingSet64;
        }
        catch (InvalidOperationException)
        {
            return 0;
        }
    }

    /// <summary>Stops the worker at once; it is not reused.</summary>
    public void Stop()
    {
        Usable = false;
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
            }
        }
        catch (Exception ex) when (ex is InvalidOperationException or System.ComponentModel.Win32Exception or NotSupportedException)
        {
            // Already gone.
        }
    }

    public void Dispose()
    {
        Stop();
        _process.Dispose();
    }

    private async Task<WorkerAnswer> DiedAsync()
    {
        Usable = false;
        using (var wait = new CancellationTokenSource(TimeSpan.FromSeconds(5)))
        {
            try
            {
                await _process.WaitForExitAsync(wait.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                Stop();
            }
        }

        if (_overMemory)
        {
            return new WorkerAnswer(WorkerEnd.MemoryExceeded, 0, string.Empty);
        }

        var code = _process.HasExited ? _process.ExitCode.ToString(CultureInfo.InvariantCulture) : "unknown";
        string said;
        lock (_stderr)
        {
            said = FirstLine(_stderr.ToString());
        }

        return new WorkerAnswer(WorkerEnd.Crashed, 0, said.Length == 0 ? "exit code " + code : "exit code " + code + ": " + said);
    }

    private async Task WatchMemoryAsync(CancellationToken cancellationToken)
    {
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                if (ResidentBytes() > _options.MemoryLimitBytes)
                {
                    _overMemory = true;
                    Stop();
                    return;
                }

                await Task.Delay(50, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException)
        {
            // The request ended.
        }
    }

    private void OnStderr(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_stderr)
        {
            if (_stderr.Length < StderrKeep)
            {
                _stderr.AppendLine(line);
            }
        }
    }

    private static string FirstLine(string text)
    {
        foreach (var line in text.Split('\n'))
        {
            var trimmed = line.Trim();
            if (trimmed.Length > 0)
            {
                return trimmed.Length > 200 ? trimmed.Substring(0, 200) : trimmed;
            }
        }

        return string.Empty;
    }
}
