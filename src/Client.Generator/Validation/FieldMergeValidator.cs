using System;
using System.Collections.Generic;
using System.Linq;
using GraphQLParser.AST;
using KooMessage.Client.Generator.Diagnostics;
using KooMessage.Client.Generator.Documents;
using KooMessage.Client.Generator.Schema;

namespace KooMessage.Client.Generator.Validation;

/// <summary>
/// The "overlapping fields can be merged" rule of the GraphQL specification, which every server
/// enforces: fields with the same response name must have the same shape (wrapping and leaf type)
/// wherever they are selected, and under the same parent type they must be the same field with
/// the same arguments. <c>... on ValidationError { field }</c> (<c>String!</c>) beside
/// <c>... on ConflictError { field }</c> (<c>String</c>) breaks it: without this check the client
/// would build and the server would refuse the operation at run time.
/// </summary>
internal sealed class FieldMergeValidator
{
    private readonly SchemaModel _schema;
    private readonly IReadOnlyDictionary<string, FragmentEntry> _fragments;
    private readonly DiagnosticCollector _diagnostics;

    public FieldMergeValidator(SchemaModel schema, IReadOnlyDictionary<string, FragmentEntry> fragments, DiagnosticCollector diagnostics)
    {
        _schema = schema;
        _fragments = fragments;
        _diagnostics = diagnostics;
    }

    /// <summary>Checks an operation that passed every other rule; returns whether it merges.</summary>
    public bool Check(OperationEntry operation, SchemaType root)
    {
        var before = _diagnostics.Count;
        CheckSet(Collect(new[] { (operation.Node.SelectionSet, root, operation.Source) }));
        return _diagnostics.Count == before;
    }

    private void CheckSet(List<Selected> fields)
    {
        foreach (var group in fields.GroupBy(f => f.ResponseKey))
        {
            var members = group.ToArray();
            if (FirstConflict(members) is { } conflict)
            {
                var (a, b) = (conflict.A, conflict.B);
                var inside = conflict.Path.Length == 0 ? string.Empty : $" (inside '{conflict.Path}')";
                _diagnostics.Report(
                    GeneratorDiagnostics.FieldConflict,
                    b.Source.Locate(b.Field),
                    $"Fields '{b.ResponseKey}' conflict{inside}: '{a.Describe()}' and '{b.Describe()}' {conflict.Reason}; give one of them an alias (e.g. '{Alias(b)}: {b.Field.Name.StringValue}')");
                continue;
            }

            // Fields that merge into one response value (same parent type, or an abstract one) must
            // have sub-selections that merge together; otherwise each sub-selection merges on its own.
            if (members.Length > 1 && members.All(m => m.Parent.Kind != TypeKind.Object || m.Parent.Name == members[0].Parent.Name))
            {
                CheckSet(Children(members));
                continue;
            }

            foreach (var field in members.Where(f => f.Field.SelectionSet is not null))
            {
                CheckSet(Children(new[] { field }));
            }
        }
    }

