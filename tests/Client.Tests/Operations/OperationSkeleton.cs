using GraphQLParser.AST;

namespace KooMessage.Client.Tests.Operations;

/// <summary>
/// Writes a starting-point operation for a mutation, in the style of the existing ones: variables
/// for every argument; the payload's leaf fields; its objects through the fragment already defined
/// for their type (else their leaf fields); errors through the fragment on the interface every
/// member implements (<c>...ErrorParts</c>) plus each member's own fields that the fragment, type
/// cases included, does not select already.
/// </summary>
internal sealed class OperationSkeleton(SchemaIndex schema, OperationIndex operations)
{
    private const string Indent = "  ";

    public string Build(GraphQLFieldDefinition mutation, string operationName)
    {
        var name = mutation.Name.StringValue;
        var arguments = mutation.Arguments?.Items ?? [];
        var variables = arguments.Count == 0 ? string.Empty : "(" + string.Join(", ", arguments.Select(a => $"${a.Name.StringValue}: {SchemaIndex.Print(a.Type)}")) + ")";
        var call = arguments.Count == 0 ? string.Empty : "(" + string.Join(", ", arguments.Select(a => $"{a.Name.StringValue}: ${a.Name.StringValue}")) + ")";
        var lines = new List<string> { $"mutation {operationName}{variables} {{" };
        lines.AddRange(Field(name + call, SchemaIndex.NamedType(mutation.Type), level: 0).Select(l => Indent + l));
        lines.Add("}");
        return string.Join("\n", lines) + "\n";
    }

    private IEnumerable<string> Field(string head, string typeName, int level)
    {
        if (schema.IsLeaf(typeName))
        {
            return [head];
        }

        return [$"{head} {{", .. Selection(typeName, level).Select(l => Indent + l), "}"];
    }

    private IEnumerable<string> Selection(string typeName, int level) => schema.Find(typeName) switch
    {
        GraphQLUnionTypeDefinition union => UnionSelection(union),
        GraphQLInterfaceTypeDefinition type => ["__typename", .. operations.FragmentOn(typeName) is { } fragment ? ["..." + fragment] : LeafFields(type)],
        var type => ObjectSelection(type!, level),
    };

    /// <summary>The payload (level 0) selects everything one level down; deeper objects take their fragment or their leaves.</summary>
    private IEnumerable<string> ObjectSelection(GraphQLTypeDefinition type, int level)
    {
        if (level > 0 && operations.FragmentOn(type.Name.StringValue) is { } fragment)
        {
            return ["..." + fragment];
        }

        var lines = new List<string>();

        // The exported schema sorts fields by name; errors go last, after what the payload is about, as in the hand-written operations.
        foreach (var field in SchemaIndex.Fields(type).Where(SchemaIndex.NeedsNoArguments).OrderBy(f => f.Name.StringValue == "errors"))
        {
            var named = SchemaIndex.NamedType(field.Type);
            if (level == 0 || schema.IsLeaf(named))
            {
                lines.AddRange(Field(field.Name.StringValue, named, level + 1));
            }
        }

        return lines.Count == 0 ? ["__typename"] : lines;
    }

    private IEnumerable<string> UnionSelection(GraphQLUnionTypeDefinition union)
    {
        var members = (union.Types?.Items ?? []).Select(t => schema.Find(t.Name.StringValue)).OfType<GraphQLObjectTypeDefinition>().ToArray();
        var sharedInterface = members.Length == 0
            ? null
            : (members[0].Interfaces?.Items ?? []).Select(i => i.Name.StringValue)
                .Where(i => members.All(m => SchemaIndex.Implements(m, i)) && operations.FragmentOn(i) is not null)
                .OrderBy(i => i, StringComparer.Ordinal)
                .FirstOrDefault();
        var fragment = sharedInterface is null ? null : operations.FragmentOn(sharedInterface);
        var interfaceFields = SchemaIndex.Fields(sharedInterface is null ? null : schema.Find(sharedInterface)).Select(f => f.Name.StringValue);
        var lines = new List<string> { fragment is null ? "__typename" : "..." + fragment };

        // What the fragment selects for a member, through its type cases too (`... on NotFoundError { id }`),
        // is not selected again.
        var fromFragment = members.ToDictionary(m => m, m => fragment is null ? [] : operations.FieldsOf(fragment, type => Applies(type, m)));

        // One response name must have one shape across members (String! here, String there breaks
        // the field merging rule), so a field whose type differs from an earlier member's, or from
        // what the fragment selects under that name, is aliased.
        var shapes = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (member, selected) in fromFragment)
        {
            foreach (var (responseName, fieldName) in selected)
            {
                if (SchemaIndex.Fields(member).FirstOrDefault(f => f.Name.StringValue == fieldName) is { } definition)
                {
                    shapes.TryAdd(responseName, SchemaIndex.Print(definition.Type));
                }
            }
        }

        foreach (var member in members)
        {
            var covered = interfaceFields.Concat(fromFragment[member].Select(f => f.FieldName)).ToHashSet(StringComparer.Ordinal);
            var own = SchemaIndex.Fields(member)
                .Where(f => SchemaIndex.NeedsNoArguments(f) && schema.IsLeaf(SchemaIndex.NamedType(f.Type)) && !covered.Contains(f.Name.StringValue))
                .Select(f => shapes.TryAdd(f.Name.StringValue, SchemaIndex.Print(f.Type)) || shapes[f.Name.StringValue] == SchemaIndex.Print(f.Type)
                    ? f.Name.StringValue
                    : $"{Alias(member.Name.StringValue, f.Name.StringValue)}: {f.Name.StringValue}")
                .ToArray();
            if (own.Length > 0)
            {
                lines.Add($"... on {member.Name.StringValue} {{");
                lines.AddRange(own.Select(f => Indent + f));
                lines.Add("}");
            }
        }

        return lines;
    }

    /// <summary>Whether a type condition holds for a union member: the member itself, an interface it implements, or a union holding it.</summary>
    private bool Applies(string typeCondition, GraphQLObjectTypeDefinition member) =>
        typeCondition == member.Name.StringValue
        || SchemaIndex.Implements(member, typeCondition)
        || (schema.Find(typeCondition) is GraphQLUnionTypeDefinition union && union.Types?.Items.Any(t => t.Name.StringValue == member.Name.StringValue) == true);

    /// <summary><c>ConflictError.field</c> → <c>conflictField</c>, as the generator's KMGEN019 message suggests.</summary>
    private static string Alias(string typeName, string fieldName)
    {
        var stem = typeName.Length > "Error".Length && typeName.EndsWith("Error", StringComparison.Ordinal) ? typeName[..^"Error".Length] : typeName;
        return char.ToLowerInvariant(stem[0]) + stem[1..] + char.ToUpperInvariant(fieldName[0]) + fieldName[1..];
    }

    private IEnumerable<string> LeafFields(GraphQLTypeDefinition type) =>
        SchemaIndex.Fields(type).Where(f => SchemaIndex.NeedsNoArguments(f) && schema.IsLeaf(SchemaIndex.NamedType(f.Type))).Select(f => f.Name.StringValue);
}
