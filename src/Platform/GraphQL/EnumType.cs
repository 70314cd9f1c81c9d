using GraphQL.Types;
using KooMessage.Platform.Domain;

namespace KooMessage.Platform.GraphQL;

/// <summary>
/// The graph type of every enum, by convention: named after the enum (or its <c>[Name]</c>),
/// described by its <c>[Description]</c> attributes (the type and each value), values spelled by
/// <see cref="EnumNames"/> so the schema and messages agree. <see cref="EnumTypeMappingProvider"/>
/// maps each CLR enum here; an enum needs no graph type class of its own.
/// </summary>
public sealed class EnumType<TEnum> : EnumerationGraphType<TEnum>
    where TEnum : struct, Enum
{
    protected override string ChangeEnumCase(string val) => EnumNames.ScreamingCase(val);
}
