using GraphQL.Types;

namespace KooMessage.Platform.GraphQL.Mutations;

/// <summary>
/// Inputs are declared once, as records named <c>…Input</c>. Wherever one is used by its CLR type (a
/// mutation's input, a nested input, a query argument), this maps it to GraphQL.NET's
/// <see cref="AutoRegisteringInputObjectGraphType{TSourceType}"/>, which makes the input object type:
/// named after the record, one camelCase field per public settable property, with
/// <list type="bullet">
/// <item>nullability from the C# annotations: <c>string</c> is <c>String!</c>, <c>string?</c> is
/// <c>String</c>, <c>List&lt;T&gt;?</c> is <c>[T!]</c>; an optional value the server defaults is
/// nullable in C# as well, and defaulted where it is used;</item>
/// <item><c>[Id]</c> on a global ID: <c>ID!</c> in the schema, an opaque string in C# that
/// <c>GlobalIdLookup</c> resolves (an ID of another type is not found, naming the field);</item>
/// <item><c>[Description]</c> on the record and on each property, <c>[DefaultValue]</c> for a default the
/// schema shows; enums and nested inputs resolve by their CLR type.</item>
/// </list>
/// Fields that create and update share live in an abstract base record, declared once. A class not
/// named <c>…Input</c> is left unmapped, so the schema refuses it instead of publishing a misnamed type.
/// </summary>
public sealed class InputObjectConvention : IGraphTypeMappingProvider
{
    public Type? GetGraphTypeFromClrType(Type clrType, bool isInputType, Type? preferredType)
        => preferredType ?? (isInputType && IsInputRecord(clrType) ? typeof(AutoRegisteringInputObjectGraphType<>).MakeGenericType(clrType) : null);

    private static bool IsInputRecord(Type type)
        => type is { IsClass: true, IsAbstract: false } && type.Name.EndsWith("Input", StringComparison.Ordinal);
}
