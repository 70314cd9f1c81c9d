using KooMessage.Platform.Data;

namespace KooMessage.Platform.Deletion;

/// <summary>
/// Registers one deletable kind with the generic <c>delete</c> mutation: which global IDs name it,
/// how to find a row of the current tenant, and when it may go. Features add one small subclass of
/// <see cref="DeletionSubject{T}"/> beside the entity; it is discovered, as review subjects are.
/// </summary>
public interface IDeletionSubject
{
    /// <summary>The type name inside the kind's global IDs (its GraphQL object type).</summary>
    string GraphTypeName { get; }

    /// <summary>Finds a live row of the current tenant; null for a missing row, a tombstone or another tenant's row alike.</summary>
    Task<ISoftDeletable?> FindAsync(KooMessageDbContext db, Guid id, CancellationToken cancellationToken);

    /// <summary>Throws a <see cref="Domain.DomainException"/> (InvalidStateError, PreconditionFailedError) when the row must stay.</summary>
    Task RequireDeletableAsync(KooMessageDbContext db, ISoftDeletable row, CancellationToken cancellationToken);
}
