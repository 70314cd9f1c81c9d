using GraphQL.Types;
using KooMessage.Platform.GraphQL.Errors;

namespace KooMessage.Platform.GraphQL;

/// <summary>The one public schema; <c>schema/schema.graphql</c> is its printed form.</summary>
public sealed class KooMessageSchema : Schema
{
    public KooMessageSchema(IServiceProvider services, QueryType query, MutationType mutation, IEnumerable<ISubscriptionFields> subscriptions)
        : base(services)
    {
        // What graphql-js's introspection query asks with every option (codegen, Apollo, GraphiQL): isRepeatable on
        // directives, includeDeprecated on arguments and input fields.
        Features.RepeatableDirectives = true;
        Features.DeprecationOfInputValues = true;
        Description = "KooMessage Platform: multi-tenant smart messaging (云消息服务) as one GraphQL API.";
        // Before any field is built: every DateTime reads dates as the CSV endpoints do.
        RegisterTypeMapping(typeof(DateTime), typeof(IsoDateTimeGraphType));
        Query = query;
        Mutation = mutation;
        if (subscriptions.Any())
            Subscription = services.GetRequiredService<SubscriptionType>();
        // Error types all stay in the schema even before a mutation declares them, so clients can rely on them.
        RegisterType(typeof(ValidationErrorType));
        RegisterType(typeof(NotFoundErrorType));
        RegisterType(typeof(ConflictErrorType));
        RegisterType(typeof(InvalidStateErrorType));
        RegisterType(typeof(LimitExceededErrorType));
        RegisterType(typeof(PreconditionFailedErrorType));
    }

    protected override void OnBeforeInitializeType(IGraphType graphType)
    {
        base.OnBeforeInitializeType(graphType);
        IntrospectionCompletion.Complete(graphType);
    }
}
