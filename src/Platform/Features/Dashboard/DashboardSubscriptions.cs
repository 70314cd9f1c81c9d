using GraphQL;
using GraphQL.Types;
using KooMessage.Platform.GraphQL;
using KooMessage.Platform.GraphQL.Authorization;
using KooMessage.Platform.Features.Statistics;

namespace KooMessage.Platform.Features.Dashboard;

public sealed class DashboardSubscriptions : ISubscriptionFields
{
    public void AddFields(ObjectGraphType subscription)
    {
        subscription.Field<NonNullGraphType<DashboardUpdateType>>("dashboardUpdated")
            .Description("The overview (总览) live: the whole overview first, then whenever its counters change, at most one message a second "
                + "(a dispatch of any size is a few messages, never one per recipient), with the counters that changed. TENANT follows the caller's "
                + "tenant; PLATFORM, for platform principals, the whole platform.")
            .Argument<NonNullGraphType<EnumType<DashboardScope>>>("scope", "Whose numbers.")
            .Argument<StringGraphType>("timeZone", a =>
            {
                a.Description = "The IANA time zone whose local day 'today' is.";
                a.DefaultValue = StatisticsRules.DefaultTimeZone;
            })
            .RequireAuthenticated()
            .ResolveStream(Subscribe)
            .Resolve(ctx => (DashboardUpdate)ctx.Source!);
    }

    /// <summary>The scope and tenant are fixed here, on the server, from the caller's credentials: a subscriber never hears another tenant's numbers.</summary>
    private static IObservable<DashboardUpdate> Subscribe(IResolveFieldContext context)
    {
        var timeZone = context.GetArgument<string?>("timeZone") ?? StatisticsRules.DefaultTimeZone;
        StatisticsRules.Zone(timeZone);
        var key = context.GetArgument<DashboardScope>("scope") switch
        {
            DashboardScope.Platform when context.Viewer().IsPlatformPrincipal => new DashboardKey(DashboardScope.Platform, null, timeZone),
            DashboardScope.Platform => throw new ExecutionError("The platform dashboard is for platform principals.") { Code = ErrorCodes.NotAuthorized },
            _ => new DashboardKey(DashboardScope.Tenant, context.RequireTenantId(), timeZone),
        };
        return context.Service<DashboardHub>().Observe(key);
    }
}
