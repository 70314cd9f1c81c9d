using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace KooMessage.Platform.Data;

/// <summary>
/// Writes rows as <c>INSERT INTO t (…) VALUES (…), (…), …</c> using EF's own model — table and column
/// names, and each property's type mapping with its value converters (UTC times, enums as names,
/// JSON collections) — so the SQL matches what SaveChanges would write, on either provider.
/// Statements are kept small (about 100 parameters, one command re-executed with new values):
/// SQLite looks parameters up by name, which grows with the square of a statement's size.
/// </summary>
internal static class BulkInserter
{
    private const int ParametersPerStatement = 100;

    public static async Task InsertAsync<T>(KooMessageDbContext db, IReadOnlyList<T> rows, CancellationToken cancellationToken)
        where T : class
    {
        var entityType = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model.");
        if (entityType.GetNavigations().Any(n => n.TargetEntityType.IsOwned()))
            throw new InvalidOperationException($"{typeof(T).Name} has owned types; insert it with SaveChanges.");
        var table = StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());
        var properties = entityType.GetProperties().Where(p => p.PropertyInfo is not null || p.FieldInfo is not null).ToList();
        var sql = db.GetService<ISqlGenerationHelper>();
        var columns = string.Join(", ", properties.Select(p => sql.DelimitIdentifier(p.GetColumnName(table)!)));
        var prefix = $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} ({columns}) VALUES ";
        var rowsPerStatement = Math.Max(1, ParametersPerStatement / properties.Count);
        var mappings = properties.Select(p => (Property: p, Mapping: p.GetRelationalTypeMapping(), Getter: p.GetGetter())).ToList();

        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        // All statements of one call commit together: one sync, and no half-inserted batch.
        var own = db.Database.CurrentTransaction is null ? await connection.BeginTransactionAsync(cancellationToken) : null;
        try
        {
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
                        command = Create(connection, own ?? db.Database.CurrentTransaction!.GetDbTransaction(), prefix, mappings, chunk.Length);
                    }
                    for (var r = 0; r < chunk.Length; r++)
                    {
                        for (var c = 0; c < mappings.Count; c++)
                        {
                            var (_, mapping, getter) = mappings[c];
                            var value = getter.GetClrValue(chunk[r]);
                            // The parameter's type was configured by the mapping when the command was built; the value needs its converter.
                            command.Parameters[r * mappings.Count + c].Value = (mapping.Converter is { } converter ? converter.ConvertToProvider(value) : value) ?? DBNull.Value;
                        }
                    }
                    await command.ExecuteNonQueryAsync(cancellationToken);
                }
            }
            finally
            {
                if (command is not null)
                    await command.DisposeAsync();
            }
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

    /// <summary>A command inserting <paramref name="rowCount"/> rows, its parameters typed by each property's mapping.</summary>
    private static DbCommand Create(DbConnection connection, DbTransaction transaction, string prefix,
        List<(IProperty Property, RelationalTypeMapping Mapping, IClrPropertyGetter Getter)> mappings, int rowCount)
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
}
