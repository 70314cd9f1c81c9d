using GraphQL.Types;
using KooMessage.Platform.GraphQL;
using KooMessage.Platform.Tenancy.ApiKeys;
using Microsoft.EntityFrameworkCore;

namespace KooMessage.Platform.Tests.Subscriptions;

/// <summary>
/// The test event as GraphQL. Besides the event's own fields it resolves things from the scope the
/// event is resolved in: the viewer, the tenant, a per-scope marker and a tenant-filtered count from
/// the DbContext.
/// </summary>
public sealed class TestEventType : ObjectGraphType<TestEvent>
{
    public TestEventType()
    {
        Name = "TestEvent";
        Field<NonNullGraphType<IntGraphType>>("sequence").Resolve(ctx => ctx.Source.Sequence);
        Field<NonNullGraphType<StringGraphType>>("text").Resolve(ctx => ctx.Source.Text);
        Field<StringGraphType>("viewerName").Resolve(ctx => ctx.Viewer().Principal.Identity?.Name);
        Field<StringGraphType>("tenantSlug").Resolve(ctx => ctx.Tenant().TenantSlug);
        Field<NonNullGraphType<StringGraphType>>("scopeId").Resolve(ctx => ctx.Service<ScopeMarker>().Id.ToString("N"));
        Field<NonNullGraphType<IntGraphType>>("visibleApiKeys").ResolveAsync(async ctx => await ctx.Db().Set<ApiKey>().CountAsync(ctx.CancellationToken));
    }
}
