using GraphQL.Types;

namespace KooMessage.Platform.GraphQL;

/// <summary>
/// A feature's fields on the root <c>Query</c> type (HotChocolate's <c>[QueryType]</c> extension,
/// done by hand): every implementation in the assembly is discovered and asked to add its fields.
/// </summary>
public interface IQueryFields
{
    void AddFields(ObjectGraphType query);
}
