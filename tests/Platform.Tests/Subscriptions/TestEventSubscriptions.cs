using GraphQL;
using GraphQL.Types;
using KooMessage.Platform.Events;
using KooMessage.Platform.GraphQL;

namespace KooMessage.Platform.Tests.Subscriptions;

/// <summary>
/// <c>testEvents</c>: the caller's tenant's test events, filtered by tenant in the stream resolver
/// (as feature subscriptions do); <c>refusedEvents</c>: a stream resolver that refuses.
/// </summary>
public sealed class TestEventSubscriptions : ISubscriptionFields
{
    /// <summary>Adds the test subscription fields (and what they resolve with) to a test host.</summary>
    public static void Register(IServiceCollection services)
    {
        services.AddSingleton<ISubscriptionFields, TestEventSubscriptions>();
        services.AddTransient<TestEventType>();
        services.AddScoped<ScopeMarker>();
    }

    public void AddFields(ObjectGraphType subscription)
    {
        subscription.Field<NonNullGraphType<TestEventType>, TestEvent>("testEvents")
            .ResolveStream(ctx =>
            {
                var tenantId = ctx.Tenant().TenantId;
                return ctx.Service<IEventBus>().Observe<TestEvent>(TestEvent.Topic)
                    .Where(e => e.Text == TestEvent.Poison ? throw new InvalidOperationException("poisoned") : e.TenantId == tenantId);
            });
        subscription.Field<NonNullGraphType<TestEventType>, TestEvent>("refusedEvents")
            .ResolveStream(IObservable<TestEvent?> (_) => throw new ExecutionError("Not for you.") { Code = "REFUSED" });
    }
}
