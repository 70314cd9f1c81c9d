namespace KooMessage.Platform.GraphQL.Relay;

/// <summary>
/// An entity clients name by global ID. It says once how the API names it, so every lookup and every
/// <c>NotFoundError</c> for it spells the same type and noun.
/// </summary>
public interface INodeEntity
{
    /// <summary>The type name inside its global IDs: the name of its GraphQL object type. Stable, since clients keep IDs.</summary>
    static abstract string GraphTypeName { get; }

    /// <summary>What messages call it: "No {Noun} with id '…' was found."</summary>
    static abstract string Noun { get; }
}
