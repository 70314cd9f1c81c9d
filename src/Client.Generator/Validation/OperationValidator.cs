using System;
using System.Collections.Generic;
using System.Linq;
using GraphQLParser.AST;
using KooMessage.Client.Generator.Diagnostics;
using KooMessage.Client.Generator.Documents;
using KooMessage.Client.Generator.Schema;

namespace KooMessage.Client.Generator.Validation;

/// <summary>
/// Validates operations and fragments against the schema (the subset of the GraphQL validation
/// rules that decide whether a typed client can be generated) and tells which operations are
/// clean enough to generate: an operation is skipped when it, or a fragment it reaches, is invalid.
/// </summary>
internal sealed class OperationValidator
{
    private static readonly string[] ConditionalDirectives = { "include", "skip" };

    private readonly SchemaModel _schema;
    private readonly ExecutableDocumentSet _documents;
    private readonly DiagnosticCollector _diagnostics;
    private readonly ValueValidator _values;
    private readonly FieldMergeValidator _merge;
    private readonly Dictionary<string, DefinitionFacts> _fragmentFacts = new(StringComparer.Ordinal);

    public OperationValidator(SchemaModel schema, ExecutableDocumentSet documents, DiagnosticCollector diagnostics)
    {
        _schema = schema;
        _documents = documents;
        _diagnostics = diagnostics;
        _values = new ValueValidator(schema, diagnostics);
        _merge = new FieldMergeValidator(schema, documents.Fragments, diagnostics);
    }

    /// <summary>Runs every check and returns the operations that can be generated, ordered by name.</summary>
    public IReadOnlyList<OperationEntry> Validate()
    {
        foreach (var fragment in _documents.Fragments.Values.OrderBy(f => f.Name, StringComparer.Ordinal))
        {
            _fragmentFacts[fragment.Name] = ValidateFragment(fragment);
        }

        MarkFragmentCycles();

        var valid = new List<OperationEntry>();
        foreach (var operation in _documents.Operations)
        {
            if (ValidateOperation(operation))
            {
                valid.Add(operation);
            }
        }

        return valid;
    }

    private DefinitionFacts ValidateFragment(FragmentEntry fragment)
    {
        var facts = new DefinitionFacts();
        var before = _diagnostics.Count;
        RejectDirectives(fragment.Node.Directives, fragment.Source);
        var typeName = fragment.Node.TypeCondition.Type.Name.StringValue;
        var type = _schema.Find(typeName);
        if (type is null)
        {
            Report(GeneratorDiagnostics.UnknownType, fragment.Source, fragment.Node.TypeCondition.Type, $"Fragment '{fragment.Name}' is on unknown type '{typeName}'");
        }
        else if (!type.IsComposite)
        {
            Report(GeneratorDiagnostics.FragmentTypeMismatch, fragment.Source, fragment.Node.TypeCondition.Type, $"Fragment '{fragment.Name}' is on '{typeName}', a {type.Kind} type; fragments need an object, interface or union type");
        }
        else
        {
            ValidateSelectionSet(fragment.Node.SelectionSet, type, fragment.Source, facts);
        }

        facts.HasErrors = _diagnostics.Count != before;
        return facts;
    }

    private void MarkFragmentCycles()
    {
        foreach (var fragment in _documents.Fragments.Values.OrderBy(f => f.Name, StringComparer.Ordinal))
        {
            if (Reaches(fragment.Name, fragment.Name, new HashSet<string>()))
            {
                _fragmentFacts[fragment.Name].HasErrors = true;
                Report(GeneratorDiagnostics.FragmentCycle, fragment.Source, fragment.Node.FragmentName, $"Fragment '{fragment.Name}' spreads itself, directly or through other fragments");
            }
        }

        bool Reaches(string from, string target, HashSet<string> seen)
        {
            if (!_fragmentFacts.TryGetValue(from, out var facts))
            {
                return false;
            }

            foreach (var spread in facts.Spreads)
            {
                if (spread == target || (seen.Add(spread) && Reaches(spread, target, seen)))
                {
                    return true;
                }
            }

            return false;
        }
    }

