using GraphQL.Types;

namespace KooMessage.Platform.GraphQL;

/// <summary>The root <c>Query</c> type, assembled from every feature's <see cref="IQueryFields"/>.</summary>
public sealed class QueryType : ObjectGraphType
{
    public QueryType(IEnumerable<IQueryFields> contributions)
    {
        Name = "Query";
        foreach (var contribution in contributions)
            contribution.AddFields(this);
    }
}
