using KooMessage.Platform.Data;

namespace KooMessage.Platform.Tests.Infrastructure;

/// <summary>
/// The database of one test on one provider, for the suites that run on every provider that can run
/// here (<see cref="Providers"/>): a SQLite file in the test's storage folder, or a database of its
/// own on the test PostgreSQL server (<see cref="TestPostgres"/>), created here and dropped on dispose.
/// Instances started with <see cref="StartHostAsync"/> share the database and the storage folder
/// (blobs), as replicas would.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly string? _postgres;

    private TestDatabase(DatabaseProvider provider, string storagePath, string? postgres)
    {
        Provider = provider;
        StoragePath = storagePath;
        _postgres = postgres;
    }

    /// <summary>The providers a parametrized test runs on: <c>[Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]</c>.</summary>
    public static TheoryData<DatabaseProvider> Providers => [DatabaseProvider.Sqlite, DatabaseProvider.Postgres];

    public DatabaseProvider Provider { get; }

    /// <summary>Storage:Path of the instances on this database (the SQLite file lives there too).</summary>
    public string StoragePath { get; }

    /// <summary>The PostgreSQL database's connection string; null on SQLite.</summary>
    public string? ConnectionString => _postgres;

    public static async Task<TestDatabase> CreateAsync(DatabaseProvider provider)
    {
        var storage = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "koomessage-tests", Guid.NewGuid().ToString("N"))).FullName;
        return provider switch
        {
            DatabaseProvider.Sqlite => new TestDatabase(provider, storage, null),
            DatabaseProvider.Postgres => new TestDatabase(provider, storage, await TestPostgres.CreateDatabaseAsync()),
            _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, "Not a provider the tests can run."),
        };
    }

    /// <summary><paramref name="settings"/> plus the ones that point an instance at this database.</summary>
    public Dictionary<string, string?> Settings(IDictionary<string, string?>? settings = null)
    {
        var all = new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>());
        if (_postgres is not null)
        {
            all["Database:Provider"] = nameof(DatabaseProvider.Postgres);
            all["Database:ConnectionString"] = _postgres;
        }
        return all;
    }

    /// <summary>Starts an in-process instance on this database.</summary>
    public Task<PlatformHost> StartHostAsync(IDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
        => PlatformHost.StartAsync(Settings(settings), services, StoragePath);

    public async ValueTask DisposeAsync()
    {
        if (_postgres is not null)
            await TestPostgres.DropDatabaseAsync(_postgres);
        PlatformHost.TryDelete(StoragePath);
    }
}
