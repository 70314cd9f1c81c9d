using GraphQL.Types;

namespace KooMessage.Platform.GraphQL;

/// <summary>The root <c>Subscription</c> type, assembled from every feature's <see cref="ISubscriptionFields"/>.</summary>
public sealed class SubscriptionType : ObjectGraphType
{
    public SubscriptionType(IEnumerable<ISubscriptionFields> contributions)
    {
        Name = "Subscription";
        foreach (var contribution in contributions)
            contribution.AddFields(this);
    }
}
