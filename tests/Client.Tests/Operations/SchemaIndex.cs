using GraphQLParser;
using GraphQLParser.AST;

namespace KooMessage.Client.Tests.Operations;

/// <summary>The type definitions of a schema document, by name, with the few questions the coverage check asks.</summary>
internal sealed class SchemaIndex
{
    private static readonly string[] BuiltInScalars = ["String", "Int", "Float", "Boolean", "ID"];

    private readonly Dictionary<string, GraphQLTypeDefinition> _types;

    public SchemaIndex(string schemaText)
    {
        var document = Parser.Parse(schemaText);
        _types = document.Definitions.OfType<GraphQLTypeDefinition>().ToDictionary(t => t.Name.StringValue, StringComparer.Ordinal);
        var mutationRoot = document.Definitions.OfType<GraphQLSchemaDefinition>()
            .SelectMany(s => s.OperationTypes)
            .FirstOrDefault(o => o.Operation == OperationType.Mutation)?.Type?.Name.StringValue ?? "Mutation";
        Mutations = Find(mutationRoot) is GraphQLObjectTypeDefinition root ? Fields(root) : [];
    }

    /// <summary>The fields of the mutation root type, in schema order.</summary>
    public IReadOnlyList<GraphQLFieldDefinition> Mutations { get; }

    public GraphQLTypeDefinition? Find(string name) => _types.GetValueOrDefault(name);

    public bool IsLeaf(string name) =>
        BuiltInScalars.Contains(name) || Find(name) is GraphQLScalarTypeDefinition or GraphQLEnumTypeDefinition;

    public static IReadOnlyList<GraphQLFieldDefinition> Fields(GraphQLTypeDefinition? type) => type switch
    {
        GraphQLObjectTypeDefinition o => o.Fields?.Items ?? [],
        GraphQLInterfaceTypeDefinition i => i.Fields?.Items ?? [],
        _ => [],
    };

    /// <summary>Whether a field can be selected without arguments (every argument optional).</summary>
    public static bool NeedsNoArguments(GraphQLFieldDefinition field) =>
        field.Arguments?.Items.All(a => a.Type is not GraphQLNonNullType || a.DefaultValue is not null) ?? true;

    public static bool Implements(GraphQLTypeDefinition type, string interfaceName) => type switch
    {
        GraphQLObjectTypeDefinition o => o.Interfaces?.Items.Any(i => i.Name.StringValue == interfaceName) == true,
        GraphQLInterfaceTypeDefinition i => i.Interfaces?.Items.Any(n => n.Name.StringValue == interfaceName) == true,
        _ => false,
    };

    public static string NamedType(GraphQLType type) => type switch
    {
        GraphQLNonNullType n => NamedType(n.Type),
        GraphQLListType l => NamedType(l.Type),
        GraphQLNamedType named => named.Name.StringValue,
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    public static string Print(GraphQLType type) => type switch
    {
        GraphQLNonNullType n => Print(n.Type) + "!",
        GraphQLListType l => "[" + Print(l.Type) + "]",
        GraphQLNamedType named => named.Name.StringValue,
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    /// <summary><c>createSmsApp(input: CreateSmsAppInput!): CreateSmsAppPayload!</c>, as the schema declares it.</summary>
    public static string Signature(GraphQLFieldDefinition field)
    {
        var arguments = field.Arguments?.Items ?? [];
        var list = arguments.Count == 0 ? string.Empty : "(" + string.Join(", ", arguments.Select(a => $"{a.Name.StringValue}: {Print(a.Type)}")) + ")";
        return $"{field.Name.StringValue}{list}: {Print(field.Type)}";
    }
}
