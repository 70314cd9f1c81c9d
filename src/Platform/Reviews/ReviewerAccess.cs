using KooMessage.Platform.Data;
using KooMessage.Platform.GraphQL.Relay;

namespace KooMessage.Platform.Reviews;

/// <summary>
/// Reviewer actions beyond approve/reject (suspend an app, deactivate a template) act on a tenant's
/// row from outside the tenant. They load and save through here, so crossing tenants stays in Reviews/.
/// </summary>
public sealed class ReviewerAccess(KooMessageDbContext db)
{
    /// <summary>Finds a tenant's row by global ID (NotFoundError on "id" otherwise), applies a reviewer's change and saves it.</summary>
    public async Task<T> ChangeAsync<T>(string id, Action<T> change, CancellationToken cancellationToken)
        where T : Entity, INodeEntity
    {
        db.EnableCrossTenantReads();
        var entity = await db.Set<T>().RequireAsync("id", id, cancellationToken);
        change(entity);
        using (db.AllowCrossTenantWrites())
            await db.SaveChangesAsync(cancellationToken);
        return entity;
    }
}
