namespace KooMessage.Platform.Domain;

/// <summary>The object is in a state that does not allow this action (e.g. approving a DRAFT).</summary>
public sealed record InvalidStateError(string State, string Message) : DomainError(Message)
{
    public override string Code => "INVALID_STATE";
}
