using GraphQL.Types;

namespace KooMessage.Platform.GraphQL.Connections;

/// <summary><c>{Node}Edge { cursor node }</c> for any node type.</summary>
public sealed class EdgeType<TNodeType> : ObjectGraphType<Edge>
    where TNodeType : IGraphType
{
    public EdgeType()
    {
        var node = GraphTypeNames.Of(typeof(TNodeType));
        Name = $"{node}Edge";
        Description = $"An edge in a connection of {node}.";
        Field(x => x.Cursor).Description("Opaque cursor for `after`/`before`.");
        Field(x => x.Node, typeof(NonNullGraphType<TNodeType>)).Description("The item.");
    }
}
