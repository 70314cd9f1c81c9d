using GraphQL;
using KooMessage.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace KooMessage.Platform.GraphQL.DataLoaders;

/// <summary>
/// By-id loaders for relations (a key's tenant, a template's signature): one SELECT … WHERE Id IN
/// (…) per type and request level. Tenant-owned rows stay tenant-filtered.
/// </summary>
public static class EntityLoaders
{
    public static BatchDataLoader<Guid, T> ById<T>(IResolveFieldContext context) where T : Entity
    {
        var db = context.Db();
        return context.Loaders().Batch<Guid, T>($"{typeof(T).FullName}.ById", async (ids, ct) =>
            await db.Set<T>().Where(e => ids.Contains(e.Id)).ToDictionaryAsync(e => e.Id, ct));
    }
}
