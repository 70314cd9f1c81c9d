using System.Collections.Generic;
using System.Linq;
using GraphQLParser.AST;
using KooMessage.Client.Generator.Documents;
using KooMessage.Client.Generator.Naming;
using KooMessage.Client.Generator.Schema;

namespace KooMessage.Client.Generator.Model;

/// <summary>
/// Builds one interface per fragment. Members are the fields the fragment selects unconditionally;
/// object fields get nested interfaces; fields of interface or union type are left to the records,
/// because each operation shapes their variants differently.
/// </summary>
internal sealed class FragmentInterfaceBuilder
{
    private readonly SchemaModel _schema;
    private readonly IReadOnlyDictionary<string, FragmentEntry> _fragments;
    private readonly FieldCollector _collector;
    private readonly string _namespace;
    private readonly Dictionary<string, FragmentInterface> _byFragment = new();

    public FragmentInterfaceBuilder(SchemaModel schema, IReadOnlyDictionary<string, FragmentEntry> fragments, FieldCollector collector, string ns)
    {
        _schema = schema;
        _fragments = fragments;
        _collector = collector;
        _namespace = ns;
    }

    /// <summary>Which interface each fragment selection set stands for, by node identity.</summary>
    public Dictionary<GraphQLSelectionSet, FragmentInterface> BySelectionSet { get; } = new(ReferenceEqualityComparer.Instance);

    public IEnumerable<FragmentInterface> Interfaces => _byFragment.Values.OrderBy(i => i.Name, System.StringComparer.Ordinal);

    public static string InterfaceName(string fragmentName) => "I" + Identifier.Pascal(fragmentName);

    public FragmentInterface Build(string fragmentName)
    {
        if (_byFragment.TryGetValue(fragmentName, out var existing))
        {
            return existing;
        }

        var fragment = _fragments[fragmentName];
        var type = _schema.Find(fragment.Node.TypeCondition.Type.Name.StringValue)!;
        var result = new FragmentInterface(InterfaceName(fragmentName), null, type.Name);
        _byFragment.Add(fragmentName, result);
        Fill(result, new[] { fragment.Node.SelectionSet }, type, new NameScope(new[] { result.Name }));
        return result;
    }

    private void Fill(FragmentInterface target, IEnumerable<GraphQLSelectionSet> sets, SchemaType type, NameScope scope)
    {
        var collection = _collector.Unconditional(sets, type);
        foreach (var set in collection.VisitedSets.Cast<GraphQLSelectionSet>())
        {
            BySelectionSet[set] = target;
        }

        foreach (var spread in collection.SameTypeSpreads)
        {
            target.BaseInterfaces.Add(Build(spread));
        }

        var inherited = new HashSet<string>(target.BaseInterfaces.SelectMany(b => b.AllMemberNames()));
        var memberNames = collection.Fields.Select(f => Identifier.Property(f.ResponseKey)).ToArray();
        foreach (var field in collection.Fields)
        {
            var propertyName = Identifier.Property(field.ResponseKey);
            if (inherited.Contains(propertyName))
            {
                continue;
            }

            var fieldType = field.FieldName == "__typename"
                ? TypeRef.NonNull(TypeRef.Named("String"))
                : type.FindField(field.FieldName)!.Type;
            if (field.IsConditional)
            {
                fieldType = fieldType.Nullable();
            }

            var named = _schema.Find(fieldType.Name)!;
            if (named.IsLeaf)
            {
                target.Members.Add(new FragmentInterfaceMember(propertyName, fieldType, ScalarMapping.ForOutput(named, _namespace), null));
            }
            else if (named.Kind == TypeKind.Object)
            {
                var nestedName = scope.Claim(NameScope.FieldTypeCandidates(named.Name, Identifier.Pascal(field.ResponseKey), target.Name.Substring(1)).Select(n => "I" + n), memberNames);
                var nested = new FragmentInterface(nestedName, target, named.Name);
                target.Nested.Add(nested);
                Fill(nested, field.Children, named, scope);
                target.Members.Add(new FragmentInterfaceMember(propertyName, fieldType, null, nested));
            }
        }

        AddTypeCases(target, collection, type, scope);
    }

    /// <summary>
    /// A fragment on an interface or union that selects more on one object type
    /// (<c>... on Filing { productArea }</c>) gets a nested interface for that case, extending the
    /// fragment's: <c>IReviewSubjectParts.IFiling</c>. Every operation's record for that type
    /// implements it, so one <c>case IReviewSubjectParts.IFiling</c> serves them all. Cases under
    /// @include/@skip are left out: their fields may be absent.
    /// </summary>
    private void AddTypeCases(FragmentInterface target, FieldCollection collection, SchemaType type, NameScope scope)
    {
        var cases = collection.VisitedSets.Cast<GraphQLSelectionSet>()
            .SelectMany(set => set.Selections.OfType<GraphQLInlineFragment>())
            .Where(inline => inline.TypeCondition is not null && inline.Directives is not { Count: > 0 })
            .Select(inline => (Inline: inline, Type: _schema.Find(inline.TypeCondition!.Type.Name.StringValue)!))
            .Where(c => c.Type.Kind == TypeKind.Object && c.Type.Name != type.Name)
            .GroupBy(c => c.Type.Name, System.StringComparer.Ordinal)
            .OrderBy(g => g.Key, System.StringComparer.Ordinal);
        // Every case claims its name before any is filled, so an object selected inside one case
        // (a tenant's owner: User) cannot take the name of a later case (IUser).
        var claimed = cases.Select(group => (Group: group, Interface: new FragmentInterface(scope.Claim(new[] { "I" + group.Key }, target.AllMemberNames().ToArray()), target, group.Key))).ToArray();
        foreach (var (group, typeCase) in claimed)
        {
            typeCase.BaseInterfaces.Add(target);
            target.Nested.Add(typeCase);
            Fill(typeCase, group.Select(c => c.Inline.SelectionSet).ToArray(), group.First().Type, scope);
        }
    }
}
