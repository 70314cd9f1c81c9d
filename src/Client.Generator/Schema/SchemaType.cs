using System.Collections.Generic;
using System.Linq;

namespace KooMessage.Client.Generator.Schema;

/// <summary>A named type of the schema, whichever its kind; members that do not apply stay empty.</summary>
internal sealed class SchemaType
{
    public SchemaType(string name, TypeKind kind, string? description)
    {
        Name = name;
        Kind = kind;
        Description = description;
    }

    public string Name { get; }

    public TypeKind Kind { get; }

    public string? Description { get; }

    public List<FieldDefinition> Fields { get; } = new();

    public List<string> Interfaces { get; } = new();

    /// <summary>Union members, as written in the schema.</summary>
    public List<string> UnionMembers { get; } = new();

    public List<EnumValueDefinition> EnumValues { get; } = new();

    public List<InputValueDefinition> InputFields { get; } = new();

    public bool IsComposite => Kind is TypeKind.Object or TypeKind.Interface or TypeKind.Union;

    public bool IsAbstract => Kind is TypeKind.Interface or TypeKind.Union;

    public bool IsLeaf => Kind is TypeKind.Scalar or TypeKind.Enum;

    public bool IsInput => Kind is TypeKind.Scalar or TypeKind.Enum or TypeKind.InputObject;

    public FieldDefinition? FindField(string name) => Fields.FirstOrDefault(f => f.Name == name);

    public InputValueDefinition? FindInputField(string name) => InputFields.FirstOrDefault(f => f.Name == name);
}
