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

    public ReviewTicketStatus Status { get; private set; }

    public ReviewStatus? Decision { get; private set; }

    public DateTime? DecidedAt { get; private set; }

    public string? DecidedBy { get; private set; }

    public static ReviewTicket Open(ReviewableEntity subject, string kind, DateTime submittedAt) => new()
    {
        TenantId = subject.TenantId,
        SubjectId = subject.Id,
        SubjectKind = kind,
        Title = subject.ReviewTitle.Length <= TitleMax ? subject.ReviewTitle : subject.ReviewTitle[..TitleMax],
        SubmittedAt = submittedAt,
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
