using System;
using System.Collections.Generic;
using System.Linq;
using GraphQLParser.AST;
using KooMessage.Client.Generator.Documents;
using KooMessage.Client.Generator.Emit;
using KooMessage.Client.Generator.Naming;
using KooMessage.Client.Generator.Schema;

namespace KooMessage.Client.Generator.Model;

/// <summary>
/// Turns a validated operation into records. Naming scheme (stable for a given operation text):
/// <list type="bullet">
/// <item>the operation gets a static container class <c>{Operation}{Kind}</c>, e.g. <c>CreateTenantMutation</c>;</item>
/// <item>its root record is <c>Data</c>; every other record is nested in the container and named
/// after the GraphQL type it selects (<c>Tenant</c>, <c>CreateTenantPayload</c>);</item>
/// <item>when that name is taken in the operation (the same type selected twice with different
/// fields) or would equal one of the record's own properties, the response field is prefixed
/// (<c>OwnerTenant</c>; skipped when it only stutters, as <c>TenantTenant</c>), then the parent
/// record's name (<c>ApiKeyTenant</c>), then a number;</item>
/// <item>names are handed out shallowest record first, then in document order, so the records
/// nearest the root keep the plain type names;</item>
/// <item>a field of interface or union type gets an abstract record named after that type, one
/// sealed record per union member, or per interface implementation the selection names or selects
/// more fields on (<c>ValidationError</c>), and <c>Other{Abstract}</c> for every other
/// <c>__typename</c>, including ones added to the schema later.</item>
/// </list>
/// </summary>
internal sealed class OperationModelBuilder
{
    private const string DataName = "Data";
    private static readonly TypeRef TypenameType = TypeRef.NonNull(TypeRef.Named("String"));

    private readonly SchemaModel _schema;
    private readonly IReadOnlyDictionary<string, FragmentEntry> _fragments;
    private readonly FieldCollector _collector;
    private readonly FragmentInterfaceBuilder _interfaces;
    private readonly string _namespace;

    public OperationModelBuilder(SchemaModel schema, IReadOnlyDictionary<string, FragmentEntry> fragments, FieldCollector collector, FragmentInterfaceBuilder interfaces, string ns)
    {
        _schema = schema;
        _fragments = fragments;
        _collector = collector;
        _interfaces = interfaces;
        _namespace = ns;
    }

    /// <summary>Reserved member names of every container class.</summary>
    public static readonly string[] ContainerMembers = { DataName, "OperationText" };

    public static string ContainerName(string operationName, OperationType kind)
    {
        var pascal = Identifier.Pascal(operationName);
        var suffix = kind.ToString();
        return pascal.EndsWith(suffix, StringComparison.Ordinal) ? pascal : pascal + suffix;
    }

    public OperationModel Build(OperationEntry operation, IReadOnlyCollection<string> reachedFragments)
    {
        foreach (var fragment in reachedFragments)
        {
            _interfaces.Build(fragment);
        }

        var node = operation.Node;
        var container = ContainerName(operation.Name, node.Operation);
        var rootName = node.Operation switch
        {
            OperationType.Mutation => _schema.MutationType!,
            OperationType.Subscription => _schema.SubscriptionType!,
            _ => _schema.QueryType,
        };
        var naming = new RecordNaming(new NameScope(ContainerMembers.Concat(new[] { container }).Where(n => n != DataName)));
        var records = new List<ResultRecord>();
        var data = BuildObject(new[] { node.SelectionSet }, _schema.Find(rootName)!, 0, () => new[] { DataName }, naming, records, ResultRecordKind.Object);
        naming.Assign();
        var variables = (node.Variables ?? Enumerable.Empty<GraphQLVariableDefinition>())
            .Select(v => new VariableModel(v.Variable.Name.StringValue, Identifier.Parameter(v.Variable.Name.StringValue), TypeRef.From(v.Type), v.DefaultValue is not null))
            .ToArray();
        var method = node.Operation == OperationType.Subscription ? Identifier.Pascal(operation.Name) : Identifier.Pascal(operation.Name) + "Async";
        var document = DocumentPrinter.Print(operation.Node, reachedFragments.Select(f => _fragments[f].Node), _schema);
        return new OperationModel(operation.Name, node.Operation, container, method, variables, data, records, document);
    }

