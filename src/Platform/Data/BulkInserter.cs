using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace KooMessage.Platform.Data;

/// <summary>
/// Writes rows using EF's own model — table and column names, and each property's type mapping with
/// its value converters (UTC times, enums as names, JSON collections) — so the stored values match
/// what SaveChanges would write, on every provider. PostgreSQL gets a binary <c>COPY … FROM STDIN</c>
/// (one round trip for the whole list); SQLite and SQL Server get <c>INSERT INTO t (…) VALUES (…), (…), …</c>
/// statements kept small (about 100 parameters, one command re-executed with new values): SQLite
/// looks parameters up by name, which grows with the square of a statement's size.
/// </summary>
internal static class BulkInserter
{
    private const int ParametersPerStatement = 100;

    public static async Task InsertAsync<T>(KooMessageDbContext db, IReadOnlyList<T> rows, CancellationToken cancellationToken)
        where T : class
    {
        var (table, mappings) = Columns<T>(db);
        var sql = db.GetService<ISqlGenerationHelper>();
        var target = $"{sql.DelimitIdentifier(table.Name, table.Schema)} ({string.Join(", ", mappings.Select(m => sql.DelimitIdentifier(m.Name)))})";

        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        // All statements of one call commit together: one sync, and no half-inserted batch.
        var own = db.Database.CurrentTransaction is null ? await connection.BeginTransactionAsync(cancellationToken) : null;
        try
        {
            if (connection is NpgsqlConnection postgres)
                await CopyAsync(postgres, target, mappings, rows, cancellationToken);
            else
                await InsertStatementsAsync(connection, own ?? db.Database.CurrentTransaction!.GetDbTransaction(), target, mappings, rows, cancellationToken);
            if (own is not null)
                await own.CommitAsync(cancellationToken);
        }
        finally
        {
            if (own is not null)
                await own.DisposeAsync();
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>
    /// Binary COPY: each value is written as the column's PostgreSQL type (the mapping's store type, so
    /// an int never lands in a bigint column as the wrong width). COPY runs in the connection's open
    /// transaction; a unique violation surfaces from <c>CompleteAsync</c> as a <see cref="PostgresException"/>.
    /// </summary>
    private static async Task CopyAsync<T>(NpgsqlConnection connection, string target, List<Column> mappings,
        IReadOnlyList<T> rows, CancellationToken cancellationToken)
        where T : class
    {
        var types = mappings.Select(m => m.Mapping.StoreTypeNameBase).ToArray();
        await using var writer = await connection.BeginBinaryImportAsync($"COPY {target} FROM STDIN (FORMAT BINARY)", cancellationToken);
        foreach (var row in rows)
        {
            await writer.StartRowAsync(cancellationToken);
            for (var c = 0; c < mappings.Count; c++)
            {
                if (ProviderValue(mappings[c], row) is { } value)
                    await writer.WriteAsync(value, types[c], cancellationToken);
                else
                    await writer.WriteNullAsync(cancellationToken);
            }
        }
        await writer.CompleteAsync(cancellationToken);
    }

    /// <summary>The table of a flat entity and its mapped columns, in model order.</summary>
    internal static (StoreObjectIdentifier Table, List<Column> Columns) Columns<T>(KooMessageDbContext db)
    {
        var entityType = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model.");
        if (entityType.GetNavigations().Any(n => n.TargetEntityType.IsOwned()))
            throw new InvalidOperationException($"{typeof(T).Name} has owned types; write it with SaveChanges.");
        var table = StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());
        var columns = entityType.GetProperties().Where(p => p.PropertyInfo is not null || p.FieldInfo is not null)
            .Select(p => new Column(p, p.GetColumnName(table)!, p.GetRelationalTypeMapping(), p.GetGetter())).ToList();
        return (table, columns);
    }

    internal static object? ProviderValue(Column column, object row)
    {
        var value = column.Getter.GetClrValue(row);
        return column.Mapping.Converter is { } converter ? converter.ConvertToProvider(value) : value;
    }

    private static async Task InsertStatementsAsync<T>(DbConnection connection, DbTransaction transaction, string target, List<Column> mappings,
        IReadOnlyList<T> rows, CancellationToken cancellationToken)
        where T : class
    {
        var prefix = $"INSERT INTO {target} VALUES ";
        var rowsPerStatement = Math.Max(1, ParametersPerStatement / mappings.Count);
        DbCommand? command = null;
        try
        {
            foreach (var chunk in rows.Chunk(rowsPerStatement))
            {
                // Full chunks reuse one prepared command; only the last, shorter chunk needs its own.
                if (command is null || command.Parameters.Count != chunk.Length * mappings.Count)
                {
                    if (command is not null)
                        await command.DisposeAsync();
                    command = Create(connection, transaction, prefix, mappings, chunk.Length);
                }
                for (var r = 0; r < chunk.Length; r++)
                {
                    // The parameter's type was configured by the mapping when the command was built; the value needs its converter.
                    for (var c = 0; c < mappings.Count; c++)
                        command.Parameters[r * mappings.Count + c].Value = ProviderValue(mappings[c], chunk[r]) ?? DBNull.Value;
                }
                await command.ExecuteNonQueryAsync(cancellationToken);
            }
        }
        finally
        {
            if (command is not null)
                await command.DisposeAsync();
        }
    }

    /// <summary>A command inserting <paramref name="rowCount"/> rows, its parameters typed by each property's mapping.</summary>
    private static DbCommand Create(DbConnection connection, DbTransaction transaction, string prefix, List<Column> mappings, int rowCount)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        var values = new List<string>(rowCount);
        for (var r = 0; r < rowCount; r++)
        {
            var names = new string[mappings.Count];
            for (var c = 0; c < mappings.Count; c++)
            {
                names[c] = $"@p{r}_{c}";
                command.Parameters.Add(mappings[c].Mapping.CreateParameter(command, names[c], null, mappings[c].Property.IsNullable));
            }
            values.Add("(" + string.Join(", ", names) + ")");
        }
        command.CommandText = prefix + string.Join(", ", values);
        return command;
    }

    /// <summary>One mapped column: the property, its column name, its type mapping (store type, converter) and how to read it.</summary>
    internal sealed record Column(IProperty Property, string Name, RelationalTypeMapping Mapping, IClrPropertyGetter Getter);
}
