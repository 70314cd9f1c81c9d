using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace KooMessage.Platform.Data;

/// <summary>
/// Inserts a row, or — when a row with the same unique key exists — adds the new row's counters to it,
/// in ONE statement, so concurrent writers of the same new key neither fail on the unique index nor
/// lose an increment: <c>INSERT … ON CONFLICT (key) DO UPDATE SET c = t.c + excluded.c</c> on
/// PostgreSQL and SQLite, <c>MERGE … WITH (HOLDLOCK)</c> on SQL Server (its key-range lock makes the
/// second writer wait and then update). Values are written through EF's own model and type mappings,
/// as <see cref="BulkInserter"/> writes them. Joins the current transaction.
/// </summary>
internal static class CounterUpserter
{
    public static async Task AddAsync<T>(KooMessageDbContext db, T row, IReadOnlyCollection<string> key, IReadOnlyCollection<string> counters,
        CancellationToken cancellationToken)
        where T : class
    {
        var (table, columns) = BulkInserter.Columns<T>(db);
        var sql = db.GetService<ISqlGenerationHelper>();
        string Name(string property) => sql.DelimitIdentifier(columns.Single(c => c.Property.Name == property).Name);
        var target = sql.DelimitIdentifier(table.Name, table.Schema);
        var names = string.Join(", ", columns.Select(c => sql.DelimitIdentifier(c.Name)));
        var keyNames = key.Select(Name).ToList();
        // The counters add up; UpdatedAt (when the entity has one) takes the newer row's value.
        var added = counters.Select(Name).ToList();
        var replaced = columns.Where(c => c.Property.Name == nameof(Entity.UpdatedAt)).Select(c => sql.DelimitIdentifier(c.Name)).ToList();

        await using var factory = db.Database.GetDbConnection().CreateCommand();
        // CreateParameter applies the mapping's converter to the CLR value itself (enums as names, UTC times).
        var parameters = columns.Select((c, i) => c.Mapping.CreateParameter(factory, $"@u{i}", c.Getter.GetClrValue(row), c.Property.IsNullable)).ToArray();
        var values = string.Join(", ", parameters.Select(p => p.ParameterName));

        string statement;
        if (db.Database.IsSqlServer())
        {
            statement = $"MERGE INTO {target} WITH (HOLDLOCK) AS t USING (VALUES ({values})) AS s ({names}) "
                + $"ON {string.Join(" AND ", keyNames.Select(k => $"t.{k} = s.{k}"))} "
                + $"WHEN MATCHED THEN UPDATE SET {string.Join(", ", added.Select(c => $"t.{c} = t.{c} + s.{c}").Concat(replaced.Select(c => $"t.{c} = s.{c}")))} "
                + $"WHEN NOT MATCHED THEN INSERT ({names}) VALUES ({string.Join(", ", columns.Select(c => "s." + sql.DelimitIdentifier(c.Name)))});";
        }
        else
        {
            statement = $"INSERT INTO {target} ({names}) VALUES ({values}) ON CONFLICT ({string.Join(", ", keyNames)}) DO UPDATE SET "
                + string.Join(", ", added.Select(c => $"{c} = {target}.{c} + excluded.{c}").Concat(replaced.Select(c => $"{c} = excluded.{c}")));
        }
        await db.Database.ExecuteSqlRawAsync(statement, parameters, cancellationToken);
    }
}