    private bool ValidateOperation(OperationEntry operation)
    {
        var before = _diagnostics.Count;
        var node = operation.Node;
        var source = operation.Source;
        RejectDirectives(node.Directives, source);
        var rootName = node.Operation switch
        {
            OperationType.Mutation => _schema.MutationType,
            OperationType.Subscription => _schema.SubscriptionType,
            _ => _schema.QueryType,
        };
        var root = rootName is null ? null : _schema.Find(rootName);
        if (root is null)
        {
            Report(GeneratorDiagnostics.UnsupportedOperation, source, node.Name!, $"The schema has no {node.Operation.ToString().ToLowerInvariant()} type, so operation '{operation.Name}' cannot run");
            return false;
        }

        var definitions = ValidateVariableDefinitions(operation);
        var facts = new DefinitionFacts();
        ValidateSelectionSet(node.SelectionSet, root, source, facts);
        if (node.Operation == OperationType.Subscription && node.SelectionSet.Selections.Count != 1)
        {
            Report(GeneratorDiagnostics.UnsupportedOperation, source, node.Name!, $"Subscription '{operation.Name}' must select exactly one root field");
        }

        var reached = ReachableFragments(facts);
        foreach (var fragment in reached)
        {
            if (_fragmentFacts.TryGetValue(fragment, out var fragmentFacts))
            {
                facts.Usages.AddRange(fragmentFacts.Usages);
                facts.HasErrors |= fragmentFacts.HasErrors;
            }
        }

        CheckVariableUsages(operation, definitions, facts.Usages);

        // Merging is only meaningful once every field is known to exist, so it runs on otherwise valid operations.
        return _diagnostics.Count == before && !facts.HasErrors && _merge.Check(operation, root);
    }

    private IEnumerable<string> ReachableFragments(DefinitionFacts facts)
    {
        var reached = new SortedSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>(facts.Spreads);
        while (pending.Count > 0)
        {
            var name = pending.Pop();
            if (reached.Add(name) && _fragmentFacts.TryGetValue(name, out var nested))
            {
                foreach (var spread in nested.Spreads)
                {
                    pending.Push(spread);
                }
            }
        }

        return reached;
    }

    private Dictionary<string, GraphQLVariableDefinition> ValidateVariableDefinitions(OperationEntry operation)
    {
        var definitions = new Dictionary<string, GraphQLVariableDefinition>(StringComparer.Ordinal);
        foreach (var definition in operation.Node.Variables ?? Enumerable.Empty<GraphQLVariableDefinition>())
        {
            var name = definition.Variable.Name.StringValue;
            if (definitions.ContainsKey(name))
            {
                Report(GeneratorDiagnostics.DuplicateName, operation.Source, definition.Variable, $"Variable '${name}' is defined more than once in operation '{operation.Name}'");
                continue;
            }

            definitions.Add(name, definition);
            var type = TypeRef.From(definition.Type);
            var named = _schema.Find(type.Name);
            if (named is null)
            {
                Report(GeneratorDiagnostics.UnknownType, operation.Source, definition.Type, $"Variable '${name}' has unknown type '{type.Name}'");
            }
            else if (!named.IsInput)
            {
                Report(GeneratorDiagnostics.WrongType, operation.Source, definition.Type, $"Variable '${name}' has type '{type}', which is an output type; variables need a scalar, enum or input type");
            }
            else if (definition.DefaultValue is not null)
            {
                _values.Validate(definition.DefaultValue, type, false, operation.Source, $"The default of variable '${name}'", null);
            }
        }

        return definitions;
    }

    private void CheckVariableUsages(OperationEntry operation, Dictionary<string, GraphQLVariableDefinition> definitions, List<VariableUsage> usages)
    {
        foreach (var usage in usages)
        {
            if (!definitions.TryGetValue(usage.Name, out var definition))
            {
                Report(GeneratorDiagnostics.UndefinedVariable, usage.Source, usage.Node, $"Variable '${usage.Name}' is not defined by operation '{operation.Name}'");
                continue;
            }

            var variableType = TypeRef.From(definition.Type);
            if (_schema.Find(variableType.Name) is not null && !IsAllowed(variableType, definition.DefaultValue, usage))
            {
                Report(GeneratorDiagnostics.WrongType, usage.Source, usage.Node, $"Variable '${usage.Name}' of type '{variableType}' cannot be used where '{usage.Expected}' is expected");
            }
        }

        foreach (var definition in definitions.Values)
        {
            var name = definition.Variable.Name.StringValue;
            if (usages.All(u => u.Name != name))
            {
                Report(GeneratorDiagnostics.UnusedVariable, operation.Source, definition.Variable, $"Variable '${name}' is never used in operation '{operation.Name}'");
            }
        }
    }

