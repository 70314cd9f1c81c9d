using KooMessage.Client.Generator.Schema;

namespace KooMessage.Client.Generator.Emit;

/// <summary>Spells GraphQL type references as C# types and builds the expressions that read them from JSON.</summary>
internal static class CSharpTypes
{
    public const string Reader = "global::KooMessage.Client.ResultReader";
    public const string ReadOnlyList = "global::System.Collections.Generic.IReadOnlyList";
    public const string Json = "global::System.Text.Json.JsonElement";

    /// <summary>Nullable GraphQL types become nullable C# types; lists become IReadOnlyList.</summary>
    public static string Format(TypeRef type, string named) =>
        type.IsNonNull ? Inner(type.OfType!, named) : Inner(type, named) + "?";

    private static string Inner(TypeRef type, string named) =>
        type.IsList ? $"{ReadOnlyList}<{Format(type.OfType!, named)}>" : named;

    /// <summary>
    /// An expression that reads <paramref name="element"/> as <paramref name="type"/>: null checks for
    /// nullable levels, ReadList for lists and <paramref name="namedReader"/> for the named type.
    /// </summary>
    public static string Read(TypeRef type, string element, string namedReader, bool namedIsValueType, int depth = 0)
    {
        if (type.IsNonNull)
        {
            return ReadNonNull(type.OfType!, element, namedReader, namedIsValueType, depth);
        }

        var value = "value" + depth;
        var helper = !type.IsList && namedIsValueType ? "OrNullValue" : "OrNull";
        return $"{Reader}.{helper}({element}, static {value} => {ReadNonNull(type, value, namedReader, namedIsValueType, depth + 1)})";
    }

    private static string ReadNonNull(TypeRef type, string element, string namedReader, bool namedIsValueType, int depth)
    {
        if (!type.IsList)
        {
            return $"{namedReader}({element})";
        }

        var item = "item" + depth;
        return $"{Reader}.ReadList({element}, static {item} => {Read(type.OfType!, item, namedReader, namedIsValueType, depth + 1)})";
    }
}
