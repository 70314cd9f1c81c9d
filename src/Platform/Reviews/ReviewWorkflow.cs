using KooMessage.Platform.Data;
using KooMessage.Platform.Domain;
using KooMessage.Platform.Events;
using KooMessage.Platform.GraphQL.Relay;
using KooMessage.Platform.Tenancy.Resolution;
using Microsoft.EntityFrameworkCore;

namespace KooMessage.Platform.Reviews;

/// <summary>
/// Runs the shared state machine for every reviewable kind: records each transition in the audit
/// trail, keeps the reviewers' queue, saves, and then publishes <see cref="ReviewStatusChanged"/>.
/// The reviewer side is the one place that reads and writes across tenants, explicitly.
/// </summary>
public sealed class ReviewWorkflow(
    KooMessageDbContext db,
    Viewer viewer,
    TimeProvider clock,
    IEventBus bus,
    ReviewSubjects subjects,
    IEnumerable<IReviewDecisionObserver> observers,
    BusinessCalendar calendar,
    ILogger<ReviewWorkflow> logger)
{
    private readonly List<(ReviewableEntity Subject, ReviewEvent Event)> _unpublished = [];

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>Tenant side, before changing an item: records the start of a new revision when an approved item is edited.</summary>
    public void BeginEdit(ReviewableEntity subject)
    {
        if (subject.BeginEdit() is { } transition)
            Record(subject, transition);
    }

    /// <summary>
    /// Tenant side: DRAFT/REJECTED → PENDING, opening a ticket in the reviewers' queue, both due at the
    /// kind's SLA counted in working time of the review calendar from now. Saves.
    /// </summary>
    /// <param name="guard">
    /// Optional: run first in the transaction that saves the submission (a rule across rows, checked under
    /// the locks the guard takes); it throws to refuse, and then nothing is saved or published.
    /// </param>
    public async Task SubmitAsync(ReviewableEntity subject, CancellationToken cancellationToken, Func<CancellationToken, Task>? guard = null)
    {
        var registration = subjects.Of(subject);
        var now = Now;
        var dueAt = registration.Sla.DueAt(calendar, now);
        var transition = subject.Submit(now, dueAt);
        Record(subject, transition);
        db.Add(ReviewTicket.Open(subject, registration.Kind, now, dueAt));
        if (guard is null)
        {
            await SaveAsync(cancellationToken);
            return;
        }
        await db.InTransactionAsync(async ct =>
        {
            await guard(ct);
            return await db.SaveChangesAsync(ct);
        }, cancellationToken);
        await PublishRecordedAsync();
    }

    /// <summary>
    /// Tenant side: PENDING → DRAFT for the subject with this global ID, closing its ticket as
    /// WITHDRAWN. Reads through the tenant filter, so another tenant's item is not found. Saves;
    /// racing a reviewer's decision, one of the two gets a ConflictError (the subject is versioned).
    /// </summary>
    public async Task<(ReviewableEntity Subject, ReviewEvent Event)> WithdrawAsync(string subjectId, CancellationToken cancellationToken)
    {
        var subject = await FindAsync(subjectId, cancellationToken)
            ?? throw new DomainException(NotFoundError.For("subjectId", subjectId, "reviewable item"));
        var reviewEvent = Record(subject, subject.Withdraw());
        await CloseTicketAsync(subject, ReviewStatus.Draft, reviewEvent, cancellationToken);
        await SaveAsync(cancellationToken);
        return (subject, reviewEvent);
    }

    /// <summary>Saves pending changes (with any recorded transitions), then publishes the transitions.</summary>
    public async Task SaveAsync(CancellationToken cancellationToken)
    {
        await db.SaveChangesAsync(cancellationToken);
        await PublishRecordedAsync();
    }

    /// <summary>Reviewer side: approves or rejects the subject with this global ID, whatever its tenant.</summary>
    public async Task<(ReviewableEntity Subject, ReviewEvent Event)> DecideAsync(string subjectId, bool approve, string? text, CancellationToken cancellationToken)
    {
        var v = new InputValidator();
        if (approve)
            v.MaxLength("note", text, ReviewableEntity.ReasonMax);
        else
            v.Length("reason", text, 1, ReviewableEntity.ReasonMax);
        v.ThrowIfInvalid();

        db.EnableCrossTenantReads();
        var subject = await FindAsync(subjectId, cancellationToken)
            ?? throw new DomainException(NotFoundError.For("subjectId", subjectId, "reviewable item"));
        var transition = approve ? subject.Approve(Now, text) : subject.Reject(Now, text!);
        var reviewEvent = Record(subject, transition);
        await CloseTicketAsync(subject, transition.To, reviewEvent, cancellationToken);
        foreach (var observer in observers)
            await observer.OnDecidedAsync(subject, reviewEvent, cancellationToken);

        using (db.AllowCrossTenantWrites())
            await db.SaveChangesAsync(cancellationToken);
        await PublishRecordedAsync();
        return (subject, reviewEvent);
    }

    private async Task CloseTicketAsync(ReviewableEntity subject, ReviewStatus outcome, ReviewEvent reviewEvent, CancellationToken cancellationToken)
    {
        var ticket = await db.Set<ReviewTicket>()
            .Where(t => t.SubjectId == subject.Id && t.Status == ReviewTicketStatus.Open)
            .OrderByDescending(t => t.SubmittedAt)
            .FirstOrDefaultAsync(cancellationToken);
        ticket?.Close(outcome, Now, reviewEvent.ActorName);
    }

    private async Task<ReviewableEntity?> FindAsync(string subjectId, CancellationToken cancellationToken)
    {
        if (!GlobalId.TryDecode(subjectId, out var typeName, out var id) || subjects.ByGraphTypeName(typeName) is not { } registration)
            return null;
        var found = await registration.FindManyAsync(db, [id], cancellationToken);
        return found.GetValueOrDefault(id);
    }

    private ReviewEvent Record(ReviewableEntity subject, ReviewTransition transition)
    {
        var reviewEvent = ReviewEvent.For(subject, subjects.Of(subject).Kind, transition, ReviewActor.Of(viewer));
        db.Add(reviewEvent);
        _unpublished.Add((subject, reviewEvent));
        return reviewEvent;
    }

    /// <summary>After the commit only: subscribers must never hear of a transition that was rolled back.</summary>
    private async Task PublishRecordedAsync()
    {
        // Entries whose changes were discarded (a failed mutation clears the change tracker) are dropped.
        var batch = _unpublished.Where(x => db.Entry(x.Event).State != EntityState.Detached).ToList();
        _unpublished.Clear();
        foreach (var (subject, e) in batch)
        {
            await bus.PublishOrLogAsync(ReviewStatusChanged.Topic, new ReviewStatusChanged(
                e.Id, subject.Id, e.SubjectKind, subject.TenantId, e.From, e.To, e.ActorName, e.ActorRole, e.Reason, e.CreatedAt), logger);
        }
    }
}
