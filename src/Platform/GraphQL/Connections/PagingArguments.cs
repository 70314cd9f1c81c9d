using GraphQL;
using KooMessage.Platform.GraphQL.Limits;

namespace KooMessage.Platform.GraphQL.Connections;

/// <summary>Validated <c>first/after/last/before</c> of a connection field.</summary>
public sealed record PagingArguments(int? First, int? After, int? Last, int? Before)
{
    public static PagingArguments From(IResolveFieldContext context, GraphQLLimits limits)
    {
        var first = context.GetArgument<int?>("first");
        var last = context.GetArgument<int?>("last");
        foreach (var (name, value) in new[] { ("first", first), ("last", last) })
        {
            if (value < 0)
                throw new ExecutionError($"'{name}' must not be negative.") { Code = ErrorCodes.PagingLimitExceeded };
            if (value > limits.MaxPageSize)
                throw new ExecutionError($"'{name}' may be at most {limits.MaxPageSize}.") { Code = ErrorCodes.PagingLimitExceeded };
        }
        if (first is null && last is null)
            first = limits.DefaultPageSize;
        var after = context.GetArgument<string?>("after") is { } a ? Cursors.Decode(a, "after") : (int?)null;
        var before = context.GetArgument<string?>("before") is { } b ? Cursors.Decode(b, "before") : (int?)null;
        return new PagingArguments(first, after, last, before);
    }
}
