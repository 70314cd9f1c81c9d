using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace KooMessage.Platform.Transport.Streaming;

/// <summary>
/// The open streaming connections of this instance: enforces the per-principal cap and lets the
/// monitor reach every connection for keep-alives, re-validation and revocation.
/// </summary>
public sealed class StreamingConnectionRegistry(IOptions<SubscriptionOptions> options)
{
    private readonly ConcurrentDictionary<IStreamingConnection, byte> _connections = new();
    private readonly Dictionary<string, int> _perPrincipal = new(StringComparer.Ordinal);
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
        return new Registration(this, connection, key);
    }

    private void Unregister(IStreamingConnection connection, string key)
    {
        _connections.TryRemove(connection, out _);
        lock (_lock)
        {
            if (_perPrincipal[key] <= 1)
                _perPrincipal.Remove(key);
            else
                _perPrincipal[key]--;
        }
    }

    private sealed class Registration(StreamingConnectionRegistry registry, IStreamingConnection connection, string key) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
                registry.Unregister(connection, key);
        }
    }
}
