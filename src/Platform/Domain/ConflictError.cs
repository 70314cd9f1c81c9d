namespace KooMessage.Platform.Domain;

/// <summary>A uniqueness rule or a concurrent change won over this request; retrying after a refetch may succeed.</summary>
public sealed record ConflictError(string Message, string? Field = null) : DomainError(Message)
{
    public override string Code => "CONFLICT";
}
