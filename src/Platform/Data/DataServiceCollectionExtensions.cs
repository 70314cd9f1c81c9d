using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace KooMessage.Platform.Data;

public static class DataServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="KooMessageDbContext"/> on the configured provider: SQLite under
    /// Storage:Path by default, SQL Server or PostgreSQL when Database:Provider says so. EF interceptors registered
    /// as <see cref="IInterceptor"/> services (diagnostics, the tests' statement counter) are attached.
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
                    (sp, o) => o.UseSqlite(sqlite).AddInterceptors(sp.GetServices<IInterceptor>()).AddInterceptors(new SqliteConnectionTuning()));
                break;
            case DatabaseProvider.SqlServer:
                var sqlServer = database.ConnectionString
                    ?? throw new InvalidOperationException("Database:ConnectionString is required when Database:Provider is SqlServer.");
                services.AddDbContext<KooMessageDbContext, SqlServerKooMessageDbContext>(
                    (sp, o) => o.UseSqlServer(sqlServer, sql => sql.EnableRetryOnFailure()).AddInterceptors(sp.GetServices<IInterceptor>()));
                break;
            case DatabaseProvider.Postgres:
                var postgres = database.ConnectionString
                    ?? throw new InvalidOperationException("Database:ConnectionString is required when Database:Provider is Postgres.");
                services.AddDbContext<KooMessageDbContext, PostgresKooMessageDbContext>(
                    (sp, o) => o.UseNpgsql(postgres, npgsql => npgsql.EnableRetryOnFailure()).AddInterceptors(sp.GetServices<IInterceptor>()));
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
