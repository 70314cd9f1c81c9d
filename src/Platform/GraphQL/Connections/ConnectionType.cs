using GraphQL.Types;

namespace KooMessage.Platform.GraphQL.Connections;

/// <summary><c>{Node}Connection { edges nodes pageInfo totalCount }</c> for any node type.</summary>
public sealed class ConnectionType<TNodeType> : ObjectGraphType<Connection>
    where TNodeType : IGraphType
{
    public ConnectionType()
    {
        var node = GraphTypeNames.Of(typeof(TNodeType));
        Name = $"{node}Connection";
        Description = $"A page of {node} items.";
        Field(x => x.Edges, typeof(NonNullGraphType<ListGraphType<NonNullGraphType<EdgeType<TNodeType>>>>))
            .Description("The items of this page with their cursors.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TNodeType>>>>("nodes")
            .Description("The items of this page, without cursors.").Resolve(c => c.Source.Edges.Select(e => e.Node));
        Field(x => x.PageInfo).Description("Pagination information.");
        Field<NonNullGraphType<IntGraphType>>("totalCount").Description("Total items matching the filter, across all pages.")
            .ResolveAsync(async c => await c.Source.TotalCount(c.CancellationToken));
    }
}