    private Conflict? FirstConflict(IReadOnlyList<Selected> fields)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            for (var j = i + 1; j < fields.Count; j++)
            {
                var (a, b) = (fields[i], fields[j]);
                if (ShapeConflict(a, b) is { } shape)
                {
                    return shape;
                }

                var mustBeOneField = a.Parent.Name == b.Parent.Name || a.Parent.Kind != TypeKind.Object || b.Parent.Kind != TypeKind.Object;
                if (mustBeOneField && a.Definition.Name != b.Definition.Name)
                {
                    return new Conflict(a, b, "are different fields", string.Empty);
                }

                if (mustBeOneField && !SameArguments(a.Field.Arguments, b.Field.Arguments))
                {
                    return new Conflict(a, b, "have different arguments", string.Empty);
                }
            }
        }

        return null;
    }

    /// <summary>
    /// The spec's SameResponseShape: same list and non-null wrapping, same leaf type, and children
    /// that agree by response name. Returns the innermost pair that differs, with the path to it.
    /// </summary>
    private Conflict? ShapeConflict(Selected a, Selected b)
    {
        var (typeA, typeB) = (a.Definition.Type, b.Definition.Type);
        while (true)
        {
            if (typeA.IsNonNull != typeB.IsNonNull || typeA.IsList != typeB.IsList)
            {
                return new Conflict(a, b, $"return different shapes ('{a.Definition.Type}' and '{b.Definition.Type}')", string.Empty);
            }

            if (!typeA.IsNonNull && !typeA.IsList)
            {
                break;
            }

            (typeA, typeB) = (typeA.OfType!, typeB.OfType!);
        }

        var (namedA, namedB) = (_schema.Find(typeA.Name)!, _schema.Find(typeB.Name)!);
        if (namedA.IsLeaf || namedB.IsLeaf)
        {
            return namedA.Name == namedB.Name ? null : new Conflict(a, b, $"return different shapes ('{a.Definition.Type}' and '{b.Definition.Type}')", string.Empty);
        }

        foreach (var group in Children(new[] { a, b }).GroupBy(c => c.ResponseKey))
        {
            var members = group.ToArray();
            foreach (var member in members.Skip(1))
            {
                if (ShapeConflict(members[0], member) is { } inner)
                {
                    return new Conflict(inner.A, inner.B, inner.Reason, inner.Path.Length == 0 ? a.ResponseKey : a.ResponseKey + "." + inner.Path);
                }
            }
        }

        return null;
    }

    private List<Selected> Children(IEnumerable<Selected> fields) =>
        Collect(fields.Where(f => f.Field.SelectionSet is not null)
            .Select(f => (f.Field.SelectionSet!, _schema.Find(f.Definition.Type.Name)!, f.Source)));

    private List<Selected> Collect(IEnumerable<(GraphQLSelectionSet Set, SchemaType Parent, SourceDocument Source)> sets)
    {
        var result = new List<Selected>();
        foreach (var (set, parent, source) in sets)
        {
            Visit(set, parent, source, result, new HashSet<string>(StringComparer.Ordinal));
        }

        return result;
    }

    private void Visit(GraphQLSelectionSet set, SchemaType parent, SourceDocument source, List<Selected> into, HashSet<string> visitedFragments)
    {
        foreach (var selection in set.Selections)
        {
            switch (selection)
            {
                case GraphQLField field when field.Name.StringValue != "__typename":
                    into.Add(new Selected(field, parent, parent.FindField(field.Name.StringValue)!, source));
                    break;
                case GraphQLInlineFragment inline:
                    var condition = inline.TypeCondition is null ? parent : _schema.Find(inline.TypeCondition.Type.Name.StringValue)!;
                    Visit(inline.SelectionSet, condition, source, into, visitedFragments);
                    break;
                case GraphQLFragmentSpread spread when visitedFragments.Add(spread.FragmentName.Name.StringValue):
                    var fragment = _fragments[spread.FragmentName.Name.StringValue];
                    Visit(fragment.Node.SelectionSet, _schema.Find(fragment.Node.TypeCondition.Type.Name.StringValue)!, fragment.Source, into, visitedFragments);
                    break;
            }
        }
    }

    /// <summary>A suggestion: the parent type (without an "Error" suffix) and the field, e.g. <c>conflictField</c>.</summary>
    private static string Alias(Selected field)
    {
        var parent = field.Parent.Name.Length > "Error".Length && field.Parent.Name.EndsWith("Error", StringComparison.Ordinal)
            ? field.Parent.Name.Substring(0, field.Parent.Name.Length - "Error".Length)
            : field.Parent.Name;
        return char.ToLowerInvariant(parent[0]) + parent.Substring(1) + Naming.Identifier.Pascal(field.Field.Name.StringValue);
    }

    private static bool SameArguments(GraphQLArguments? a, GraphQLArguments? b)
    {
        var left = a?.Items ?? new List<GraphQLArgument>();
        var right = b?.Items ?? new List<GraphQLArgument>();
        return left.Count == right.Count
            && left.All(l => right.FirstOrDefault(r => r.Name.StringValue == l.Name.StringValue) is { } match && SameValue(l.Value, match.Value));
    }

    private static bool SameValue(GraphQLValue a, GraphQLValue b) => (a, b) switch
    {
        (GraphQLVariable x, GraphQLVariable y) => x.Name.StringValue == y.Name.StringValue,
        (GraphQLIntValue x, GraphQLIntValue y) => x.Value.Span.SequenceEqual(y.Value.Span),
        (GraphQLFloatValue x, GraphQLFloatValue y) => x.Value.Span.SequenceEqual(y.Value.Span),
        (GraphQLStringValue x, GraphQLStringValue y) => x.Value.Span.SequenceEqual(y.Value.Span),
        (GraphQLBooleanValue x, GraphQLBooleanValue y) => x.BoolValue == y.BoolValue,
        (GraphQLEnumValue x, GraphQLEnumValue y) => x.Name.StringValue == y.Name.StringValue,
        (GraphQLNullValue, GraphQLNullValue) => true,
        (GraphQLListValue x, GraphQLListValue y) => (x.Values ?? new List<GraphQLValue>()).Count == (y.Values ?? new List<GraphQLValue>()).Count
            && (x.Values ?? new List<GraphQLValue>()).Zip(y.Values ?? new List<GraphQLValue>(), SameValue).All(same => same),
        (GraphQLObjectValue x, GraphQLObjectValue y) => (x.Fields ?? new List<GraphQLObjectField>()).Count == (y.Fields ?? new List<GraphQLObjectField>()).Count
            && (x.Fields ?? new List<GraphQLObjectField>()).All(f => (y.Fields ?? new List<GraphQLObjectField>()).FirstOrDefault(g => g.Name.StringValue == f.Name.StringValue) is { } match && SameValue(f.Value, match.Value)),
        _ => false,
    };

    /// <summary>Two selections of one response name that cannot merge; <see cref="Path"/> leads to them from the fields first compared.</summary>
    private sealed class Conflict
    {
        public Conflict(Selected a, Selected b, string reason, string path)
        {
            A = a;
            B = b;
            Reason = reason;
            Path = path;
        }

        public Selected A { get; }

        public Selected B { get; }

        public string Reason { get; }

        public string Path { get; }
    }

    /// <summary>A field as selected: where (parent type, file) and what the schema says about it.</summary>
    private sealed class Selected
    {
        public Selected(GraphQLField field, SchemaType parent, FieldDefinition definition, SourceDocument source)
        {
            Field = field;
            Parent = parent;
            Definition = definition;
            Source = source;
        }

        public GraphQLField Field { get; }

        public SchemaType Parent { get; }

        public FieldDefinition Definition { get; }

        public SourceDocument Source { get; }

        public string ResponseKey => (Field.Alias?.Name ?? Field.Name).StringValue;

        public string Describe() => $"{Parent.Name}.{Field.Name.StringValue}: {Definition.Type}";
    }
}
