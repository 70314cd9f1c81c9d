using KooMessage.Platform.Data;
using KooMessage.Platform.GraphQL.Errors;
using KooMessage.Platform.GraphQL.Relay;
using Microsoft.EntityFrameworkCore;

namespace KooMessage.Platform.Reviews;

/// <summary>
/// Reviewer actions beyond approve/reject (suspend an app, deactivate a template) act on a tenant's
/// row from outside the tenant. They load and save through here, so crossing tenants stays in Reviews/.
/// </summary>
public sealed class ReviewerAccess(KooMessageDbContext db)
{
    public async Task<T?> FindAsync<T>(string? globalId, string graphTypeName, CancellationToken cancellationToken)
        where T : Entity
    {
        if (!GlobalId.TryDecode(globalId, graphTypeName, out var id))
            return null;
        db.EnableCrossTenantReads();
        return await db.Set<T>().FirstOrDefaultAsync(e => e.Id == id, cancellationToken);
    }

    public async Task SaveAsync(CancellationToken cancellationToken)
    {
        using (db.AllowCrossTenantWrites())
            await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Finds a tenant's row by global ID (NotFoundError on "id" otherwise), applies a reviewer's change and saves it.</summary>
    public async Task<T> ChangeAsync<T>(string id, string graphTypeName, string what, Action<T> change, CancellationToken cancellationToken)
        where T : Entity
    {
        var entity = await FindAsync<T>(id, graphTypeName, cancellationToken)
            ?? throw new DomainException(NotFoundError.For("id", id, what));
        change(entity);
        await SaveAsync(cancellationToken);
        return entity;
    }
}
