using Npgsql;

namespace KooMessage.Platform.Tests.Infrastructure;

/// <summary>
/// The real PostgreSQL server the Postgres cases use: tests/run.sh installs and starts a throwaway one
/// on 127.0.0.1 and passes its connection string in <see cref="Variable"/>. Each test gets a database
/// of its own there, created and dropped by <see cref="TestDatabase"/>. Without the server those cases
/// fail and say so; they never skip silently.
/// </summary>
public static class TestPostgres
{
    public const string Variable = "KOOMESSAGE_TEST_POSTGRES";

    public static string ServerConnectionString => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } connectionString
        ? connectionString
        : throw new Xunit.Sdk.XunitException(
            $"{Variable} is not set. This test needs a real PostgreSQL server: run the suite with tests/run.sh, which starts one, " +
            $"or start one yourself and set {Variable}=\"Host=127.0.0.1;Port=<port>;Username=<user>;Password=<password>\".");

    /// <summary>Creates an empty database with a name no other test uses; returns its connection string.</summary>
    public static async Task<string> CreateDatabaseAsync()
    {
        var name = $"koomessage_test_{Guid.NewGuid():N}";
        await ExecuteAsync($"CREATE DATABASE \"{name}\"");
        return new NpgsqlConnectionStringBuilder(ServerConnectionString) { Database = name }.ToString();
    }

    /// <summary>Drops a database made by <see cref="CreateDatabaseAsync"/>, closing what is still connected to it.</summary>
    public static async Task DropDatabaseAsync(string connectionString)
    {
        await using (var pooled = new NpgsqlConnection(connectionString))
            NpgsqlConnection.ClearPool(pooled);
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        await ExecuteAsync($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
    }

    private static async Task ExecuteAsync(string sql)
    {
        // The maintenance database, never pooled: a pooled connection would outlive the suite's server.
        var builder = new NpgsqlConnectionStringBuilder(ServerConnectionString) { Database = "postgres", Pooling = false };
        await using var connection = new NpgsqlConnection(builder.ToString());
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
