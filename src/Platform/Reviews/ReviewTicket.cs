using System.Linq.Expressions;
using KooMessage.Platform.Data;

namespace KooMessage.Platform.Reviews;

/// <summary>
/// One submission in the reviewers' queue. Kept beside the subjects so the cross-tenant queue is
/// a single indexed table — filtered by kind, tenant and age in SQL — whatever the subject's kind.
/// </summary>
public sealed class ReviewTicket : Entity, ITenantOwned
{
    public const int TitleMax = 200;

    private ReviewTicket()
    {
    }

    public Guid TenantId { get; set; }

    public Guid SubjectId { get; private set; }

    /// <summary>The kind its <see cref="IReviewSubject"/> registers.</summary>
    public string SubjectKind { get; private set; } = null!;

    public string Title { get; private set; } = null!;

    public DateTime SubmittedAt { get; private set; }

    /// <summary>When a reviewer should have decided (the kind's SLA in working time); null only on tickets opened before deadlines existed.</summary>
    public DateTime? DueAt { get; private set; }

    public ReviewTicketStatus Status { get; private set; }

    public ReviewStatus? Decision { get; private set; }

    public DateTime? DecidedAt { get; private set; }

    public string? DecidedBy { get; private set; }

    /// <summary>Open tickets past their due time at <paramref name="now"/>: translatable to SQL (the queue's <c>overdue</c> filter, the overview's count).</summary>
    public static Expression<Func<ReviewTicket, bool>> OverdueAt(DateTime now)
        => t => t.Status == ReviewTicketStatus.Open && t.DueAt != null && t.DueAt < now;

    public bool IsOverdueAt(DateTime now) => Status == ReviewTicketStatus.Open && DueAt < now;

    public static ReviewTicket Open(ReviewableEntity subject, string kind, DateTime submittedAt, DateTime dueAt) => new()
    {
        TenantId = subject.TenantId,
        SubjectId = subject.Id,
        SubjectKind = kind,
        Title = subject.ReviewTitle.Length <= TitleMax ? subject.ReviewTitle : subject.ReviewTitle[..TitleMax],
        SubmittedAt = submittedAt,
        DueAt = dueAt,
        Status = ReviewTicketStatus.Open,
    };

    /// <summary>Leaves the queue: <see cref="ReviewTicketStatus.Decided"/> by a reviewer's approval or rejection, <see cref="ReviewTicketStatus.Withdrawn"/> (decision DRAFT) by the tenant.</summary>
    public void Close(ReviewStatus decision, DateTime at, string decidedBy)
    {
        Status = decision == ReviewStatus.Draft ? ReviewTicketStatus.Withdrawn : ReviewTicketStatus.Decided;
        Decision = decision;
        DecidedAt = at;
        DecidedBy = decidedBy;
    }
}
