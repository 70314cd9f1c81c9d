using System.Linq;
using KooMessage.Client.Generator.Naming;
using KooMessage.Client.Generator.Schema;

namespace KooMessage.Client.Generator.Emit;

/// <summary>
/// Emits an input object type as a record. Required fields are <c>required</c>; optional fields
/// remember whether they were set, so "left out" (server default applies) and "set to null"
/// (explicitly cleared) reach the server differently, as GraphQL distinguishes them.
/// </summary>
internal static class InputEmitter
{
    public static string Emit(SchemaType type, SchemaModel schema, string ns)
    {
        var writer = CodeWriter.ForFile(ns);
        writer.Summary(type.Description, $"GraphQL input type <c>{type.Name}</c>.");
        using (writer.Block($"public sealed record {type.Name} : global::KooMessage.Client.IInputObject"))
        {
            var fields = type.InputFields.Select(f => (Field: f, Name: PropertyName(f, type))).ToArray();
            foreach (var (field, name) in fields.Where(f => !f.Field.IsRequired))
            {
                writer.Line($"private readonly {VariableValues.CSharpType(field.Type, schema, ns, !field.Type.IsNonNull)} _{Camel(name)};");
                writer.Line($"private readonly bool _{Camel(name)}IsSet;");
            }

            foreach (var (field, name) in fields)
            {
                writer.Line();
                writer.Summary(field.Description);
                if (field.IsRequired)
                {
                    writer.Line($"public required {VariableValues.CSharpType(field.Type, schema, ns, false)} {name} {{ get; init; }}");
                    continue;
                }

                using (writer.Block($"public {VariableValues.CSharpType(field.Type, schema, ns, !field.Type.IsNonNull)} {name}"))
                {
                    writer.Line($"get => _{Camel(name)};");
                    using (writer.Block("init"))
                    {
                        writer.Line($"_{Camel(name)} = value;");
                        writer.Line($"_{Camel(name)}IsSet = true;");
                    }
                }
            }

            writer.Line();
            using (writer.Block("global::System.Collections.Generic.IEnumerable<global::System.Collections.Generic.KeyValuePair<string, object?>> global::KooMessage.Client.IInputObject.GetFieldValues()"))
            {
                foreach (var (field, name) in fields)
                {
                    var yield = $"yield return new(\"{field.Name}\", {VariableValues.Convert(field.Type, name, schema, ns)});";
                    if (field.IsRequired)
                    {
                        writer.Line(yield);
                        continue;
                    }

                    using (writer.Block($"if (_{Camel(name)}IsSet)"))
                    {
                        writer.Line(yield);
                    }
                }
            }
        }

        return writer.ToString();
    }

    private static string PropertyName(InputValueDefinition field, SchemaType owner)
    {
        var name = Identifier.Property(field.Name);
        return name == owner.Name ? name + "Value" : name;
    }

    private static string Camel(string pascal) => char.ToLowerInvariant(pascal[0]) + pascal.Substring(1);
}
