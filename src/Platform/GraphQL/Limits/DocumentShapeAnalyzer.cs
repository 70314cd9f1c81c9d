using GraphQL;
using GraphQLParser.AST;

namespace KooMessage.Platform.GraphQL.Limits;

/// <summary>
/// Checks a parsed document against <see cref="DocumentLimits"/> before validation. Within one
/// definition the walk recurses at most as deep as the parser allowed; fragment spreads are never
/// followed recursively: each fragment is measured once, after the fragments it spreads (an explicit
/// stack orders them), so the work is linear in the document however the fragments nest or repeat.
/// </summary>
public sealed class DocumentShapeAnalyzer
{
    /// <summary>Introspection list fields that lead back to <c>__Type</c>: each multiplies the response by the schema.</summary>
    private static readonly HashSet<string> TypeListFields = ["types", "fields", "inputFields", "interfaces", "possibleTypes"];

    private readonly DocumentLimits _limits;
    private readonly Dictionary<string, GraphQLFragmentDefinition> _fragments = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DocumentShape> _measured = new(StringComparer.Ordinal);
    private readonly Dictionary<GraphQLFragmentDefinition, List<string>> _spreads = [];
    private int _directives;

    private DocumentShapeAnalyzer(DocumentLimits limits) => _limits = limits;

    /// <summary>The first limit the document breaks, or null.</summary>
    public static ExecutionError? Check(GraphQLDocument document, DocumentLimits limits)
        => new DocumentShapeAnalyzer(limits).Run(document);

    private ExecutionError? Run(GraphQLDocument document)
    {
        if (document.Definitions.Count > _limits.MaxDefinitions)
            return DocumentLimitErrors.Create(ErrorCodes.MaxDefinitionsExceeded,
                $"The document defines {document.Definitions.Count} operations and fragments; the maximum is {_limits.MaxDefinitions}.");

        foreach (var definition in document.Definitions)
        {
            var error = definition switch
            {
                GraphQLOperationDefinition operation => CheckWritten(operation),
                GraphQLFragmentDefinition fragment => CheckWritten(fragment),
                _ => null,
            };
            if (error is not null)
                return error;
        }

        if (MeasureFragments() is { } cycle)
            return cycle;

        foreach (var operation in document.Definitions.OfType<GraphQLOperationDefinition>())
        {
            if (CheckExpanded(operation, Measure(operation.SelectionSet, introspection: false)) is { } error)
                return error;
        }
        return null;
    }

    /// <summary>Limits on the document as written: selections per set, directives, variables.</summary>
    private ExecutionError? CheckWritten(GraphQLOperationDefinition operation)
    {
        var variables = operation.Variables?.Items ?? [];
        if (variables.Count > _limits.MaxVariables)
            return DocumentLimitErrors.Create(ErrorCodes.MaxVariablesExceeded,
                $"The operation declares {variables.Count} variables; the maximum is {_limits.MaxVariables}.");
        foreach (var variable in variables)
        {
            if (CountDirectives(variable) is { } error)
                return error;
        }
        return CountDirectives(operation) ?? CheckSelections(operation.SelectionSet, spreads: null);
    }

    private ExecutionError? CheckWritten(GraphQLFragmentDefinition fragment)
    {
        var spreads = new List<string>();
        _spreads[fragment] = spreads;
        _fragments.TryAdd(fragment.FragmentName.Name.StringValue, fragment);
        return CountDirectives(fragment) ?? CheckSelections(fragment.SelectionSet, spreads);
    }

    private ExecutionError? CheckSelections(GraphQLSelectionSet set, List<string>? spreads)
    {
        if (set.Selections.Count > _limits.MaxSelectionsPerSet)
            return DocumentLimitErrors.Create(ErrorCodes.MaxSelectionsExceeded,
                $"A selection set has {set.Selections.Count} selections; the maximum is {_limits.MaxSelectionsPerSet}.");
        foreach (var selection in set.Selections)
        {
            if (selection is GraphQLFragmentSpread spread)
                spreads?.Add(spread.FragmentName.Name.StringValue);
            var error = CountDirectives((IHasDirectivesNode)selection) ?? selection switch
            {
                GraphQLField { SelectionSet: { } child } => CheckSelections(child, spreads),
                GraphQLInlineFragment inline => CheckSelections(inline.SelectionSet, spreads),
                _ => null,
            };
            if (error is not null)
                return error;
        }
        return null;
    }

    private ExecutionError? CountDirectives(IHasDirectivesNode node)
    {
        var count = node.Directives?.Items.Count ?? 0;
        if (count > _limits.MaxDirectivesPerLocation)
            return DocumentLimitErrors.Create(ErrorCodes.MaxDirectivesExceeded,
                $"A node has {count} directives; the maximum per location is {_limits.MaxDirectivesPerLocation}.");
        _directives += count;
        return _directives > _limits.MaxDirectives
            ? DocumentLimitErrors.Create(ErrorCodes.MaxDirectivesExceeded,
                $"The document has more than {_limits.MaxDirectives} directives.")
            : null;
    }

