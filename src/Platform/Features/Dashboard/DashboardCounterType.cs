using GraphQL.Types;

namespace KooMessage.Platform.Features.Dashboard;

public sealed class DashboardCounterType : ObjectGraphType<DashboardCounter>
{
    public DashboardCounterType()
    {
        Name = "DashboardCounter";
        Description = "A counter of the overview that changed since the subscriber's previous message.";
        Field(x => x.Name).Description("The counter's path in the overview, statuses and kinds as the schema spells them: tenant.signatures.APPROVED, "
            + "tenant.filings.SMART_MESSAGE.PENDING, tenant.runningTasks, tenant.traffic.today.sent, platform.reviewQueue.FILING, platform.tenants.ACTIVE.");
        Field(x => x.Value).Description("Its value now (0 when the status has no items left).");
        Field(x => x.Previous, nullable: true).Description("Its value in the subscriber's previous message; null in the first message.");
    }
}
