using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace KooMessage.Platform.Data;

public static class DataServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="KooMessageDbContext"/> on the configured provider: SQLite under
    /// Storage:Path by default, SQL Server or PostgreSQL when Database:Provider says so. EF interceptors registered
    /// as <see cref="IInterceptor"/> services (diagnostics, the tests' statement counter) are attached.
    /// Aggregates with two table-owned collections (a filing's documents and its approved documents) load
    /// each collection with its own query: one joined query would return documents × approved documents rows.
    /// </summary>
    public static IServiceCollection AddKooMessageData(this IServiceCollection services, IConfiguration configuration)
    {
        var database = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        var storage = configuration.GetSection(StorageOptions.Section).Get<StorageOptions>() ?? new StorageOptions();
        services.AddSingleton(database);
        services.AddSingleton(storage);
        services.AddSingleton(TimeProvider.System);

        switch (database.Provider)
        {
            case DatabaseProvider.Sqlite:
                var sqlite = database.ConnectionString ?? SqliteConnectionStrings.ForFolder(storage.FullPath);
                services.AddDbContext<KooMessageDbContext, SqliteKooMessageDbContext>(
                    (sp, o) => o.UseSqlite(sqlite, sql => sql.UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery))
                        .AddInterceptors(sp.GetServices<IInterceptor>()).AddInterceptors(new SqliteConnectionTuning())
                        // EF rebuilds a SQLite table between `PRAGMA foreign_keys = 0/1`, which it must run
                        // outside the migration's transaction. That pragma is the connection's state, not the
                        // file's: an interrupted migration cannot leave it half-applied, so the warning that
                        // every table rebuild raises is no news to an operator (the rebuild itself is transactional).
                        .ConfigureWarnings(w => w.Log((RelationalEventId.NonTransactionalMigrationOperationWarning, LogLevel.Debug))));
                break;
            case DatabaseProvider.SqlServer:
                var sqlServer = database.ConnectionString
                    ?? throw new InvalidOperationException("Database:ConnectionString is required when Database:Provider is SqlServer.");
                services.AddDbContext<KooMessageDbContext, SqlServerKooMessageDbContext>(
                    (sp, o) => o.UseSqlServer(sqlServer, sql => sql.EnableRetryOnFailure().UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery)).AddInterceptors(sp.GetServices<IInterceptor>()));
                break;
            case DatabaseProvider.Postgres:
                var postgres = database.ConnectionString
                    ?? throw new InvalidOperationException("Database:ConnectionString is required when Database:Provider is Postgres.");
                services.AddDbContext<KooMessageDbContext, PostgresKooMessageDbContext>(
                    (sp, o) => o.UseNpgsql(postgres, npgsql => npgsql.EnableRetryOnFailure().UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery)).AddInterceptors(sp.GetServices<IInterceptor>()));
                break;
            default:
                throw new InvalidOperationException($"Unknown Database:Provider '{database.Provider}'.");
        }

        services.AddScoped<DatabaseInitializer>();
        foreach (var seeder in typeof(IDataSeeder).Assembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IDataSeeder).IsAssignableFrom(t)))
            services.AddTransient(typeof(IDataSeeder), seeder);
        return services;
    }
}