    private ResultRecord BuildObject(IEnumerable<GraphQLSelectionSet> sets, SchemaType type, int depth, Func<IEnumerable<string>> candidates, RecordNaming naming, List<ResultRecord> records, ResultRecordKind kind, ResultRecord? baseRecord = null)
    {
        var collection = _collector.ForObject(sets, type);
        var inherited = baseRecord?.Properties ?? new List<ResultProperty>();
        var own = collection.Fields.Where(f => inherited.All(p => p.ResponseName != f.ResponseKey)).ToArray();
        var propertyNames = UniquePropertyNames(inherited.Select(p => p.PropertyName), own.Select(f => f.ResponseKey));
        var record = new ResultRecord(type.Name, kind) { Base = baseRecord };
        naming.Request(record, depth, candidates, propertyNames.Values.Concat(inherited.Select(p => p.PropertyName)).ToArray());
        records.Add(record);
        record.Properties.AddRange(inherited);
        foreach (var field in own)
        {
            record.Properties.Add(BuildProperty(field, type, propertyNames[field.ResponseKey], record, depth, naming, records));
        }

        AddInterfaces(record, collection, baseRecord);
        return record;
    }

    private ResultProperty BuildProperty(CollectedField field, SchemaType parent, string propertyName, ResultRecord parentRecord, int depth, RecordNaming naming, List<ResultRecord> records)
    {
        if (field.FieldName == "__typename")
        {
            return new ResultProperty(field.ResponseKey, propertyName, TypenameType, field.IsConditional, ScalarMapping.ForOutput(_schema.Find("String")!, _namespace), null, null);
        }

        var definition = parent.FindField(field.FieldName)!;
        var named = _schema.Find(definition.Type.Name)!;
        if (named.IsLeaf)
        {
            return new ResultProperty(field.ResponseKey, propertyName, definition.Type, field.IsConditional, ScalarMapping.ForOutput(named, _namespace), null, definition.Description);
        }

        var fieldPascal = Identifier.Pascal(field.ResponseKey);
        var child = named.IsAbstract
            ? BuildAbstract(field.Children.ToArray(), named, depth + 1, () => NameScope.FieldTypeCandidates(named.Name, fieldPascal, parentRecord.Name), fieldPascal, naming, records)
            : BuildObject(field.Children.ToArray(), named, depth + 1, () => NameScope.FieldTypeCandidates(named.Name, fieldPascal, parentRecord.Name), naming, records, ResultRecordKind.Object);
        return new ResultProperty(field.ResponseKey, propertyName, definition.Type, field.IsConditional, null, child, definition.Description);
    }

