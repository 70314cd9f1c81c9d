using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Types;
using KooMessage.Platform.GraphQL.Authorization;
using KooMessage.Platform.GraphQL.Limits;
using Microsoft.Extensions.Options;

namespace KooMessage.Platform.GraphQL.Relay;

/// <summary><c>node(id:)</c> and <c>nodes(ids:)</c>: refetch any object by its global ID.</summary>
public sealed class NodeQueries(IOptions<GraphQLLimits> limits) : IQueryFields
{
    public void AddFields(ObjectGraphType query)
    {
        query.Field<NodeInterface>("node")
            .Description("Fetches an object by its global ID; null when it does not exist or is not visible to the caller.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .RequireAuthenticated()
            .Resolve(ctx => Load(ctx, ctx.GetArgument<string>("id")));

        query.Field<NonNullGraphType<ListGraphType<NodeInterface>>>("nodes")
            .Description("Fetches several objects by global ID, in order; an entry is null when not found or not visible.")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("ids")
            .RequireAuthenticated()
            .Resolve(ctx =>
            {
                var ids = ctx.GetArgument<List<string>>("ids");
                if (ids.Count > limits.Value.MaxPageSize)
                    throw new ExecutionError($"At most {limits.Value.MaxPageSize} ids can be fetched at once.") { Code = ErrorCodes.PagingLimitExceeded };
                return new AllResults(ids.Select(id => Load(ctx, id)).ToList());
            });
    }

    private static IDataLoaderResult<object?> Load(IResolveFieldContext context, string id)
    {
        if (GlobalId.TryDecode(id, out var typeName, out var key) && context.Schema.AllTypes[typeName] is INodeType nodeType)
            return nodeType.LoadNode(context, key);
        return Missing.Instance;
    }

    private sealed class Missing : IDataLoaderResult<object?>
    {
        public static readonly Missing Instance = new();

        public Task<object?> GetResultAsync(CancellationToken cancellationToken = default) => Task.FromResult<object?>(null);
    }

    /// <summary>Awaits every pending node; their loaders batch because all were queued before the first await.</summary>
    private sealed class AllResults(List<IDataLoaderResult<object?>> items) : IDataLoaderResult<object?>
    {
        public async Task<object?> GetResultAsync(CancellationToken cancellationToken = default)
        {
            var results = new List<object?>(items.Count);
            foreach (var item in items)
                results.Add(await item.GetResultAsync(cancellationToken));
            return results;
        }
    }
}
