namespace KooMessage.Platform.Domain;

/// <summary>A count limit would be exceeded (e.g. a third SMS app where two are allowed).</summary>
public sealed record LimitExceededError(int Limit, string Message) : DomainError(Message)
{
    public override string Code => "LIMIT_EXCEEDED";

    /// <summary>For a balance (quotas): what is left, when the limit is one.</summary>
    public int? Remaining { get; init; }

    /// <summary>For a balance (quotas): what the refused request needed.</summary>
    public int? Needed { get; init; }
}
