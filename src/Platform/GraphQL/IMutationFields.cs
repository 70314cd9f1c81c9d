using GraphQL.Types;

namespace KooMessage.Platform.GraphQL;

/// <summary>A feature's fields on the root <c>Mutation</c> type; see <see cref="IQueryFields"/>.</summary>
public interface IMutationFields
{
    void AddFields(ObjectGraphType mutation);
}
