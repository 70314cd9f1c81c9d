namespace KooMessage.Platform.Domain;

/// <summary>
/// An expected failure of a mutation (bad input, missing object, a rule broken). Each concrete
/// record has a GraphQL object type implementing <c>interface Error</c> and reaches the client in
/// the payload's <c>errors</c> list, never as a top-level error.
/// </summary>
public abstract record DomainError(string Message)
{
    /// <summary>Stable machine-readable code, also used when the error must surface top-level.</summary>
    public abstract string Code { get; }
}
