namespace KooMessage.Client;

/// <summary>Thrown by <see cref="OperationResult{TData}.EnsureNoErrors"/>: the server answered, with errors.</summary>
public sealed class GraphQLOperationException : Exception
{
    public GraphQLOperationException(IReadOnlyList<GraphQLError> errors)
        : base(Describe(errors))
    {
        Errors = errors;
    }

    public IReadOnlyList<GraphQLError> Errors { get; }

    private static string Describe(IReadOnlyList<GraphQLError> errors) => errors.Count switch
    {
        0 => "The operation returned no data.",
        1 => "The operation failed: " + errors[0],
        _ => $"The operation failed with {errors.Count} errors: " + string.Join("; ", errors),
    };
}
