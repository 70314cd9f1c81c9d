using GraphQL;
using GraphQL.DataLoader;

namespace KooMessage.Platform.GraphQL.Relay;

/// <summary>A GraphQL object type that can load its objects by key for <c>node(id:)</c>.</summary>
public interface INodeType
{
    /// <summary>Loads the object if the viewer may see it; otherwise null, exactly as if it did not exist.</summary>
    IDataLoaderResult<object?> LoadNode(IResolveFieldContext context, Guid id);
}
