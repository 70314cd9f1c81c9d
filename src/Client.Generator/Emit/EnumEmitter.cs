using System.Collections.Generic;
using System.Linq;
using KooMessage.Client.Generator.Model;
using KooMessage.Client.Generator.Naming;
using KooMessage.Client.Generator.Schema;

namespace KooMessage.Client.Generator.Emit;

/// <summary>
/// Emits GraphQL enums as C# enums plus one serializer class. Each enum gets an extra first member
/// (Unknown) that values added to the schema after generation map to, so a new server never breaks
/// an old client.
/// </summary>
internal static class EnumEmitter
{
    public static string UnknownMember(SchemaType type) =>
        type.EnumValues.Any(v => Identifier.Pascal(v.Name) == "Unknown") ? "Unrecognized" : "Unknown";

    public static string Emit(SchemaType type, string ns)
    {
        var writer = CodeWriter.ForFile(ns);
        writer.Summary(type.Description, $"GraphQL enum <c>{type.Name}</c>.");
        using (writer.Block($"public enum {type.Name}"))
        {
            writer.Line("/// <summary>A value this client does not know: the server added it after the client was generated.</summary>");
            writer.Line(UnknownMember(type) + ",");
            foreach (var value in type.EnumValues)
            {
                writer.Line();
                writer.Summary(value.Description, $"GraphQL value <c>{value.Name}</c>.");
                writer.Line(Identifier.Pascal(value.Name) + ",");
            }
        }

        return writer.ToString();
    }

    public static string EmitSerializer(IEnumerable<SchemaType> enums, string ns)
    {
        var writer = CodeWriter.ForFile(ns);
        writer.Line("/// <summary>Converts the generated enums to and from their GraphQL names without reflection.</summary>");
        using (writer.Block($"internal static class {ScalarMapping.EnumSerializerName}"))
        {
            var first = true;
            foreach (var type in enums)
            {
                if (!first)
                {
                    writer.Line();
                }

                first = false;
                var csharp = $"global::{ns}.{type.Name}";
                var unknown = UnknownMember(type);
                writer.Line($"public static {csharp} Parse{type.Name}(string value) => value switch");
                writer.Line("{");
                writer.Indent();
                foreach (var value in type.EnumValues)
                {
                    writer.Line($"\"{value.Name}\" => {csharp}.{Identifier.Pascal(value.Name)},");
                }

                writer.Line($"_ => {csharp}.{unknown},");
                writer.Outdent();
                writer.Line("};");
                writer.Line();
                writer.Line($"public static {csharp} Read{type.Name}({CSharpTypes.Json} json) => Parse{type.Name}({CSharpTypes.Reader}.ReadString(json));");
                writer.Line();
                writer.Line($"public static string Serialize({csharp} value) => value switch");
                writer.Line("{");
                writer.Indent();
                foreach (var value in type.EnumValues)
                {
                    writer.Line($"{csharp}.{Identifier.Pascal(value.Name)} => \"{value.Name}\",");
                }

                writer.Line($"_ => throw new global::System.ArgumentOutOfRangeException(nameof(value), value, \"{type.Name}.{unknown} stands for a value this client does not know; it cannot be sent.\"),");
                writer.Outdent();
                writer.Line("};");
            }
        }

        return writer.ToString();
    }
}
