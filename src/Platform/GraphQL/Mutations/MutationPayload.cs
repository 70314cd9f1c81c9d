using KooMessage.Platform.Domain;

namespace KooMessage.Platform.GraphQL.Mutations;

/// <summary>
/// What a mutation returns: named result fields on success, or the typed errors on failure
/// (then every result field is null). Built by resolvers, shaped by the mutation's payload type.
/// </summary>
public sealed class MutationPayload
{
    private readonly IReadOnlyDictionary<string, object?> _values;

    private MutationPayload(IReadOnlyDictionary<string, object?> values, IReadOnlyList<DomainError>? errors)
    {
        _values = values;
        Errors = errors;
    }

    /// <summary>Null on success, as HotChocolate's mutation conventions return it.</summary>
    public IReadOnlyList<DomainError>? Errors { get; }

    public static MutationPayload Success(string field, object? value) => new(new Dictionary<string, object?> { [field] = value }, null);

    public static MutationPayload Success(params (string Field, object? Value)[] values)
        => new(values.ToDictionary(v => v.Field, v => v.Value), null);

    public static MutationPayload Failure(IReadOnlyList<DomainError> errors) => new(new Dictionary<string, object?>(), errors);

    public object? Get(string field) => _values.GetValueOrDefault(field);
}
