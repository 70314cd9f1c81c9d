namespace KooMessage.Client.Generator.Schema;

/// <summary>One value of an enum type.</summary>
internal sealed class EnumValueDefinition
{
    public EnumValueDefinition(string name, string? description)
    {
        Name = name;
        Description = description;
    }

    public string Name { get; }

    public string? Description { get; }
}
