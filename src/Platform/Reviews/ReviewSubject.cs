using KooMessage.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace KooMessage.Platform.Reviews;

/// <summary>The registration of reviewable entity <typeparamref name="T"/>; see <see cref="IReviewSubject"/>.</summary>
public abstract class ReviewSubject<T>(string kind, string graphTypeName, string description) : IReviewSubject
    where T : ReviewableEntity
{
    public string Kind => kind;

    public string Description => description;

    public string GraphTypeName => graphTypeName;

    public Type EntityType => typeof(T);

    /// <summary>One working day unless the kind declares its own [ours: the seed names filings, signatures and templates only].</summary>
    public virtual ReviewSla Sla => ReviewSla.WorkingDays(1);

    public async Task<IReadOnlyDictionary<Guid, ReviewableEntity>> FindManyAsync(KooMessageDbContext db, IReadOnlyList<Guid> ids, CancellationToken cancellationToken)
        => await db.Set<T>().Where(e => ids.Contains(e.Id)).ToDictionaryAsync(e => e.Id, e => (ReviewableEntity)e, cancellationToken);
}
