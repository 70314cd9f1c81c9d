using System.ComponentModel;
using GraphQL;

namespace KooMessage.Platform.Reviews;

public sealed record ApproveInput
{
    [Id, Description("The reviewable item (any kind).")] public required string SubjectId { get; init; }

    [Description("Optional note for the tenant, up to 500 characters.")] public string? Note { get; init; }
}

public sealed record RejectInput
{
    [Id, Description("The reviewable item (any kind).")] public required string SubjectId { get; init; }

    [Description("Why, 1–500 characters; the tenant sees it.")] public required string Reason { get; init; }
}

public sealed record WithdrawInput
{
    [Id, Description("The PENDING item to take back (any reviewable kind of the caller's tenant).")] public required string SubjectId { get; init; }
}