    /// <summary>Measures every fragment after the fragments it spreads (depth-first on an explicit stack); a cycle is an error.</summary>
    private ExecutionError? MeasureFragments()
    {
        var inProgress = new HashSet<string>(StringComparer.Ordinal);
        var stack = new Stack<(string Name, int Next)>();
        foreach (var root in _fragments.Keys)
        {
            if (_measured.ContainsKey(root))
                continue;
            stack.Push((root, 0));
            inProgress.Add(root);
            while (stack.Count > 0)
            {
                var (name, next) = stack.Pop();
                var fragment = _fragments[name];
                var spreads = _spreads[fragment];
                if (next < spreads.Count)
                {
                    stack.Push((name, next + 1));
                    var target = spreads[next];
                    if (inProgress.Contains(target))
                        return DocumentLimitErrors.Create(ErrorCodes.FragmentCycle, $"Cannot spread fragment '{target}' within itself (via '{name}').");
                    if (_fragments.ContainsKey(target) && !_measured.ContainsKey(target))
                    {
                        inProgress.Add(target);
                        stack.Push((target, 0));
                    }
                    continue;
                }
                inProgress.Remove(name);
                _measured[name] = Measure(fragment.SelectionSet, IsIntrospectionType(fragment.TypeCondition));
            }
        }
        return null;
    }

    /// <summary>The expanded shape of a selection set; spreads read the measured fragment (every spread target is measured first).</summary>
    private DocumentShape Measure(GraphQLSelectionSet set, bool introspection)
    {
        var shape = default(DocumentShape);
        foreach (var selection in set.Selections)
        {
            switch (selection)
            {
                case GraphQLField field:
                    var name = field.Name.StringValue;
                    var inside = introspection || name is "__schema" or "__type";
                    var child = field.SelectionSet is null ? default : Measure(field.SelectionSet, inside);
                    shape = shape.Plus(new DocumentShape(
                        DocumentShape.Add(child.Fields, 1),
                        DocumentShape.Add(child.Aliases, field.Alias is null ? 0 : 1),
                        DocumentShape.Add(child.SchemaIntrospections, name == "__schema" ? 1 : 0),
                        child.Depth + 1,
                        child.SpreadDepth,
                        child.OfTypeDepth + (introspection && name == "ofType" ? 1 : 0),
                        child.IntrospectionCycles + (inside && TypeListFields.Contains(name) ? 1 : 0)));
                    break;
                case GraphQLInlineFragment inline:
                    var body = Measure(inline.SelectionSet, introspection || IsIntrospectionType(inline.TypeCondition));
                    shape = shape.Plus(body with { Depth = body.Depth + 1 });
                    break;
                case GraphQLFragmentSpread spread:
                    if (_measured.TryGetValue(spread.FragmentName.Name.StringValue, out var target))
                        shape = shape.Plus(target with { Depth = target.Depth + 1, SpreadDepth = target.SpreadDepth + 1 });
                    break;
            }
        }
        return shape;
    }

    private static bool IsIntrospectionType(GraphQLTypeCondition? condition)
        => condition?.Type.Name.Value.Span.StartsWith("__") == true;

    /// <summary>Limits on an operation with its fragments expanded: what validation and execution will walk.</summary>
    private ExecutionError? CheckExpanded(GraphQLOperationDefinition operation, DocumentShape shape)
    {
        var name = operation.Name is { } n ? $"Operation '{n.StringValue}'" : "The operation";
        if (shape.SpreadDepth > _limits.MaxFragmentDepth)
            return DocumentLimitErrors.Create(ErrorCodes.MaxFragmentDepthExceeded,
                $"{name} spreads fragments {shape.SpreadDepth} deep; the maximum is {_limits.MaxFragmentDepth}.");
        if (shape.Depth > _limits.MaxNestingDepth)
            return DocumentLimitErrors.Create(ErrorCodes.MaxDepthExceeded,
                $"{name} nests selections {shape.Depth} levels deep with its fragments expanded; the maximum is {_limits.MaxNestingDepth}.");
        if (shape.Fields > _limits.MaxFieldSelections)
            return DocumentLimitErrors.Create(ErrorCodes.MaxFieldsExceeded,
                $"{name} selects {Describe(shape.Fields)} fields with its fragments expanded; the maximum is {_limits.MaxFieldSelections}.");
        if (shape.Aliases > _limits.MaxAliases)
            return DocumentLimitErrors.Create(ErrorCodes.MaxAliasesExceeded,
                $"{name} uses {Describe(shape.Aliases)} aliases with its fragments expanded; the maximum is {_limits.MaxAliases}.");
        if (shape.SchemaIntrospections > _limits.MaxSchemaIntrospections)
            return DocumentLimitErrors.Create(ErrorCodes.IntrospectionLimitExceeded,
                $"{name} selects __schema {Describe(shape.SchemaIntrospections)} times; the maximum is {_limits.MaxSchemaIntrospections}.");
        if (shape.OfTypeDepth > _limits.MaxOfTypeDepth)
            return DocumentLimitErrors.Create(ErrorCodes.IntrospectionLimitExceeded,
                $"{name} nests ofType {shape.OfTypeDepth} deep; the maximum is {_limits.MaxOfTypeDepth}.");
        if (shape.IntrospectionCycles > _limits.MaxIntrospectionCycles)
            return DocumentLimitErrors.Create(ErrorCodes.IntrospectionLimitExceeded,
                $"{name} nests introspection type lists (types, fields, inputFields, interfaces, possibleTypes) {shape.IntrospectionCycles} deep; the maximum is {_limits.MaxIntrospectionCycles}.");
        return null;
    }

    private static string Describe(long count) => count >= int.MaxValue ? "billions of" : count.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
