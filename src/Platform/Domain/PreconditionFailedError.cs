namespace KooMessage.Platform.Domain;

/// <summary>Something else must happen first (e.g. an approved filing before SMS apps).</summary>
public sealed record PreconditionFailedError(string Precondition, string Message) : DomainError(Message)
{
    public override string Code => "PRECONDITION_FAILED";
}
