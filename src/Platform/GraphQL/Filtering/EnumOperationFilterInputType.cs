using GraphQL.Types;

namespace KooMessage.Platform.GraphQL.Filtering;

/// <summary>
/// <c>{Enum}OperationFilterInput</c>. The enum is referenced by name (the C# enum's name), so the
/// enum's own graph type, with its descriptions, stays the only definition.
/// </summary>
public sealed class EnumOperationFilterInputType<TEnum> : OperationFilterInputType
    where TEnum : struct, Enum
{
    public EnumOperationFilterInputType()
    {
        Name = $"{typeof(TEnum).Name}OperationFilterInput";
        Description = $"Conditions on a {typeof(TEnum).Name} value.";
        Equality(typeof(TEnum).Name, "value");
    }
}
