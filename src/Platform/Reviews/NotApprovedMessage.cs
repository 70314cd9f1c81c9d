namespace KooMessage.Platform.Reviews;

/// <summary>
/// What to tell a tenant whose request needs an approved item that is not: the next step depends on
/// where the item stands (a rejected item will not be approved by waiting).
/// </summary>
public static class NotApprovedMessage
{
    /// <param name="requirement">The rule, e.g. "Only an approved channel number can be bound".</param>
    public static string For(string requirement, ReviewStatus status) => status switch
    {
        ReviewStatus.Rejected => $"{requirement}; this one was REJECTED (see its rejectionReason): change it and submit it again.",
        ReviewStatus.Draft => $"{requirement}; this one is a DRAFT: submit it for review first.",
        _ => $"{requirement}; this one is PENDING: wait for the platform's review.",
    };
}
