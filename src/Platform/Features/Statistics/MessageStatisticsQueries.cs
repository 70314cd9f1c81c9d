using GraphQL;
using KooMessage.Platform.GraphQL.Authorization;
using GraphQL.Types;
using KooMessage.Platform.GraphQL;
using KooMessage.Platform.Tenancy;

namespace KooMessage.Platform.Features.Statistics;

public sealed class MessageStatisticsQueries : IQueryFields
{
    public void AddFields(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<MessageStatisticsRowType>>>>("messageStatistics")
            .Description("Message statistics (数据统计) of the tenant's send tasks per time bucket and group, read from rollups kept with the counters "
                + "(never by counting recipients). Only non-empty buckets are returned, ordered by time. A range over 366 days fails with LIMIT_EXCEEDED.")
            .Argument<MessageStatisticsInput>("input")
            .Authorize(TenantRoles.Workers)
            .ResolveAsync(async ctx => await MessageStatisticsReader.ReadAsync(ctx.Db(), ctx.GetArgument<MessageStatisticsInput>("input"), ctx.CancellationToken));
    }
}
