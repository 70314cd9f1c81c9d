using KooMessage.Client.Generator.Schema;

namespace KooMessage.Client.Generator.Model;

/// <summary>One field of a result record: a leaf value or a nested record (or record hierarchy).</summary>
internal sealed class ResultProperty
{
    public ResultProperty(string responseName, string propertyName, TypeRef type, bool isConditional, LeafType? leaf, ResultRecord? child, string? description)
    {
        ResponseName = responseName;
        PropertyName = propertyName;
        Type = type;
        IsConditional = isConditional;
        Leaf = leaf;
        Child = child;
        Description = description;
    }

    public string ResponseName { get; }

    public string PropertyName { get; }

    /// <summary>The field's schema type; an @include/@skip field is treated as nullable.</summary>
    public TypeRef Type { get; }

    public bool IsConditional { get; }

    public LeafType? Leaf { get; }

    /// <summary>The record for a composite field (abstract when the field type is an interface or union).</summary>
    public ResultRecord? Child { get; }

    public string? Description { get; }

    /// <summary>The type as the record exposes it: an @include/@skip field may be absent, hence nullable.</summary>
    public TypeRef EffectiveType => IsConditional ? Type.Nullable() : Type;
}
