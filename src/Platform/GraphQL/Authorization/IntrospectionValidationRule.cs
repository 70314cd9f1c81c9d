using GraphQL.Validation;
using GraphQLParser.AST;
using KooMessage.Platform.GraphQL.Limits;
using Microsoft.Extensions.Options;

namespace KooMessage.Platform.GraphQL.Authorization;

/// <summary>
/// Applies <see cref="GraphQLLimits.Introspection"/>: with <c>Authenticated</c> an anonymous
/// <c>__schema</c>/<c>__type</c> gets 401 AUTH_NOT_AUTHENTICATED, with <c>Disabled</c> everyone gets 400
/// INTROSPECTION_DISABLED. Nothing runs in either case.
/// </summary>
public sealed class IntrospectionValidationRule(IOptions<GraphQLLimits> options) : ValidationRuleBase
{
    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
        => options.Value.Introspection == IntrospectionAccess.Enabled
            ? default
            : new(new MatchingNodeVisitor<GraphQLField>((field, validation) => Check(field, validation, options.Value.Introspection)));

    private static void Check(GraphQLField field, ValidationContext context, IntrospectionAccess access)
    {
        if (field.Name.Value.Span is not ("__schema" or "__type"))
            return;
        if (access == IntrospectionAccess.Disabled)
            context.ReportError(new ValidationError(context.Document.Source, null, "Introspection is disabled on this server; use the published schema.", field)
            { Code = ErrorCodes.IntrospectionDisabled });
        else if (context.User?.Identity?.IsAuthenticated != true)
            context.ReportError(new ValidationError(context.Document.Source, null, "Introspection needs an API key on this server.", field)
            { Code = ErrorCodes.NotAuthenticated });
    }
}
