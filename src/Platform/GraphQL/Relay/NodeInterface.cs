using GraphQL.Types;

namespace KooMessage.Platform.GraphQL.Relay;

/// <summary>Relay's <c>interface Node { id: ID! }</c>: anything refetchable through <c>node(id:)</c>.</summary>
public sealed class NodeInterface : InterfaceGraphType
{
    public NodeInterface()
    {
        Name = "Node";
        Description = "An object with a global ID, refetchable with `node(id:)`.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Opaque global identifier.");
    }
}
