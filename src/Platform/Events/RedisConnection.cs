using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace KooMessage.Platform.Events;

/// <summary>
/// The process's one Redis multiplexer, shared by everything that spans instances (the event
/// backplane, rate limits). Connects on first use and keeps reconnecting in the background while
/// Redis is down, so an instance starts and serves its own clients without it.
/// </summary>
public sealed class RedisConnection : IAsyncDisposable
{
    private readonly Lazy<Task<ConnectionMultiplexer>> _multiplexer;

    public RedisConnection(IOptions<RedisOptions> options, ILogger<RedisConnection> logger)
    {
        _multiplexer = new(async () =>
        {
            var configuration = ConfigurationOptions.Parse(options.Value.Configuration!);
            configuration.AbortOnConnectFail = false;
            configuration.ClientName ??= $"koomessage-{Environment.MachineName}-{Origin[..8]}";
            var redis = await ConnectionMultiplexer.ConnectAsync(configuration);
            redis.ConnectionFailed += (_, e) => logger.LogWarning(e.Exception, "Redis connection lost ({FailureType}); cross-instance events and limits are delayed", e.FailureType);
            redis.ConnectionRestored += (_, _) => logger.LogInformation("Redis connection restored");
            return redis;
        });
    }

    /// <summary>This process's identity among the instances sharing Redis (events it published come back marked with it).</summary>
    public string Origin { get; } = Guid.NewGuid().ToString("N");

    public Task<ConnectionMultiplexer> GetAsync() => _multiplexer.Value;

    /// <summary>Runs <paramref name="action"/> with the multiplexer once it is connected (tracing registers it for Redis spans).</summary>
    public void WhenConnected(Action<IConnectionMultiplexer> action)
        => _multiplexer.Value.ContinueWith(connected => action(connected.Result), CancellationToken.None,
            TaskContinuationOptions.OnlyOnRanToCompletion, TaskScheduler.Default);

    /// <summary>For callers that cannot await (factories of third-party limiters); blocks only on the first, connecting call.</summary>
    public IConnectionMultiplexer Get() => _multiplexer.Value.GetAwaiter().GetResult();

    public async ValueTask DisposeAsync()
    {
        if (_multiplexer.IsValueCreated)
            await (await _multiplexer.Value).DisposeAsync();
    }
}
