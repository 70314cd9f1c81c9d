using KooMessage.Platform.Data;
using KooMessage.Platform.Domain;
using KooMessage.Platform.Reviews;
using Microsoft.EntityFrameworkCore;

namespace KooMessage.Platform.Deletion;

/// <summary>
/// The registration of deletable entity <typeparamref name="T"/>; see <see cref="IDeletionSubject"/>.
/// A subclass says which states allow deletion and what still uses a row, with the helpers below,
/// so every kind refuses with the same errors worded the same way.
/// </summary>
public abstract class DeletionSubject<T>(string graphTypeName) : IDeletionSubject
    where T : Entity, ISoftDeletable
{
    /// <summary>How many users a refusal names; the count covers the rest.</summary>
    public const int UsersNamed = 3;

    public string GraphTypeName => graphTypeName;

    public async Task<ISoftDeletable?> FindAsync(KooMessageDbContext db, Guid id, CancellationToken cancellationToken)
        => await Rows(db.Set<T>()).FirstOrDefaultAsync(e => e.Id == id, cancellationToken);

    public Task RequireDeletableAsync(KooMessageDbContext db, ISoftDeletable row, CancellationToken cancellationToken)
    {
        if (row is IPlatformShared { IsPlatformShared: true })
            throw new DomainException(new InvalidStateError("PUBLIC", "It is provided by the platform to every tenant; only the platform removes it."));
        return RequireDeletableAsync(db, (T)row, cancellationToken);
    }

    /// <summary>Narrows the rows an ID of this graph type can name (e.g. send tasks of one kind).</summary>
    protected virtual IQueryable<T> Rows(IQueryable<T> rows) => rows;

    protected abstract Task RequireDeletableAsync(KooMessageDbContext db, T row, CancellationToken cancellationToken);

    /// <summary>
    /// The state rule every reviewable kind shares: an item waiting for review is withdrawn first, and
    /// an item with an approved revision in force goes only in the states <paramref name="retired"/> allows.
    /// </summary>
    protected static void RequireNotInReviewOrForce(ReviewableEntity row, string state, bool retired = false)
    {
        if (row.ReviewStatus == ReviewStatus.Pending)
            throw new DomainException(new InvalidStateError("PENDING", "It is waiting for review; withdraw it first, then delete it."));
        if (row.HasApprovedRevision && !retired)
            throw new DomainException(new InvalidStateError(state,
                $"It is approved and in force ({state}); only a draft, rejected or retired item can be deleted."));
    }

    protected static InvalidStateError WrongState(string state, string message) => new(state, message);

    /// <summary>
    /// Refuses with a <see cref="PreconditionFailedError"/> naming what still uses the row: up to
    /// <see cref="UsersNamed"/> names and the total, e.g. "It is used by 2 SMS templates (A, B); delete them first."
    /// Two short queries whatever the number of users.
    /// </summary>
    protected static async Task RefuseIfUsedAsync(IQueryable<string> userNames, string precondition, string users, string remedy,
        CancellationToken cancellationToken)
    {
        var named = await userNames.Take(UsersNamed).ToListAsync(cancellationToken);
        if (named.Count == 0)
            return;
        var count = named.Count < UsersNamed ? named.Count : await userNames.CountAsync(cancellationToken);
        throw new DomainException(new PreconditionFailedError(precondition,
            $"It is still used by {count} {users} ({string.Join(", ", named.Select(n => $"'{n}'"))}{(count > named.Count ? ", …" : "")}); {remedy}"));
    }
}
