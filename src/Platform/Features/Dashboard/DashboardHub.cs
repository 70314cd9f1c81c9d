using System.Collections.Concurrent;
using KooMessage.Platform.Data;
using KooMessage.Platform.Events;
using KooMessage.Platform.Features.Quotas;
using KooMessage.Platform.Features.SendTasks;
using KooMessage.Platform.Features.Statistics;
using KooMessage.Platform.Reviews;
using KooMessage.Platform.Tenancy.Resolution;
using Microsoft.Extensions.Options;

namespace KooMessage.Platform.Features.Dashboard;

/// <summary>
/// The live overviews of one instance. Subscribers with the same <see cref="DashboardKey"/> form a group
/// whose overview is computed at most once per <see cref="Interval"/> and shared by all of them:
/// events (task progress, review transitions, suspensions, low quota balances, from any instance through the bus) only mark
/// a tenant changed, in O(1), however many recipients a batch had; each tick recomputes the groups whose
/// tenant changed (every platform group when anything changed), and the others every <see cref="Refresh"/>
/// (what no event announces: a new app or task, the day or hour moving on). A subscriber hears at most one
/// message per tick, only when a counter it has changed, with the counters that did.
/// </summary>
public sealed class DashboardHub(IEventBus bus, IServiceScopeFactory scopes, TimeProvider clock, IOptions<QuotaOptions> quotas, ILogger<DashboardHub> logger)
    : IDisposable
{
    /// <summary>At most one message per subscriber per interval.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);

    /// <summary>How old a group's overview may get when no event marked it changed.</summary>
    public static readonly TimeSpan Refresh = TimeSpan.FromSeconds(15);

    /// <summary>Groups recomputed at once in a tick: bounds the connections a burst of changes takes from the pool.</summary>
    private const int Parallelism = 4;

    private readonly ConcurrentDictionary<DashboardKey, Group> _groups = new();
    private readonly ConcurrentDictionary<Guid, byte> _changedTenants = new();
    private readonly Lock _lock = new();
    private List<IDisposable> _sources = [];
    private ITimer? _timer;
    private int _anyChange;
    private int _ticking;
    private long _tick;
    private bool _disposed;

    private long _computations;

    /// <summary>Overviews the hub computed (one per group and tick that needed it, whatever the number of subscribers).</summary>
    public long Computations => Interlocked.Read(ref _computations);

    public IObservable<DashboardUpdate> Observe(DashboardKey key) => new Stream(this, key);

    private IDisposable Add(DashboardKey key, IObserver<DashboardUpdate> observer)
    {
        Start();
        var subscriber = new Subscriber(observer);
        while (true)
        {
            var group = _groups.GetOrAdd(key, k => new Group(k));
            Snapshot? latest;
            lock (group)
            {
                if (group.Closed)
                    continue;
                group.Subscribers.Add(subscriber);
                latest = group.Latest;
            }
            // A group already live answers at once; the next tick is less than an interval away, so skip it.
            if (latest is not null)
            {
                var tick = Interlocked.Read(ref _tick);
                Deliver(group, subscriber, latest, tick, tick + 2, []);
            }
            return new Removal(group, subscriber);
        }
    }

    private void Start()
    {
        lock (_lock)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (_timer is not null)
                return;
            Observe();
            _timer = clock.CreateTimer(_ => _ = TickAsync(), null, Interval, Interval);
        }
    }

    /// <summary>Listens to the events that change counters; a dropped listener (bus error) listens again and marks everything changed.</summary>
    private void Observe()
    {
        _sources =
        [
            bus.Observe<SendTaskProgressed>(SendTaskProgressed.Topic).Subscribe(new Listener<SendTaskProgressed>(this, e => e.TenantId)),
            bus.Observe<ReviewStatusChanged>(ReviewStatusChanged.Topic).Subscribe(new Listener<ReviewStatusChanged>(this, e => e.TenantId)),
            bus.Observe<AccessRevoked>(AccessRevoked.Topic).Subscribe(new Listener<AccessRevoked>(this, e => e.TenantId)),
            // A low balance reaches the tenant's dashboard within a tick: its overview's tenant.quota.<PRODUCT>.low turns 1.
            bus.Observe<QuotaBalanceLow>(QuotaBalanceLow.Topic).Subscribe(new Listener<QuotaBalanceLow>(this, e => e.TenantId)),
        ];
    }

    private void Changed(Guid? tenantId)
    {
        if (tenantId is { } id)
            _changedTenants.TryAdd(id, 0);
        Volatile.Write(ref _anyChange, 1);
    }

    private void Relisten(Exception error)
    {
        logger.LogWarning(error, "The dashboard lost an event stream; listening again");
        lock (_lock)
        {
            if (_disposed)
                return;
            foreach (var source in _sources)
                source.Dispose();
            foreach (var group in _groups.Values)
                group.Stale = true;
            Observe();
        }
    }

    private async Task TickAsync()
    {
        if (Interlocked.Exchange(ref _ticking, 1) == 1)
            return;
        try
        {
            var tick = Interlocked.Increment(ref _tick);
            var now = clock.GetUtcNow().UtcDateTime;
            var anyChange = Interlocked.Exchange(ref _anyChange, 0) == 1;
            var changedTenants = new HashSet<Guid>();
            foreach (var id in _changedTenants.Keys)
            {
                if (_changedTenants.TryRemove(id, out _))
                    changedTenants.Add(id);
            }

            var live = new List<Group>();
            foreach (var group in _groups.Values)
            {
                lock (group)
                {
                    if (group.Subscribers.Count == 0)
                    {
                        group.Closed = true;
                        _groups.TryRemove(new KeyValuePair<DashboardKey, Group>(group.Key, group));
                        continue;
                    }
                }
                live.Add(group);
            }
            var due = live.Where(g => g.Latest is null || g.Stale || now - g.ComputedAt >= Refresh
                || (g.Key.Scope == DashboardScope.Platform ? anyChange : changedTenants.Contains(g.Key.TenantId!.Value))).ToList();
            await Parallel.ForEachAsync(due, new ParallelOptions { MaxDegreeOfParallelism = Parallelism }, (group, ct) => ComputeAsync(group, now, ct));
            foreach (var group in live)
                Broadcast(group, tick);
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "A dashboard tick failed");
        }
        finally
        {
            Volatile.Write(ref _ticking, 0);
        }
    }

    /// <summary>Recomputes a group's overview; an unchanged one keeps its snapshot, so nobody hears of it.</summary>
    private async ValueTask ComputeAsync(Group group, DateTime now, CancellationToken cancellationToken)
    {
        try
        {
            var overview = await ReadAsync(group.Key, now, cancellationToken);
            Interlocked.Increment(ref _computations);
            var counters = OverviewCounters.Of(overview);
            var previous = group.Latest;
            if (previous is null || !SameCounters(previous.Counters, counters))
                group.Latest = new Snapshot(overview, counters);
            group.ComputedAt = now;
            group.Stale = false;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Kept for the next tick: a database hiccup must not end anyone's dashboard.
            logger.LogWarning(ex, "Computing the {Scope} dashboard failed", group.Key.Scope);
        }
    }

    private async Task<Overview> ReadAsync(DashboardKey key, DateTime now, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var zone = StatisticsRules.Zone(key.TimeZone);
        var db = scope.ServiceProvider.GetRequiredService<KooMessageDbContext>();
        if (key.Scope == DashboardScope.Platform)
            return new Overview(now, key.TimeZone, null, await OverviewReader.ReadPlatformAsync(db, now, zone, cancellationToken));
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(key.TenantId!.Value);
        return new Overview(now, key.TimeZone, await OverviewReader.ReadTenantAsync(db, now, zone, quotas.Value.LowBalancePercent, cancellationToken), null);
    }

    /// <summary>Sends the group's overview to each subscriber allowed a message this tick that has not seen it; the changes are computed once per previous snapshot.</summary>
    private void Broadcast(Group group, long tick)
    {
        Subscriber[] subscribers;
        lock (group)
            subscribers = [.. group.Subscribers];
        if (group.Latest is not { } latest)
            return;
        var updates = new Dictionary<Snapshot, DashboardUpdate>(ReferenceEqualityComparer.Instance);
        foreach (var subscriber in subscribers)
            Deliver(group, subscriber, latest, tick, tick + 1, updates);
    }

    /// <param name="tick">The tick delivering (the last one, for a new subscriber's first message).</param>
    /// <param name="nextTick">The first tick at which the subscriber may hear again.</param>
    private void Deliver(Group group, Subscriber subscriber, Snapshot latest, long tick, long nextTick, Dictionary<Snapshot, DashboardUpdate> updates)
    {
        DashboardUpdate? update;
        lock (subscriber)
        {
            if (subscriber.Failed || ReferenceEquals(subscriber.LastSent, latest) || tick < subscriber.NextTick)
                return;
            var previous = subscriber.LastSent;
            if (previous is null || !updates.TryGetValue(previous, out update))
            {
                update = new DashboardUpdate(group.Key.Scope, latest.Overview, OverviewCounters.Changes(previous?.Counters, latest.Counters));
                if (previous is not null)
                    updates[previous] = update;
            }
            subscriber.LastSent = latest;
            subscriber.NextTick = nextTick;
        }
        try
        {
            subscriber.Observer.OnNext(update);
        }
        catch (Exception ex)
        {
            subscriber.Failed = true;
            logger.LogDebug(ex, "A dashboard subscriber failed");
        }
    }

    private static bool SameCounters(IReadOnlyDictionary<string, int> a, IReadOnlyDictionary<string, int> b)
        => a.Count == b.Count && a.All(c => b.TryGetValue(c.Key, out var value) && value == c.Value);

    public void Dispose()
    {
        lock (_lock)
        {
            _disposed = true;
            _timer?.Dispose();
            foreach (var source in _sources)
                source.Dispose();
        }
    }

    private sealed record Snapshot(Overview Overview, IReadOnlyDictionary<string, int> Counters);

    private sealed class Group(DashboardKey key)
    {
        public DashboardKey Key { get; } = key;

        public List<Subscriber> Subscribers { get; } = [];

        public bool Closed { get; set; }

        /// <summary>Written by the tick, read by new subscribers.</summary>
        public volatile Snapshot? Latest;

        public DateTime ComputedAt { get; set; }

        public bool Stale { get; set; }
    }

    private sealed class Subscriber(IObserver<DashboardUpdate> observer)
    {
        public IObserver<DashboardUpdate> Observer { get; } = observer;

        public Snapshot? LastSent { get; set; }

        /// <summary>The first tick at which this subscriber may hear again.</summary>
        public long NextTick { get; set; }

        public volatile bool Failed;
    }

    private sealed class Removal(Group group, Subscriber subscriber) : IDisposable
    {
        public void Dispose()
        {
            lock (group)
                group.Subscribers.Remove(subscriber);
        }
    }

    private sealed class Stream(DashboardHub hub, DashboardKey key) : IObservable<DashboardUpdate>
    {
        public IDisposable Subscribe(IObserver<DashboardUpdate> observer) => hub.Add(key, observer);
    }

    private sealed class Listener<TEvent>(DashboardHub hub, Func<TEvent, Guid?> tenantOf) : IObserver<TEvent>
    {
        public void OnNext(TEvent value) => hub.Changed(tenantOf(value));

        public void OnError(Exception error) => hub.Relisten(error);

        public void OnCompleted() => hub.Relisten(new InvalidOperationException("The event stream ended."));
    }
}
