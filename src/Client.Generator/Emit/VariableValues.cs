using KooMessage.Client.Generator.Model;
using KooMessage.Client.Generator.Schema;

namespace KooMessage.Client.Generator.Emit;

/// <summary>
/// Converts C# values into what the runtime's variable writer understands. Only enums need work
/// (they are sent by their GraphQL name); everything else — scalars, Upload, input records, lists —
/// is passed through as is.
/// </summary>
internal static class VariableValues
{
    public static string Convert(TypeRef type, string expression, SchemaModel schema, string ns, int depth = 0)
    {
        if (!ContainsEnum(type, schema))
        {
            return expression;
        }

        if (type.IsNonNull)
        {
            return ConvertNonNull(type.OfType!, expression, schema, ns, depth);
        }

        var value = "value" + depth;
        return type.IsList
            ? $"{expression} is null ? null : {ConvertNonNull(type, expression, schema, ns, depth)}"
            : $"{expression} is {{ }} {value} ? {ConvertNonNull(type, value, schema, ns, depth + 1)} : null";
    }

    /// <summary>The C# type of a variable or input field; optional ones are nullable so callers can leave them out.</summary>
    public static string CSharpType(TypeRef type, SchemaModel schema, string ns, bool optional)
    {
        var leaf = ScalarMapping.ForInput(schema.Find(type.Name)!, ns);
        return CSharpTypes.Format(optional ? type.Nullable() : type, leaf.CSharpType);
    }

    private static string ConvertNonNull(TypeRef type, string expression, SchemaModel schema, string ns, int depth)
    {
        if (!type.IsList)
        {
            return $"global::{ns}.{ScalarMapping.EnumSerializerName}.Serialize({expression})";
        }

        var item = "item" + depth;
        return $"global::System.Linq.Enumerable.ToArray(global::System.Linq.Enumerable.Select({expression}, static {item} => {Convert(type.OfType!, item, schema, ns, depth + 1)}))";
    }

    private static bool ContainsEnum(TypeRef type, SchemaModel schema) => schema.Find(type.Name)?.Kind == TypeKind.Enum;
}
