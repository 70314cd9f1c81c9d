using KooMessage.Platform.Tenancy;
using KooMessage.Platform.Domain;
using GraphQL;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace KooMessage.Platform.GraphQL.Authorization;

/// <summary>
/// Checks, during validation, that the caller may select every field of the operation it runs
/// (fragments included, other operations of the document ignored). A refused request executes
/// nothing; the transport answers 401 (no credentials) or 403 (missing role).
/// </summary>
public sealed class AuthorizationValidationRule : ValidationRuleBase
{
    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
        => new(new Visitor());

    private sealed class Visitor : INodeVisitor
    {
        private readonly List<(ASTNode Node, string Code, string Message)> _operationViolations = [];
        private readonly Dictionary<string, List<(ASTNode Node, string Code, string Message)>> _fragmentViolations = [];
        private List<(ASTNode Node, string Code, string Message)>? _current;

        public ValueTask EnterAsync(ASTNode node, ValidationContext context)
        {
            switch (node)
            {
                case GraphQLOperationDefinition operation:
                    _current = operation == context.Operation ? _operationViolations : null;
                    break;
                case GraphQLFragmentDefinition fragment:
                    _current = [];
                    _fragmentViolations[fragment.FragmentName.Name.StringValue] = _current;
                    break;
                case GraphQLField field when _current is not null:
                    Check(field, context);
                    break;
            }
            return default;
        }

        public ValueTask LeaveAsync(ASTNode node, ValidationContext context)
        {
            if (node is not GraphQLDocument)
                return default;
            var violations = new List<(ASTNode Node, string Code, string Message)>(_operationViolations);
            foreach (var fragment in context.GetRecursivelyReferencedFragments(context.Operation) ?? [])
            {
                if (_fragmentViolations.TryGetValue(fragment.FragmentName.Name.StringValue, out var found))
                    violations.AddRange(found);
            }
            // Unauthenticated callers learn only that they must authenticate, not which fields exist for whom.
            var unauthenticated = violations.FirstOrDefault(v => v.Code == ErrorCodes.NotAuthenticated);
            if (unauthenticated.Node is not null)
                violations = [unauthenticated];
            foreach (var (errorNode, code, message) in violations)
                context.ReportError(new global::GraphQL.Validation.ValidationError(context.Document.Source, null, message, errorNode) { Code = code });
            return default;
        }

        private void Check(GraphQLField field, ValidationContext context)
        {
            var definition = context.TypeInfo.GetFieldDef();
            var parent = context.TypeInfo.GetParentType();
            if (definition is null || parent is null || definition.Name.StartsWith("__", StringComparison.Ordinal))
                return;

            var isRoot = parent == context.Schema.Query || parent == context.Schema.Mutation || parent == context.Schema.Subscription;
            if (definition.IsAnonymousAllowed())
                return;
            var roles = definition.GetRoles();
            if (!isRoot && !definition.IsAuthorizationRequired())
                return;

            var user = context.User;
            if (user?.Identity?.IsAuthenticated != true)
            {
                _current!.Add((field, ErrorCodes.NotAuthenticated,
                    "Authentication required: send an API key as 'Authorization: Bearer <key>' (or a JWT, when configured)."));
                return;
            }
            if (roles is { Count: > 0 } && !roles.Any(user.IsInRole))
            {
                // Claim values are kebab-case (as JWT issuers spell them); the message speaks the schema's Role enum.
                var wanted = string.Join(", ", roles.Select(r => RoleNames.Parse(r) is { } role ? EnumNames.Of(role) : r));
                _current!.Add((field, ErrorCodes.NotAuthorized,
                    $"The field '{parent.Name}.{definition.Name}' requires one of the roles: {wanted}."));
            }
        }
    }
}
