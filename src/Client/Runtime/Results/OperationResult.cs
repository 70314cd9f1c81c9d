using System.Text.Json;

namespace KooMessage.Client;

/// <summary>
/// What a GraphQL operation returned: typed data and top-level errors. Both can be present (a
/// partial result). Expected domain failures of mutations are not here but in the payload's
/// typed <c>errors</c> field.
/// </summary>
public sealed class OperationResult<TData>
    where TData : class
{
    public OperationResult(TData? data, IReadOnlyList<GraphQLError> errors, IReadOnlyDictionary<string, JsonElement>? extensions = null)
    {
        Data = data;
        Errors = errors;
        Extensions = extensions ?? new Dictionary<string, JsonElement>();
    }

    public TData? Data { get; }

    public IReadOnlyList<GraphQLError> Errors { get; }

    public IReadOnlyDictionary<string, JsonElement> Extensions { get; }

    /// <summary>Data arrived and no error was reported.</summary>
    public bool IsSuccess => Data is not null && Errors.Count == 0;

    /// <summary>Returns the data, or throws <see cref="GraphQLOperationException"/> when there are errors or no data.</summary>
    public TData EnsureNoErrors() =>
        IsSuccess ? Data! : throw new GraphQLOperationException(Errors);
}