    /// <summary>The "all variable usages are allowed" rule of the GraphQL specification.</summary>
    private static bool IsAllowed(TypeRef variableType, GraphQLValue? variableDefault, VariableUsage usage)
    {
        var expected = usage.Expected;
        if (expected.IsNonNull && !variableType.IsNonNull)
        {
            var hasDefault = variableDefault is not null and not GraphQLNullValue;
            return (hasDefault || usage.LocationHasDefault) && Compatible(variableType, expected.OfType!);
        }

        return Compatible(variableType, expected);
    }

    private static bool Compatible(TypeRef variable, TypeRef location)
    {
        if (location.IsNonNull)
        {
            return variable.IsNonNull && Compatible(variable.OfType!, location.OfType!);
        }

        if (variable.IsNonNull)
        {
            return Compatible(variable.OfType!, location);
        }

        if (location.IsList || variable.IsList)
        {
            return location.IsList && variable.IsList && Compatible(variable.OfType!, location.OfType!);
        }

        return variable.Name == location.Name;
    }

    private void ValidateSelectionSet(GraphQLSelectionSet selectionSet, SchemaType parent, SourceDocument source, DefinitionFacts facts)
    {
        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case GraphQLField field:
                    ValidateField(field, parent, source, facts);
                    break;
                case GraphQLInlineFragment inline:
                    ValidateDirectives(inline.Directives, source, facts);
                    var condition = parent;
                    if (inline.TypeCondition is { } typeCondition)
                    {
                        var conditionName = typeCondition.Type.Name.StringValue;
                        var found = _schema.Find(conditionName);
                        if (found is null)
                        {
                            Report(GeneratorDiagnostics.UnknownType, source, typeCondition.Type, $"Inline fragment is on unknown type '{conditionName}'");
                            continue;
                        }

                        if (!found.IsComposite || !_schema.Overlap(found, parent))
                        {
                            Report(GeneratorDiagnostics.FragmentTypeMismatch, source, typeCondition.Type, $"An inline fragment on '{conditionName}' can never apply to '{parent.Name}'");
                            continue;
                        }

                        condition = found;
                    }

                    ValidateSelectionSet(inline.SelectionSet, condition, source, facts);
                    break;
                case GraphQLFragmentSpread spread:
                    ValidateDirectives(spread.Directives, source, facts);
                    var name = spread.FragmentName.Name.StringValue;
                    facts.Spreads.Add(name);
                    if (!_documents.Fragments.TryGetValue(name, out var fragment))
                    {
                        Report(GeneratorDiagnostics.UnknownFragment, source, spread.FragmentName, $"Fragment '{name}' is not defined in any operation file");
                        continue;
                    }

                    var fragmentType = _schema.Find(fragment.Node.TypeCondition.Type.Name.StringValue);
                    if (fragmentType is { IsComposite: true } && !_schema.Overlap(fragmentType, parent))
                    {
                        Report(GeneratorDiagnostics.FragmentTypeMismatch, source, spread.FragmentName, $"Fragment '{name}' is on '{fragmentType.Name}' and can never apply to '{parent.Name}'");
                    }

                    break;
            }
        }
    }

    private void ValidateField(GraphQLField field, SchemaType parent, SourceDocument source, DefinitionFacts facts)
    {
        ValidateDirectives(field.Directives, source, facts);
        var name = field.Name.StringValue;
        var hasSelection = field.SelectionSet is { Selections.Count: > 0 };
        if (name == "__typename")
        {
            if (hasSelection)
            {
                Report(GeneratorDiagnostics.SelectionOnLeaf, source, field.SelectionSet!, "Field '__typename' is a String and cannot have a selection set");
            }

            return;
        }

        var definition = parent.Kind == TypeKind.Union ? null : parent.FindField(name);
        if (definition is null)
        {
            var hint = parent.Kind == TypeKind.Union ? " (a union has no fields: use an inline fragment on one of its members)" : string.Empty;
            Report(GeneratorDiagnostics.UnknownField, source, field.Name, $"Field '{name}' does not exist on type '{parent.Name}'{hint}");
            return;
        }

        ValidateArguments(field, definition, parent, source, facts);
        var type = _schema.Find(definition.Type.Name)!;
        if (type.IsLeaf && hasSelection)
        {
            Report(GeneratorDiagnostics.SelectionOnLeaf, source, field.SelectionSet!, $"Field '{parent.Name}.{name}' is of type '{definition.Type}', a leaf, and cannot have a selection set");
        }
        else if (type.IsComposite && !hasSelection)
        {
            Report(GeneratorDiagnostics.MissingSelection, source, field.Name, $"Field '{parent.Name}.{name}' is of type '{definition.Type}' and needs a selection of its fields");
        }
        else if (type.IsComposite)
        {
            ValidateSelectionSet(field.SelectionSet!, type, source, facts);
        }
    }

    private void ValidateArguments(GraphQLField field, FieldDefinition definition, SchemaType parent, SourceDocument source, DefinitionFacts facts)
    {
        var given = new HashSet<string>(StringComparer.Ordinal);
        foreach (var argument in field.Arguments ?? Enumerable.Empty<GraphQLArgument>())
        {
            var name = argument.Name.StringValue;
            if (!given.Add(name))
            {
                Report(GeneratorDiagnostics.DuplicateName, source, argument.Name, $"Argument '{name}' is given more than once");
                continue;
            }

            var argumentDefinition = definition.FindArgument(name);
            if (argumentDefinition is null)
            {
                Report(GeneratorDiagnostics.UnknownArgument, source, argument.Name, $"Field '{parent.Name}.{definition.Name}' has no argument '{name}'");
                continue;
            }

            _values.Validate(argument.Value, argumentDefinition.Type, argumentDefinition.DefaultValue is not null, source, $"Argument '{name}' of '{parent.Name}.{definition.Name}'", facts.Usages);
        }

        foreach (var missing in definition.Arguments.Where(a => a.IsRequired && !given.Contains(a.Name)))
        {
            Report(GeneratorDiagnostics.MissingArgument, source, field.Name, $"Field '{parent.Name}.{definition.Name}' requires argument '{missing.Name}' of type '{missing.Type}'");
        }
    }

    /// <summary>Only @include and @skip are understood: they make a field optional in the generated type.</summary>
    private void ValidateDirectives(GraphQLDirectives? directives, SourceDocument source, DefinitionFacts facts)
    {
        foreach (var directive in directives ?? Enumerable.Empty<GraphQLDirective>())
        {
            var name = directive.Name.StringValue;
            if (!ConditionalDirectives.Contains(name))
            {
                Report(GeneratorDiagnostics.UnsupportedOperation, source, directive, $"Directive '@{name}' is not supported in client operations; only @include and @skip are");
                continue;
            }

            var arguments = directive.Arguments?.ToArray() ?? Array.Empty<GraphQLArgument>();
            var condition = arguments.FirstOrDefault(a => a.Name.StringValue == "if");
            if (condition is null || arguments.Length != 1)
            {
                Report(GeneratorDiagnostics.MissingArgument, source, directive, $"Directive '@{name}' takes exactly one argument, 'if: Boolean!'");
                continue;
            }

            _values.Validate(condition.Value, TypeRef.NonNull(TypeRef.Named("Boolean")), false, source, $"Argument 'if' of '@{name}'", facts.Usages);
        }
    }

    private void RejectDirectives(GraphQLDirectives? directives, SourceDocument source)
    {
        foreach (var directive in directives ?? Enumerable.Empty<GraphQLDirective>())
        {
            Report(GeneratorDiagnostics.UnsupportedOperation, source, directive, $"Directive '@{directive.Name.StringValue}' is not supported on operation or fragment definitions");
        }
    }

    private void Report(Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor, SourceDocument source, ASTNode node, string message) =>
        _diagnostics.Report(descriptor, source.Locate(node), message);
}
