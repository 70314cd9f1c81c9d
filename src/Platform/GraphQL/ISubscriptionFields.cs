using GraphQL.Types;

namespace KooMessage.Platform.GraphQL;

/// <summary>A feature's fields on the root <c>Subscription</c> type; see <see cref="IQueryFields"/>.</summary>
public interface ISubscriptionFields
{
    void AddFields(ObjectGraphType subscription);
}
