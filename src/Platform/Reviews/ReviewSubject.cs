using KooMessage.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace KooMessage.Platform.Reviews;

/// <summary>The registration of reviewable entity <typeparamref name="T"/>.</summary>
public abstract class ReviewSubject<T>(ReviewSubjectKind kind, string graphTypeName) : IReviewSubject
    where T : ReviewableEntity
{
    public ReviewSubjectKind Kind => kind;

    public string GraphTypeName => graphTypeName;

    public async Task<IReadOnlyDictionary<Guid, ReviewableEntity>> FindManyAsync(KooMessageDbContext db, IReadOnlyList<Guid> ids, CancellationToken cancellationToken)
        => await db.Set<T>().Where(e => ids.Contains(e.Id)).ToDictionaryAsync(e => e.Id, e => (ReviewableEntity)e, cancellationToken);
}
