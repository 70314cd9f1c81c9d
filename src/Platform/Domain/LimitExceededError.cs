namespace KooMessage.Platform.Domain;

/// <summary>A count limit would be exceeded (e.g. a third SMS app where two are allowed).</summary>
public sealed record LimitExceededError(int Limit, string Message) : DomainError(Message)
{
    public override string Code => "LIMIT_EXCEEDED";
}