    private ResultRecord BuildAbstract(IReadOnlyList<GraphQLSelectionSet> sets, SchemaType type, int depth, Func<IEnumerable<string>> candidates, string fieldPascal, RecordNaming naming, List<ResultRecord> records)
    {
        var possible = _schema.PossibleTypes(type);
        var collections = possible.Select(p => (Type: p, Fields: _collector.ForObject(sets, p))).ToArray();

        // The base keeps the leaf fields every possible type shares with the same type, so code can
        // read them without matching on the variant. The fallback derives from it and stands for types
        // added to the schema later, so a field counts only if it holds for such a type too: one that
        // every known member selects through its own case (`... on NotFoundError { id }` in a union
        // whose only member is NotFoundError) stays on the variants, or parsing a new type would fail.
        var unknown = _collector.ForUnknownType(sets, type);
        var shared = collections.Length == 0
            ? new List<CollectedField>()
            : unknown.Fields.Where(f => f.FieldName != "__typename" && collections.All(c => SameLeaf(c.Type, c.Fields.Find(f.ResponseKey), collections[0].Type, f))).ToList();
        var baseNames = UniquePropertyNames(new[] { "Typename" }, shared.Select(f => f.ResponseKey));
        var abstractRecord = new ResultRecord(type.Name, ResultRecordKind.Abstract);
        naming.Request(abstractRecord, depth, candidates, baseNames.Values.Concat(new[] { "Typename" }).ToArray());
        records.Add(abstractRecord);
        abstractRecord.Properties.Add(new ResultProperty("__typename", "Typename", TypenameType, false, ScalarMapping.ForOutput(_schema.Find("String")!, _namespace), null, null));
        foreach (var field in shared)
        {
            abstractRecord.Properties.Add(BuildProperty(field, collections[0].Type, baseNames[field.ResponseKey], abstractRecord, depth, naming, records));
        }

        // Fragments that apply to a type the client does not know yet (so to every possible type),
        // and that hold only leaves the base has, are implemented by the base so that variants and
        // fallback share them. A type case (IErrorParts.INotFoundError) never is: the fallback is not that type.
        foreach (var candidate in unknown.VisitedSets.Cast<GraphQLSelectionSet>())
        {
            if (_interfaces.BySelectionSet.TryGetValue(candidate, out var fragmentInterface)
                && IsLeafOnly(fragmentInterface)
                && AllMembers(fragmentInterface).All(m => abstractRecord.Properties.Any(p => p.PropertyName == m.PropertyName)))
            {
                abstractRecord.Interfaces.Add(fragmentInterface);
            }
        }

        // A union member always gets its own record (a union is a short, deliberate list, like a
        // payload's errors); an interface implementation only when the operation names it or selects
        // more on it, since interfaces such as Node have many implementations. Others share the fallback.
        var sharedKeys = new HashSet<string>(shared.Select(f => f.ResponseKey));
        foreach (var (concrete, fields) in collections)
        {
            if (type.Kind == TypeKind.Union || fields.NamedByTypeCondition || !sharedKeys.SetEquals(fields.Keys.Where(k => k != "__typename")))
            {
                abstractRecord.Variants.Add(BuildObject(sets, concrete, depth + 1, () => new[] { concrete.Name, abstractRecord.Name + concrete.Name, fieldPascal + concrete.Name }, naming, records, ResultRecordKind.Variant, abstractRecord));
            }
        }

        var fallback = new ResultRecord(type.Name, ResultRecordKind.Fallback) { Base = abstractRecord };
        naming.Request(fallback, depth + 1, () => new[] { "Other" + abstractRecord.Name }, Array.Empty<string>());
        fallback.Properties.AddRange(abstractRecord.Properties);
        records.Add(fallback);
        abstractRecord.Fallback = fallback;

        return abstractRecord;
    }

    private void AddInterfaces(ResultRecord record, FieldCollection collection, ResultRecord? baseRecord)
    {
        foreach (var set in collection.VisitedSets.Cast<GraphQLSelectionSet>())
        {
            if (_interfaces.BySelectionSet.TryGetValue(set, out var fragmentInterface) && baseRecord?.Interfaces.Contains(fragmentInterface) != true)
            {
                record.Interfaces.Add(fragmentInterface);
            }
        }
    }

    private bool SameLeaf(SchemaType type, CollectedField? field, SchemaType firstType, CollectedField firstField)
    {
        if (field is null || field.FieldName != firstField.FieldName || field.IsConditional != firstField.IsConditional)
        {
            return false;
        }

        var definition = type.FindField(field.FieldName);
        var firstDefinition = firstType.FindField(firstField.FieldName);
        return definition is not null && firstDefinition is not null
            && definition.Type.ToString() == firstDefinition.Type.ToString()
            && _schema.Find(definition.Type.Name)!.IsLeaf;
    }

    private static bool IsLeafOnly(FragmentInterface fragmentInterface) => AllMembers(fragmentInterface).All(m => m.Nested is null);

    private static IEnumerable<FragmentInterfaceMember> AllMembers(FragmentInterface fragmentInterface) =>
        fragmentInterface.Members.Concat(fragmentInterface.BaseInterfaces.SelectMany(AllMembers));

    /// <summary>PascalCase names per response key; two keys that PascalCase alike are numbered.</summary>
    private static Dictionary<string, string> UniquePropertyNames(IEnumerable<string> taken, IEnumerable<string> keys)
    {
        var used = new HashSet<string>(taken, StringComparer.Ordinal);
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var key in keys)
        {
            var name = Identifier.Property(key);
            var candidate = name;
            for (var i = 2; !used.Add(candidate); i++)
            {
                candidate = name + i;
            }

            names[key] = candidate;
        }

        return names;
    }
}
