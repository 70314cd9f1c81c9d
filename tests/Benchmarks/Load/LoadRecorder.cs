namespace KooMessage.Benchmarks.Load;

/// <summary>
/// What the clients observed, shared by all of them: latencies and successes per operation kind,
/// failures by code, responses over 500, and responses whose text says "database is locked".
/// Latencies are kept whole (a 60 s run with 50 clients yields at most a few hundred thousand), but
/// bounded per operation so a runaway run cannot exhaust memory.
/// </summary>
public sealed class LoadRecorder
{
    private const int MaxSamplesPerOperation = 2_000_000;

    private readonly Dictionary<string, OperationSamples> _operations = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _errors = new(StringComparer.Ordinal);
    private int _serverErrors;
    private int _lockedResponses;

    public int ServerErrors => Volatile.Read(ref _serverErrors);

    public int LockedResponses => Volatile.Read(ref _lockedResponses);

    public void Record(string operation, GraphQLCallResult result)
    {
        if (result.Ok)
            Succeeded(operation, result.Elapsed);
        else
            Failed(operation, result.Error!);
        if (result.Status >= 500)
            Interlocked.Increment(ref _serverErrors);
        if (result.Body.Contains(PlatformServerProcess.LockedMessage, StringComparison.OrdinalIgnoreCase))
            Interlocked.Increment(ref _lockedResponses);
    }

    public void Succeeded(string operation, TimeSpan elapsed)
    {
        lock (_operations)
        {
            var samples = Samples(operation);
            samples.Succeeded++;
            if (samples.Latencies.Count < MaxSamplesPerOperation)
                samples.Latencies.Add(elapsed.TotalMilliseconds);
        }
    }

    /// <summary>A success without a latency of its own (a subscription event arriving).</summary>
    public void Occurred(string operation)
    {
        lock (_operations)
            Samples(operation).Succeeded++;
    }

    public void Failed(string operation, string error)
    {
        lock (_operations)
        {
            Samples(operation).Failed++;
            _errors[error] = _errors.GetValueOrDefault(error) + 1;
        }
    }

    public IReadOnlyList<OperationFigures> Operations(TimeSpan duration)
    {
        lock (_operations)
        {
            return _operations.OrderBy(o => o.Key, StringComparer.Ordinal).Select(o =>
            {
                var sorted = o.Value.Latencies.Order().ToList();
                return new OperationFigures(o.Key, o.Value.Succeeded, o.Value.Failed, o.Value.Succeeded / duration.TotalSeconds,
                    Percentiles.Of(sorted, 0.50), Percentiles.Of(sorted, 0.99));
            }).ToList();
        }
    }

    public IReadOnlyDictionary<string, int> Errors()
    {
        lock (_operations)
            return new SortedDictionary<string, int>(_errors, StringComparer.Ordinal);
    }

    private OperationSamples Samples(string operation)
    {
        if (!_operations.TryGetValue(operation, out var samples))
            _operations[operation] = samples = new OperationSamples();
        return samples;
    }

    private sealed class OperationSamples
    {
        public List<double> Latencies { get; } = [];

        public int Succeeded { get; set; }

        public int Failed { get; set; }
    }
}
