using KooMessage.Platform.Data;

namespace KooMessage.Platform.Reviews;

/// <summary>
/// Registers one reviewable kind with the workflow: its GraphQL type name (for global IDs) and how
/// to load it. Features add one small subclass of <see cref="ReviewSubject{T}"/>; it is discovered.
/// </summary>
public interface IReviewSubject
{
    ReviewSubjectKind Kind { get; }

    string GraphTypeName { get; }

    Task<IReadOnlyDictionary<Guid, ReviewableEntity>> FindManyAsync(KooMessageDbContext db, IReadOnlyList<Guid> ids, CancellationToken cancellationToken);
}
