using KooMessage.Platform.Data;
using KooMessage.Platform.Tenancy;

namespace KooMessage.Platform.Reviews;

/// <summary>One entry of the audit trail: {subject, from, to, actor, reason, at}. Never changed once written.</summary>
public sealed class ReviewEvent : Entity, ITenantOwned
{
    private ReviewEvent()
    {
    }

    public Guid TenantId { get; set; }

    public Guid SubjectId { get; private set; }

    /// <summary>The kind its <see cref="IReviewSubject"/> registers.</summary>
    public string SubjectKind { get; private set; } = null!;

    public ReviewStatus From { get; private set; }

    public ReviewStatus To { get; private set; }

    public string ActorId { get; private set; } = null!;

    public string ActorName { get; private set; } = null!;

    public Role? ActorRole { get; private set; }

    /// <summary>The rejection reason or the approval note.</summary>
    public string? Reason { get; private set; }

    public static ReviewEvent For(ReviewableEntity subject, string kind, ReviewTransition transition, ReviewActor actor) => new()
    {
        TenantId = subject.TenantId,
        SubjectId = subject.Id,
        SubjectKind = kind,
        From = transition.From,
        To = transition.To,
        ActorId = actor.Id,
        ActorName = actor.Name,
        ActorRole = actor.Role,
        Reason = transition.Reason,
    };
}
