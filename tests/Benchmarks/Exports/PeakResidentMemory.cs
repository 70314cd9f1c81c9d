using KooMessage.Benchmarks.Load;

namespace KooMessage.Benchmarks.Exports;

/// <summary>
/// A process's resident memory sampled every few milliseconds from creation until disposed: the
/// highest VmRSS seen, above what it was at the start (the process's idle figure).
/// </summary>
public sealed class PeakResidentMemory : IAsyncDisposable
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(20);

    private readonly int _processId;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _sampling;
    private long _peak;

    public PeakResidentMemory(int processId)
    {
        _processId = processId;
        Idle = PlatformServerProcess.ResidentBytesOf(processId);
        _peak = Idle;
        _sampling = SampleAsync();
    }

    public long Idle { get; }

    /// <summary>The highest sample above <see cref="Idle"/>, once disposed.</summary>
    public long AboveIdle => Math.Max(0, Interlocked.Read(ref _peak) - Idle);

    private async Task SampleAsync()
    {
        using var timer = new PeriodicTimer(Interval);
        try
        {
            while (await timer.WaitForNextTickAsync(_stop.Token))
                Sample();
        }
        catch (OperationCanceledException)
        {
            // Stopped: the last sample is taken by DisposeAsync.
        }
    }

    private void Sample()
    {
        var now = PlatformServerProcess.ResidentBytesOf(_processId);
        if (now > Interlocked.Read(ref _peak))
            Interlocked.Exchange(ref _peak, now);
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _sampling;
        Sample();
        _stop.Dispose();
    }
}
