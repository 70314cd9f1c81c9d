using System.ComponentModel;

namespace KooMessage.Platform.GraphQL.Authorization;

/// <summary>Who may introspect the schema (<c>__schema</c>, <c>__type</c>; <c>__typename</c> is always allowed).</summary>
public enum IntrospectionAccess
{
    [Description("Everyone, anonymous callers included (tools such as GraphiQL and codegen work without a key).")]
    Enabled,

    [Description("Authenticated callers only.")]
    Authenticated,

    [Description("Nobody: production deployments that publish schema/schema.graphql instead.")]
    Disabled,
}
