using KooMessage.Platform.Events;
using KooMessage.Platform.Tenancy;

namespace KooMessage.Platform.Reviews;

/// <summary>Published on <see cref="Topic"/> after every transition is saved; delivered to the subject's tenant and to reviewers.</summary>
public sealed record ReviewStatusChanged(
    Guid EventId,
    Guid SubjectId,
    string SubjectKind,
    Guid? TenantId,
    ReviewStatus From,
    ReviewStatus To,
    string ActorName,
    Role? ActorRole,
    string? Reason,
    DateTime At) : IPlatformEvent
{
    public const string Topic = "reviews";
}
