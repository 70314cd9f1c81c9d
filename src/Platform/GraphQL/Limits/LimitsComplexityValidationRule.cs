using GraphQL.Validation;
using GraphQL.Validation.Complexity;
using GraphQL.Validation.Rules.Custom;
using GraphQLParser.AST;

namespace KooMessage.Platform.GraphQL.Limits;

/// <summary>
/// GraphQL.NET's complexity analysis with our error codes. Cost: each field 1, multiplied by the
/// page size (<c>first</c>/<c>last</c>, else the default list multiplier) of every list around it.
/// Introspection has its own budget instead of a cost (its lists are the schema's, not pages a client
/// chooses): <see cref="DocumentLimits"/> allows one <c>__schema</c> per operation and bounds aliases,
/// <c>ofType</c> nesting and nested type lists, so every tool's introspection query passes and no
/// document can multiply it. Documents that only introspect skip the field-depth check for the same reason.
/// </summary>
public sealed class LimitsComplexityValidationRule(ComplexityOptions options) : ComplexityValidationRule(options)
{
    public static ComplexityOptions CreateOptions(GraphQLLimits limits) => new()
    {
        MaxDepth = limits.MaxDepth,
        MaxComplexity = limits.MaxComplexity,
        DefaultListImpactMultiplier = limits.DefaultPageSize,
        DefaultComplexityImpactDelegate = context =>
            context.ParentType.Name.StartsWith("__", StringComparison.Ordinal)
            || context.FieldDefinition.Name.StartsWith("__", StringComparison.Ordinal)
                ? new FieldComplexityResult(0, 1)
                : DefaultImpact(context),
    };

    private static readonly Func<FieldImpactContext, FieldComplexityResult> DefaultImpact = new ComplexityOptions().DefaultComplexityImpactDelegate;

    protected override ValueTask ValidateComplexityAsync(ValidationContext context, double totalComplexity, int maxDepth)
    {
        context.UserContext[OperationCost.UserContextKey] = OperationCost.Describe(totalComplexity, Options.MaxComplexity, maxDepth);
        if (totalComplexity > Options.MaxComplexity)
        {
            context.ReportError(new ValidationError(
                $"The query costs {totalComplexity} and the maximum is {Options.MaxComplexity}; request fewer items (first/last) or fewer nested lists.")
            { Code = ErrorCodes.MaxComplexityExceeded });
        }
        else if (maxDepth > Options.MaxDepth && !IsIntrospectionOnly(context.Operation))
        {
            context.ReportError(new ValidationError(
                $"The query is nested {maxDepth} levels deep and the maximum is {Options.MaxDepth}.")
            { Code = ErrorCodes.MaxDepthExceeded });
        }
        return default;
    }

    private static bool IsIntrospectionOnly(GraphQLOperationDefinition operation)
        => operation.SelectionSet.Selections.All(s => s is GraphQLField f && f.Name.Value.Span.StartsWith("__"));
}
