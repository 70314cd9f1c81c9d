using KooMessage.Platform.Data;
using KooMessage.Platform.Domain;

namespace KooMessage.Platform.Reviews;

/// <summary>
/// Base of every reviewable entity: one state machine for all of them.
/// <code>
/// DRAFT --submit--> PENDING --approve--> APPROVED
///   ^                  +--reject(reason)--> REJECTED --edit+submit--> PENDING
///   +----withdraw------+
/// </code>
/// Editing an APPROVED item starts a new revision (back to DRAFT) while
/// <see cref="HasApprovedRevision"/> keeps the approved one in force until a newer one is approved.
/// The row is versioned, so two reviewers deciding at once cannot both win.
/// </summary>
public abstract class ReviewableEntity : Entity, ITenantOwned, IVersioned
{
    public const int ReasonMax = 500;

    public Guid TenantId { get; set; }

    public long Version { get; set; }

    public ReviewStatus ReviewStatus { get; private set; } = ReviewStatus.Draft;

    public DateTime? SubmittedAt { get; private set; }

    public DateTime? DecidedAt { get; private set; }

    /// <summary>The reviewer's reason for the last rejection; cleared by the next submission.</summary>
    public string? RejectionReason { get; private set; }

    /// <summary>Whether an approved revision is in force (and stays so while a newer revision is in review).</summary>
    public bool HasApprovedRevision { get; private set; }

    /// <summary>A short human title for the reviewer's queue.</summary>
    public abstract string ReviewTitle { get; }

    /// <summary>
    /// Whether editing an approved item starts a new revision (filings, service-number menus) or is
    /// refused, because the item is in use exactly as approved (signatures, templates) [huawei].
    /// </summary>
    protected virtual bool EditsStartRevisions => true;

    /// <summary>
    /// Called before the tenant changes the item. DRAFT and REJECTED items are edited in place; an
    /// APPROVED item starts a new revision; an item under review cannot change.
    /// </summary>
    public ReviewTransition? BeginEdit()
    {
        switch (ReviewStatus)
        {
            case ReviewStatus.Draft or ReviewStatus.Rejected:
                return null;
            case ReviewStatus.Approved when !EditsStartRevisions:
                throw new DomainException(new InvalidStateError("APPROVED",
                    "It is approved and in use, so it cannot change; create a new one instead."));
            case ReviewStatus.Approved:
                ReviewStatus = ReviewStatus.Draft;
                return new ReviewTransition(ReviewStatus.Approved, ReviewStatus.Draft, null);
            default:
                throw new DomainException(new InvalidStateError(EnumNames.Of(ReviewStatus),
                    "It is under review and cannot change until a reviewer decides."));
        }
    }

    public ReviewTransition Submit(DateTime now)
    {
        if (ReviewStatus is not (ReviewStatus.Draft or ReviewStatus.Rejected))
            throw new DomainException(new InvalidStateError(EnumNames.Of(ReviewStatus),
                ReviewStatus == ReviewStatus.Pending ? "It is already submitted and waiting for review." : "Only a draft or a rejected item can be submitted; edit it first."));
        ValidateForSubmission();
        var from = ReviewStatus;
        ReviewStatus = ReviewStatus.Pending;
        SubmittedAt = now;
        RejectionReason = null;
        return new ReviewTransition(from, ReviewStatus.Pending, null);
    }

    /// <summary>
    /// The tenant takes a submission back before a reviewer decides: PENDING → DRAFT, to edit it
    /// or delete it. An approved revision still in force stays so (only the newer one is withdrawn).
    /// </summary>
    public ReviewTransition Withdraw()
    {
        RequirePending("withdrawn");
        ReviewStatus = ReviewStatus.Draft;
        return new ReviewTransition(ReviewStatus.Pending, ReviewStatus.Draft, null);
    }

    public ReviewTransition Approve(DateTime now, string? note)
    {
        RequirePending("approved");
        ReviewStatus = ReviewStatus.Approved;
        DecidedAt = now;
        HasApprovedRevision = true;
        OnApproved(now);
        return new ReviewTransition(ReviewStatus.Pending, ReviewStatus.Approved, string.IsNullOrWhiteSpace(note) ? null : note.Trim());
    }

    public ReviewTransition Reject(DateTime now, string reason)
    {
        RequirePending("rejected");
        ReviewStatus = ReviewStatus.Rejected;
        DecidedAt = now;
        RejectionReason = reason.Trim();
        OnRejected(now);
        return new ReviewTransition(ReviewStatus.Pending, ReviewStatus.Rejected, RejectionReason);
    }

    /// <summary>Content the platform itself provides (seeded public templates) is approved without a review.</summary>
    protected void MarkApprovedAsPlatformContent(DateTime now)
    {
        ReviewStatus = ReviewStatus.Approved;
        DecidedAt = now;
        HasApprovedRevision = true;
        OnApproved(now);
    }

    /// <summary>Checks the item is complete enough to review; throw a <see cref="DomainException"/> naming what is missing.</summary>
    protected virtual void ValidateForSubmission()
    {
    }

    /// <summary>Kind-specific follow-up of an approval (e.g. a template becomes ACTIVE, an approved revision goes live).</summary>
    protected virtual void OnApproved(DateTime now)
    {
    }

    protected virtual void OnRejected(DateTime now)
    {
    }

    private void RequirePending(string verb)
    {
        if (ReviewStatus != ReviewStatus.Pending)
            throw new DomainException(new InvalidStateError(EnumNames.Of(ReviewStatus),
                $"Only a PENDING item can be {verb}; this one is {EnumNames.Of(ReviewStatus)}."));
    }
}
