using GraphQL.Types;

namespace KooMessage.Platform.GraphQL.Filtering;

/// <summary>
/// <c>{Enum}OperationFilterInput</c>. <typeparamref name="TEnum"/> is a C# enum (named after it) or
/// an enum graph type class (named by <see cref="GraphTypeNames"/>). The enum is referenced by name,
/// so the enum's own graph type, with its descriptions, stays the only definition.
/// </summary>
public sealed class EnumOperationFilterInputType<TEnum> : OperationFilterInputType
{
    public EnumOperationFilterInputType()
    {
        var enumName = typeof(TEnum).IsEnum ? typeof(TEnum).Name : GraphTypeNames.Of(typeof(TEnum));
        Name = $"{enumName}OperationFilterInput";
        Description = $"Conditions on a {enumName} value.";
        Equality(enumName, "value");
    }
}
