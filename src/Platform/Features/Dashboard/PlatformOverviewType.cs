using GraphQL.Types;
using KooMessage.Platform.Features.Statistics;
using KooMessage.Platform.Reviews;

namespace KooMessage.Platform.Features.Dashboard;

public sealed class PlatformOverviewType : ObjectGraphType<PlatformOverview>
{
    public PlatformOverviewType()
    {
        Name = "PlatformOverview";
        Description = "The platform's overview, for platform principals: tenants, the review queue and traffic across all tenants.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StatusCountType>>>>("tenants").Description("Tenants by status (ACTIVE, SUSPENDED).")
            .Resolve(c => c.Source.Tenants);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ReviewQueueLengthType>>>>("reviewQueue")
            .Description("Submissions waiting for review, per kind with the oldest waiting (kinds with none waiting are left out).")
            .Resolve(c => c.Source.ReviewQueue);
        Field<NonNullGraphType<MessageTrafficType>>("traffic").Description("Sent, delivered and clicked across tenants, today and in the last hour.")
            .Resolve(c => c.Source.Traffic);
    }
}
