using System.Collections.Generic;
using System.Linq;
using GraphQLParser.AST;
using KooMessage.Client.Generator.Documents;
using KooMessage.Client.Generator.Schema;

namespace KooMessage.Client.Generator.Model;

/// <summary>
/// Merges the fields a selection yields for one concrete type, following inline fragments and
/// fragment spreads whose type condition applies, like the "CollectFields" step of GraphQL execution.
/// </summary>
internal sealed class FieldCollector
{
    private readonly SchemaModel _schema;
    private readonly IReadOnlyDictionary<string, FragmentEntry> _fragments;

    public FieldCollector(SchemaModel schema, IReadOnlyDictionary<string, FragmentEntry> fragments)
    {
        _schema = schema;
        _fragments = fragments;
    }

    /// <summary>Fields the selection yields when the runtime type is <paramref name="concrete"/>.</summary>
    public FieldCollection ForObject(IEnumerable<GraphQLSelectionSet> sets, SchemaType concrete) =>
        Collect(sets, condition => _schema.Applies(condition, concrete), concrete.Name);

    /// <summary>
    /// Fields the selection yields for a type of <paramref name="type"/> that this client does not know,
    /// such as an error the server adds to a payload's union later: a condition on an object type never
    /// applies to it, one on <paramref name="type"/> always does. A condition on another interface or
    /// union is taken to apply when every known possible type satisfies it, which is the platform's
    /// convention for payload errors (each implements <c>Error</c>, so a union's later members will too).
    /// </summary>
    public FieldCollection ForUnknownType(IEnumerable<GraphQLSelectionSet> sets, SchemaType type)
    {
        var possible = _schema.PossibleTypes(type);
        return Collect(sets, condition => condition.Name == type.Name || (condition.IsAbstract && possible.All(p => _schema.Applies(condition, p))), type.Name);
    }

    /// <summary>
    /// Fields that hold whatever the runtime type: only fields outside type conditions (or under a
    /// condition on the type itself). Spreads of fragments on the same type are reported, not followed,
    /// because they become base interfaces.
    /// </summary>
    public FieldCollection Unconditional(IEnumerable<GraphQLSelectionSet> sets, SchemaType type) =>
        Collect(sets, condition => condition.Name == type.Name, null);

    private FieldCollection Collect(IEnumerable<GraphQLSelectionSet> sets, System.Func<SchemaType, bool> applies, string? concreteName)
    {
        var collection = new FieldCollection();
        foreach (var set in sets)
        {
            Visit(set, collection, false, applies, concreteName);
        }

        return collection;
    }

    private void Visit(GraphQLSelectionSet set, FieldCollection collection, bool conditional, System.Func<SchemaType, bool> applies, string? concreteName)
    {
        if (!collection.VisitedSets.Add(set))
        {
            return;
        }

        foreach (var selection in set.Selections)
        {
            switch (selection)
            {
                case GraphQLField field:
                    var key = (field.Alias?.Name ?? field.Name).StringValue;
                    var collected = collection.Add(key, field.Name.StringValue);
                    collected.IsConditional &= conditional || HasCondition(field.Directives);
                    if (field.SelectionSet is { } children)
                    {
                        collected.SubSelections.Add(children);
                    }

                    break;
                case GraphQLInlineFragment inline:
                    var inlineType = inline.TypeCondition is null ? null : _schema.Find(inline.TypeCondition.Type.Name.StringValue);
                    if (inlineType is null || applies(inlineType))
                    {
                        collection.NamedByTypeCondition |= inlineType?.Name == concreteName;
                        Visit(inline.SelectionSet, collection, conditional || HasCondition(inline.Directives), applies, concreteName);
                    }

                    break;
                case GraphQLFragmentSpread spread:
                    var name = spread.FragmentName.Name.StringValue;
                    var fragment = _fragments[name];
                    var fragmentType = _schema.Find(fragment.Node.TypeCondition.Type.Name.StringValue)!;
                    if (concreteName is null)
                    {
                        if (applies(fragmentType))
                        {
                            collection.SameTypeSpreads.Add(name);
                        }
                    }
                    else if (applies(fragmentType))
                    {
                        collection.NamedByTypeCondition |= fragmentType.Name == concreteName;
                        Visit(fragment.Node.SelectionSet, collection, conditional || HasCondition(spread.Directives), applies, concreteName);
                    }

                    break;
            }
        }
    }

    private static bool HasCondition(GraphQLDirectives? directives) =>
        directives is { Count: > 0 } && directives.Any(d => d.Name.StringValue is "include" or "skip");
}
