using GraphQL.Types;
using KooMessage.Platform.Data;

namespace KooMessage.Platform.GraphQL.Connections;

public static class ConnectionFieldExtensions
{
    /// <summary>Adds a <c>{Node}Connection!</c> field; finish it with <c>.Resolve(ctx =&gt; query)</c>.</summary>
    public static ConnectionFieldBuilder<TSource, TNodeType, T> Connection<TSource, TNodeType, T>(
        this ComplexGraphType<TSource> parent, string name)
        where TNodeType : IGraphType
        where T : Entity
        => new(parent.Field<NonNullGraphType<ConnectionType<TNodeType>>>(name));

    /// <summary>The same on a root type (<c>Query</c>), where the source is untyped.</summary>
    public static ConnectionFieldBuilder<object?, TNodeType, T> Connection<TNodeType, T>(this ObjectGraphType parent, string name)
        where TNodeType : IGraphType
        where T : Entity
        => parent.Connection<object?, TNodeType, T>(name);
}
