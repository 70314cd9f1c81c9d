using System.Collections.Generic;
using System.Linq;
using GraphQLParser.AST;
using KooMessage.Client.Generator.Diagnostics;
using KooMessage.Client.Generator.Documents;
using KooMessage.Client.Generator.Schema;

namespace KooMessage.Client.Generator.Validation;

/// <summary>
/// Checks literal values against input types (argument values, input object fields, variable
/// defaults) and records every variable it meets with the type expected at that place.
/// </summary>
internal sealed class ValueValidator
{
    private readonly SchemaModel _schema;
    private readonly DiagnosticCollector _diagnostics;

    public ValueValidator(SchemaModel schema, DiagnosticCollector diagnostics)
    {
        _schema = schema;
        _diagnostics = diagnostics;
    }

    /// <returns>False when a problem was reported.</returns>
    public bool Validate(GraphQLValue value, TypeRef expected, bool locationHasDefault, SourceDocument source, string where, ICollection<VariableUsage>? usages)
    {
        if (value is GraphQLVariable variable)
        {
            if (usages is null)
            {
                return Fail(GeneratorDiagnostics.WrongType, source, value, $"{where} is a constant and cannot use variable '${variable.Name.StringValue}'");
            }

            usages.Add(new VariableUsage(variable, source, expected, locationHasDefault));
            return true;
        }

        if (value is GraphQLNullValue)
        {
            return !expected.IsNonNull || Fail(GeneratorDiagnostics.WrongType, source, value, $"{where} expects a non-null '{expected}' but got null");
        }

        var type = expected.Nullable();
        if (type.IsList)
        {
            return value is GraphQLListValue list
                ? (list.Values ?? new List<GraphQLValue>()).Select(item => Validate(item, type.OfType!, false, source, where, usages)).ToArray().All(ok => ok)
                : Validate(value, type.OfType!, false, source, where, usages);
        }

        var named = _schema.Find(type.Name);
        if (named is null)
        {
            return false;
        }

        switch (named.Kind)
        {
            case TypeKind.Enum:
                if (value is not GraphQLEnumValue enumValue)
                {
                    return Fail(GeneratorDiagnostics.WrongType, source, value, $"{where} expects a value of enum '{named.Name}' but got {Describe(value)}");
                }

                var member = enumValue.Name.StringValue;
                return named.EnumValues.Any(v => v.Name == member)
                    || Fail(GeneratorDiagnostics.WrongType, source, value, $"{where}: '{member}' is not a value of enum '{named.Name}'");
            case TypeKind.InputObject:
                return value is GraphQLObjectValue objectValue
                    ? ValidateObject(objectValue, named, source, where, usages)
                    : Fail(GeneratorDiagnostics.WrongType, source, value, $"{where} expects an input object '{named.Name}' but got {Describe(value)}");
            case TypeKind.Scalar:
                return ScalarAccepts(named.Name, value)
                    || Fail(GeneratorDiagnostics.WrongType, source, value, $"{where} expects '{named.Name}' but got {Describe(value)}");
            default:
                return Fail(GeneratorDiagnostics.WrongType, source, value, $"{where} has output type '{named.Name}', which cannot take a value");
        }
    }

    private bool ValidateObject(GraphQLObjectValue value, SchemaType type, SourceDocument source, string where, ICollection<VariableUsage>? usages)
    {
        var ok = true;
        var given = new HashSet<string>();
        foreach (var field in value.Fields ?? new List<GraphQLObjectField>())
        {
            var name = field.Name.StringValue;
            if (!given.Add(name))
            {
                ok = Fail(GeneratorDiagnostics.DuplicateName, source, field.Name, $"Input field '{name}' is given more than once");
                continue;
            }

            var definition = type.FindInputField(name);
            if (definition is null)
            {
                ok = Fail(GeneratorDiagnostics.UnknownArgument, source, field.Name, $"Input type '{type.Name}' has no field '{name}'");
                continue;
            }

            ok &= Validate(field.Value, definition.Type, definition.DefaultValue is not null, source, $"Input field '{type.Name}.{name}'", usages);
        }

        foreach (var missing in type.InputFields.Where(f => f.IsRequired && !given.Contains(f.Name)))
        {
            ok = Fail(GeneratorDiagnostics.MissingArgument, source, value, $"Input type '{type.Name}' requires field '{missing.Name}' of type '{missing.Type}'");
        }

        return ok;
    }

    /// <summary>Literal forms each scalar accepts; custom scalars accept any literal because only the server knows their rules.</summary>
    private static bool ScalarAccepts(string scalar, GraphQLValue value) => scalar switch
    {
        "Int" or "Long" => value is GraphQLIntValue,
        "Float" => value is GraphQLIntValue or GraphQLFloatValue,
        "Decimal" => value is GraphQLIntValue or GraphQLFloatValue or GraphQLStringValue,
        "String" or "DateTime" => value is GraphQLStringValue,
        "Boolean" => value is GraphQLBooleanValue,
        "ID" => value is GraphQLStringValue or GraphQLIntValue,
        _ => value is not GraphQLVariable,
    };

    private static string Describe(GraphQLValue value) => value switch
    {
        GraphQLIntValue => "an Int value",
        GraphQLFloatValue => "a Float value",
        GraphQLStringValue => "a String value",
        GraphQLBooleanValue => "a Boolean value",
        GraphQLEnumValue e => $"the enum value '{e.Name.StringValue}'",
        GraphQLListValue => "a list",
        GraphQLObjectValue => "an object",
        _ => "a value",
    };

    private bool Fail(Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor, SourceDocument source, ASTNode node, string message)
    {
        _diagnostics.Report(descriptor, source.Locate(node), message);
        return false;
    }
}
