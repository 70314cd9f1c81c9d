using GraphQLParser.AST;

namespace KooMessage.Client.Generator.Schema;

/// <summary>An argument of a field or a field of an input object type.</summary>
internal sealed class InputValueDefinition
{
    public InputValueDefinition(string name, TypeRef type, GraphQLValue? defaultValue, string? description)
    {
        Name = name;
        Type = type;
        DefaultValue = defaultValue;
        Description = description;
    }

    public string Name { get; }

    public TypeRef Type { get; }

    public GraphQLValue? DefaultValue { get; }

    public string? Description { get; }

    /// <summary>A caller must provide it: non-null and without a default.</summary>
    public bool IsRequired => Type.IsNonNull && DefaultValue is null;
}
