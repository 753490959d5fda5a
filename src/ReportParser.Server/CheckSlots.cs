using System;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace ReportParser.Server;

/// <summary>
/// The check slots of the service: at most <c>MaxConcurrentChecks</c> checks run, at most <c>QueueLimit</c> wait. A slot
/// is taken only once the upload has been read, so a slow client never holds one. A slot stays taken until its check
/// really ends (a check that ignores cancellation keeps it), which is what <c>/health</c> reports.
/// </summary>
internal sealed class CheckSlots : IDisposable
{
    private readonly SemaphoreSlim _slots;
    private readonly int _queueLimit;
    private readonly ConcurrentDictionary<long, long> _running = new();
    private long _nextId;
    private int _waiting;

    public CheckSlots(int slots, int queueLimit)
    {
        Capacity = Math.Max(1, slots);
        _slots = new SemaphoreSlim(Capacity);
        _queueLimit = Math.Max(0, queueLimit);
    }

    public int Capacity { get; }

    public int Running => _running.Count;

    /// <summary>Waits for a slot; null when the queue is full. Cancelling the token stops the wait.</summary>
    public async Task<Lease?> EnterAsync(CancellationToken cancellationToken)
    {
        if (!_slots.Wait(0, CancellationToken.None))
        {
            if (Interlocked.Increment(ref _waiting) > _queueLimit)
            {
                Interlocked.Decrement(ref _waiting);
                return null;
            }

            try
            {
                await _slots.WaitAsync(cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                Interlocked.Decrement(ref _waiting);
            }
        }

        var id = Interlocked.Increment(ref _nextId);
        _running[id] = Stopwatch.GetTimestamp();
        return new Lease(this, id);
    }

    /// <summary>True when every slot is taken by a check that has run longer than <paramref name="stuckAfter"/>.</summary>
    public bool AllStuck(TimeSpan stuckAfter)
    {
        var starts = _running.Values.ToArray();
        return starts.Length >= Capacity && starts.All(start => Stopwatch.GetElapsedTime(start) > stuckAfter);
    }

    public void Dispose() => _slots.Dispose();

    /// <summary>A taken slot; released once.</summary>
    internal sealed class Lease(CheckSlots owner, long id)
    {
        private int _released;

        public void Release()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                owner._running.TryRemove(id, out _);
                owner._slots.Release();
            }
        }
    }
}
