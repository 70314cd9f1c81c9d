using KooMessage.Client.Generator.Schema;

namespace KooMessage.Client.Generator.Model;

/// <summary>
/// Maps GraphQL scalars and enums to C# without any registration by the user. Well-known custom
/// scalars get a precise type; any other custom scalar stays raw JSON so nothing is lost.
/// </summary>
internal static class ScalarMapping
{
    public const string Runtime = "global::KooMessage.Client";
    private const string Reader = Runtime + ".ResultReader.";

    public static LeafType ForOutput(SchemaType type, string ns)
    {
        if (type.Kind == TypeKind.Enum)
        {
            return new LeafType($"global::{ns}.{type.Name}", $"global::{ns}.{EnumSerializerName}.Read{type.Name}", true);
        }

        return type.Name switch
        {
            "String" or "ID" => new LeafType("string", Reader + "ReadString", false),
            "Int" => new LeafType("int", Reader + "ReadInt32", true),
            "Float" => new LeafType("double", Reader + "ReadDouble", true),
            "Boolean" => new LeafType("bool", Reader + "ReadBoolean", true),
            "Long" => new LeafType("long", Reader + "ReadInt64", true),
            "Decimal" => new LeafType("decimal", Reader + "ReadDecimal", true),
            "DateTime" => new LeafType("global::System.DateTimeOffset", Reader + "ReadDateTime", true),
            _ => new LeafType("global::System.Text.Json.JsonElement", Reader + "ReadJson", true),
        };
    }

    /// <summary>Input positions differ from output ones only for Upload, which is a file to send.</summary>
    public static LeafType ForInput(SchemaType type, string ns) =>
        type.Kind == TypeKind.InputObject
            ? new LeafType($"global::{ns}.{type.Name}", string.Empty, false)
            : type.Name == "Upload"
                ? new LeafType(Runtime + ".Upload", string.Empty, false)
                : ForOutput(type, ns);

    /// <summary>The generated class that converts enums to and from their GraphQL names.</summary>
    public const string EnumSerializerName = "KooMessageEnumSerializer";
}
