namespace KooMessage.Platform.Domain;

/// <summary>
/// Carries one or more <see cref="DomainError"/>s out of entity methods and rules. The mutation
/// convention catches it, discards pending changes and returns the errors in the payload.
/// </summary>
public sealed class DomainException : Exception
{
    public DomainException(DomainError error) : this([error])
    {
    }

    public DomainException(IReadOnlyList<DomainError> errors)
        : base(string.Join(" ", errors.Select(e => e.Message)))
    {
        if (errors.Count == 0)
            throw new ArgumentException("At least one error is required.", nameof(errors));
        Errors = errors;
    }

    public IReadOnlyList<DomainError> Errors { get; }
}
