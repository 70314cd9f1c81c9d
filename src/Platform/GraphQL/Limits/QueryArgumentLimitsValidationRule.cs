using System.Collections;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser.AST;
using KooMessage.Platform.GraphQL.Filtering;
using KooMessage.Platform.GraphQL.Sorting;
using Microsoft.Extensions.Options;

namespace KooMessage.Platform.GraphQL.Limits;

/// <summary>
/// Bounds the <c>where</c> and <c>order</c> arguments of connections once their values (literals or
/// variables) are parsed and before any resolver builds an expression tree from them: nesting of
/// <c>and</c>/<c>or</c>, branches per list, conditions in all, <c>in</c> list lengths, sort entries.
/// The walk uses an explicit stack, so no argument value makes it recurse. A request over a limit
/// fails validation (400 with <c>INVALID_FILTER</c>) and runs nothing.
/// </summary>
public sealed class QueryArgumentLimitsValidationRule(IOptions<DocumentLimits> options) : ValidationRuleBase
{
    public override ValueTask<INodeVisitor?> GetPostNodeVisitorAsync(ValidationContext context)
        => context.ArgumentValues is null
            ? default
            : new(new MatchingNodeVisitor<GraphQLField>((field, validation) => Check(field, validation, options.Value)));

    private static void Check(GraphQLField node, ValidationContext context, DocumentLimits limits)
    {
        if (context.TypeInfo.GetFieldDef() is not { Arguments: { } definitions }
            || context.ArgumentValues is null || !context.ArgumentValues.TryGetValue(node, out var arguments))
            return;
        foreach (var (name, argument) in arguments)
        {
            var type = definitions.Find(name)?.ResolvedType;
            while (type is IProvideResolvedType wrapper)
                type = wrapper.ResolvedType;
            var problem = type switch
            {
                IFilterInputType when argument.Value is IDictionary<string, object?> where => CheckFilter(where, limits),
                ISortInputType when argument.Value is ICollection order && order.Count > limits.MaxSortFields
                    => $"'order' has {order.Count} entries; the maximum is {limits.MaxSortFields}.",
                _ => null,
            };
            if (problem is not null)
                context.ReportError(new ValidationError(context.Document.Source, null, problem, node)
                { Code = ErrorCodes.InvalidFilter });
        }
    }

    private static string? CheckFilter(IDictionary<string, object?> where, DocumentLimits limits)
    {
        var conditions = 0;
        var pending = new Stack<(IDictionary<string, object?> Node, int Depth)>();
        pending.Push((where, 0));
        while (pending.Count > 0)
        {
            var (node, depth) = pending.Pop();
            foreach (var (key, value) in node)
            {
                switch (key, value)
                {
                    case (_, null):
                        break;
                    case ("and" or "or", ICollection branches):
                        if (depth + 1 > limits.MaxFilterDepth)
                            return $"'where' nests and/or more than {limits.MaxFilterDepth} levels deep.";
                        if (branches.Count > limits.MaxFilterBranches)
                            return $"'{key}' has {branches.Count} conditions; the maximum is {limits.MaxFilterBranches}.";
                        foreach (var branch in branches)
                        {
                            if (branch is IDictionary<string, object?> child)
                                pending.Push((child, depth + 1));
                        }
                        break;
                    case (_, IDictionary<string, object?> operations):
                        foreach (var (operation, operand) in operations)
                        {
                            if (++conditions > limits.MaxFilterConditions)
                                return $"'where' has more than {limits.MaxFilterConditions} conditions.";
                            if (operand is ICollection list && list.Count > limits.MaxFilterListLength)
                                return $"'{key}.{operation}' lists {list.Count} values; the maximum is {limits.MaxFilterListLength}.";
                        }
                        break;
                }
            }
        }
        return null;
    }
}
