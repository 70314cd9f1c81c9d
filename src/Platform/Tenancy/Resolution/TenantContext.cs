namespace KooMessage.Platform.Tenancy.Resolution;

/// <summary>
/// The tenant the current unit of work acts in (one per request, socket operation or background job).
/// Everything tenant-owned is read and written through this: the DbContext's query filters and
/// SaveChanges guard read <see cref="TenantId"/>.
/// </summary>
public sealed class TenantContext
{
    public Guid? TenantId { get; private set; }

    /// <summary>The slug when the resolver knew it (requests); background work may act by id alone.</summary>
    public string? TenantSlug { get; private set; }

    /// <summary>Set once per unit of work, by the resolution middleware or by a job acting for a tenant.</summary>
    public void Set(Guid tenantId, string? slug = null)
    {
        if (TenantId is { } current && current != tenantId)
            throw new InvalidOperationException("The tenant of a unit of work cannot change once set.");
        TenantId = tenantId;
        TenantSlug = slug;
    }
}
