using System.Collections.Generic;
using System.Linq;

namespace KooMessage.Client.Generator.Schema;

/// <summary>A field of an object or interface type.</summary>
internal sealed class FieldDefinition
{
    public FieldDefinition(string name, TypeRef type, IReadOnlyList<InputValueDefinition> arguments, string? description)
    {
        Name = name;
        Type = type;
        Arguments = arguments;
        Description = description;
    }

    public string Name { get; }

    public TypeRef Type { get; }

    public IReadOnlyList<InputValueDefinition> Arguments { get; }

    public string? Description { get; }

    public InputValueDefinition? FindArgument(string name) => Arguments.FirstOrDefault(a => a.Name == name);
}
