using GraphQL.Types;

namespace KooMessage.Platform.GraphQL;

/// <summary>
/// Maps every CLR enum to <see cref="EnumType{TEnum}"/>, so <c>Field(x => x.Status)</c>, enum
/// arguments and enum properties of inputs resolve to the one graph type of that enum.
/// </summary>
public sealed class EnumTypeMappingProvider : IGraphTypeMappingProvider
{
    public Type? GetGraphTypeFromClrType(Type clrType, bool isInputType, Type? preferredGraphType)
        => preferredGraphType ?? (clrType.IsEnum ? typeof(EnumType<>).MakeGenericType(clrType) : null);
}
