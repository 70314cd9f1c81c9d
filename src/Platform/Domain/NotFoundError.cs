namespace KooMessage.Platform.Domain;

/// <summary>
/// The referenced object does not exist — or belongs to another tenant, which must look exactly the
/// same to the caller (same message, no hint of existence).
/// </summary>
public sealed record NotFoundError(string Field, string Id, string Message) : DomainError(Message)
{
    public override string Code => "NOT_FOUND";

    public static NotFoundError For(string field, string? id, string typeName)
        => new(field, id ?? string.Empty, $"No {typeName} with id '{id}' was found.");
}
