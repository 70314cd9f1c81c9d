using GraphQL;
using GraphQL.Types;
using KooMessage.Platform.Events;
using KooMessage.Platform.GraphQL;
using KooMessage.Platform.GraphQL.Authorization;
using KooMessage.Platform.GraphQL.Relay;
using KooMessage.Platform.Transport.Streaming;

namespace KooMessage.Platform.Reviews;

public sealed class ReviewSubscriptions : ISubscriptionFields
{
    public void AddFields(ObjectGraphType subscription)
    {
        subscription.Field<NonNullGraphType<ReviewStatusChangeType>>("reviewStatusChanged")
            .Description("Every review transition of the caller's tenant; platform principals receive all tenants' (or one tenant's, with tenantId).")
            .Argument<ListGraphType<NonNullGraphType<ReviewSubjectKindType>>>("kinds", "Only these kinds; all when omitted.")
            .Argument<IdGraphType>("tenantId", "Platform principals: only this tenant.")
            .RequireAuthenticated()
            .ResolveStream(Subscribe)
            .ShareEventsAmongEqualSubscribers()
            .Resolve(ctx => (ReviewStatusChanged)ctx.Source!);
    }

    /// <summary>The tenant filter runs here, on the server, before an event is resolved or written anywhere.</summary>
    private static IObservable<ReviewStatusChanged> Subscribe(IResolveFieldContext context)
    {
        var kinds = context.GetArgument<List<string>?>("kinds")?.ToHashSet();
        Guid? tenant;
        if (context.Viewer().IsPlatformPrincipal)
        {
            var requested = context.GetArgument<string?>("tenantId");
            tenant = requested is null ? context.Tenant().TenantId
                : GlobalId.TryDecode(requested, "Tenant", out var id) ? id
                : throw new ExecutionError($"'{requested}' is not a tenant ID.") { Code = ErrorCodes.InvalidRequest };
        }
        else
        {
            tenant = context.Tenant().TenantId ?? throw new ExecutionError("The caller has no tenant.") { Code = ErrorCodes.NotAuthorized };
        }
        return context.Service<IEventBus>().Observe<ReviewStatusChanged>(ReviewStatusChanged.Topic)
            .Where(e => (tenant is null || e.TenantId == tenant) && (kinds is null || kinds.Contains(e.SubjectKind)));
    }
}
