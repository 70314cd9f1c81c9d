using System.Collections.Concurrent;
using KooMessage.Platform.Observability;
using KooMessage.Platform.Transport.WebSockets;
using Microsoft.Extensions.Options;

namespace KooMessage.Platform.Transport.Streaming;

/// <summary>
/// The open streaming connections of this instance: enforces the per-principal caps on connections
/// and on operations across them, and lets the monitor reach every connection for keep-alives,
/// re-validation and revocation.
/// </summary>
public sealed class StreamingConnectionRegistry(IOptions<SubscriptionOptions> options, PlatformMetrics metrics)
{
    private readonly ConcurrentDictionary<IStreamingConnection, byte> _connections = new();
    private readonly Dictionary<string, int> _perPrincipal = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _operationsPerPrincipal = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    /// <summary>A snapshot of the open connections.</summary>
    public IReadOnlyCollection<IStreamingConnection> Connections => (IReadOnlyCollection<IStreamingConnection>)_connections.Keys;

    /// <returns>The registration to dispose when the connection ends, or null when its principal is at the cap.</returns>
    public IDisposable? TryRegister(IStreamingConnection connection)
    {
        var key = connection.Subscriber.PrincipalKey;
        lock (_lock)
        {
            var open = _perPrincipal.GetValueOrDefault(key);
            if (open >= options.Value.MaxConnectionsPerPrincipal)
                return null;
            _perPrincipal[key] = open + 1;
        }
        _connections[connection] = 0;
        var transport = new KeyValuePair<string, object?>("transport", connection is GraphQLWsConnection ? "websocket" : "sse");
        metrics.Connections.Add(1, transport);
        return new Registration(() =>
        {
            metrics.Connections.Add(-1, transport);
            Unregister(connection, key);
        });
    }

    /// <returns>The slot to dispose when the operation ends, or null when the principal runs as many as it may.</returns>
    public IDisposable? TryStartOperation(string principalKey)
    {
        lock (_lock)
        {
            var running = _operationsPerPrincipal.GetValueOrDefault(principalKey);
            if (running >= options.Value.MaxSubscriptionsPerPrincipal)
                return null;
            _operationsPerPrincipal[principalKey] = running + 1;
        }
        metrics.Subscriptions.Add(1);
        return new Registration(() =>
        {
            metrics.Subscriptions.Add(-1);
            Decrement(_operationsPerPrincipal, principalKey);
        });
    }

    private void Unregister(IStreamingConnection connection, string key)
    {
        _connections.TryRemove(connection, out _);
        Decrement(_perPrincipal, key);
    }

    private void Decrement(Dictionary<string, int> counts, string key)
    {
        lock (_lock)
        {
            if (counts[key] <= 1)
                counts.Remove(key);
            else
                counts[key]--;
        }
    }

    /// <summary>Releases what it counts exactly once, however often it is disposed.</summary>
    private sealed class Registration(Action release) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
                release();
        }
    }
}
