using GraphQL.Types;

namespace KooMessage.Platform.Features.Dashboard;

public sealed class DashboardUpdateType : ObjectGraphType<DashboardUpdate>
{
    public DashboardUpdateType()
    {
        Name = "DashboardUpdate";
        Description = "The overview after some of its counters changed: the first message has every counter, later ones only the changed (at most one message a second).";
        Field(x => x.Scope).Description("The scope subscribed to.");
        Field<NonNullGraphType<OverviewType>>("overview")
            .Description("The whole overview now: its tenant part for TENANT, its platform part for PLATFORM.")
            .Resolve(c => c.Source.Overview);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DashboardCounterType>>>>("changed")
            .Description("The counters that changed since this subscriber's previous message (every counter in the first message), by name.")
            .Resolve(c => c.Source.Changed);
    }
}
