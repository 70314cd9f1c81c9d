using GraphQL.Types;

namespace KooMessage.Platform.GraphQL;

/// <summary>The root <c>Mutation</c> type, assembled from every feature's <see cref="IMutationFields"/>.</summary>
public sealed class MutationType : ObjectGraphType
{
    public MutationType(IEnumerable<IMutationFields> contributions)
    {
        Name = "Mutation";
        foreach (var contribution in contributions)
            contribution.AddFields(this);
    }
}
