using KooMessage.Platform.Events;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace KooMessage.Platform.Tenancy;

/// <summary>
/// What authenticating a request reads from the database — the API key behind a secret's hash, the
/// active tenant behind a claim — kept in memory (bounded in entries and in age) so a request with
/// credentials costs about what an anonymous one does (issue 19). Only answers that grant access are
/// kept; unknown keys, revoked keys and suspended tenants are read again each time.
/// <para>
/// Revoking a key or suspending a tenant goes through <see cref="RevokeAsync"/>: it forgets
/// everything on this instance before the change is answered, and publishes <see cref="AccessRevoked"/>,
/// on which every other instance forgets everything too (revocations are rare; forgetting all keeps
/// this simple and correct). A generation number keeps a lookup that started before a revocation from
/// putting its stale answer back afterwards. While streaming connections are open, their periodic
/// re-validation (Subscriptions:RevalidationInterval) also forgets everything, so a revocation no
/// event announced is caught by then.
/// </para>
/// </summary>
public sealed class CredentialCache : IDisposable
{
    private readonly IEventBus _bus;
    private readonly MemoryCache _entries;
    private readonly TimeSpan _duration;
    private readonly bool _enabled;
    private readonly AccessRevokedObserver _revocations;
    private readonly Lock _gate = new();
    private long _generation;

    public CredentialCache(IEventBus bus, IOptions<TenancyOptions> options, ILogger<CredentialCache> logger)
    {
        _bus = bus;
        _duration = options.Value.CredentialCacheDuration;
        _enabled = _duration > TimeSpan.Zero && options.Value.CredentialCacheSize > 0;
        _entries = new MemoryCache(new MemoryCacheOptions { SizeLimit = Math.Max(1, options.Value.CredentialCacheSize) });
        _revocations = new AccessRevokedObserver(bus, _ => Forget(), logger, onGap: Forget);
    }

    /// <summary>
    /// The cached answer for <paramref name="key"/>, or <paramref name="load"/>'s, kept when
    /// <paramref name="grantsAccess"/> says so.
    /// </summary>
    public async Task<T?> GetOrLoadAsync<T>(string key, Func<Task<T?>> load, Func<T, bool> grantsAccess)
        where T : class
    {
        if (!_enabled)
            return await load();
        if (_entries.TryGetValue(key, out T? cached))
            return cached;
        var generation = Interlocked.Read(ref _generation);
        var loaded = await load();
        if (loaded is not null && grantsAccess(loaded))
        {
            lock (_gate)
            {
                if (generation == _generation)
                    _entries.Set(key, loaded, new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = _duration });
            }
        }
        return loaded;
    }

    /// <summary>
    /// Call after the revocation is saved: this instance stops honouring the credentials before the
    /// caller answers, every other instance when the event reaches it.
    /// </summary>
    public async Task RevokeAsync(AccessRevoked revoked)
    {
        Forget();
        await _bus.PublishAsync(AccessRevoked.Topic, revoked);
    }

    /// <summary>
    /// Forgets every kept key and tenant, so the next use of each reads the database again: for a
    /// revocation, and for periodic re-validation, which exists to catch what no event announced.
    /// </summary>
    public void Forget()
    {
        lock (_gate)
        {
            _generation++;
            _entries.Clear();
        }
    }

    public void Dispose()
    {
        _revocations.Dispose();
        _entries.Dispose();
    }
}
