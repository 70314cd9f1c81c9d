using System;
using System.Collections.Generic;
using System.Linq;
using GraphQLParser.AST;
using KooMessage.Client.Generator.Diagnostics;
using KooMessage.Client.Generator.Documents;

namespace KooMessage.Client.Generator.Schema;

/// <summary>Builds a <see cref="SchemaModel"/> from SDL, reporting references to types that do not exist.</summary>
internal static class SchemaBuilder
{
    private static readonly string[] BuiltInScalars = { "Boolean", "Float", "ID", "Int", "String" };

    public static SchemaModel? Build(SourceDocument source, DiagnosticCollector diagnostics)
    {
        if (source.Document is null)
        {
            return null;
        }

        var types = new Dictionary<string, SchemaType>(StringComparer.Ordinal);
        foreach (var scalar in BuiltInScalars)
        {
            types[scalar] = new SchemaType(scalar, TypeKind.Scalar, null);
        }

        string? query = null, mutation = null, subscription = null;
        var extensions = new List<GraphQLTypeExtension>();
        foreach (var definition in source.Document.Definitions)
        {
            switch (definition)
            {
                case GraphQLSchemaDefinition schema:
                    foreach (var root in schema.OperationTypes)
                    {
                        var name = root.Type!.Name.StringValue;
                        switch (root.Operation)
                        {
                            case OperationType.Query: query = name; break;
                            case OperationType.Mutation: mutation = name; break;
                            case OperationType.Subscription: subscription = name; break;
                        }
                    }

                    break;
                case GraphQLTypeExtension extension:
                    extensions.Add(extension);
                    break;
                case GraphQLTypeDefinition typeDefinition:
                    var type = CreateType(typeDefinition);
                    if (type is not null)
                    {
                        types[type.Name] = type;
                    }

                    break;
            }
        }

        foreach (var extension in extensions)
        {
            if (types.TryGetValue(extension.Name.StringValue, out var extended))
            {
                AddMembers(extended, extension);
            }
            else
            {
                diagnostics.Report(GeneratorDiagnostics.InvalidSchema, source.Locate(extension.Name), $"The schema extends type '{extension.Name.StringValue}', which is not defined");
            }
        }

        query ??= types.ContainsKey("Query") ? "Query" : null;
        mutation ??= types.ContainsKey("Mutation") ? "Mutation" : null;
        subscription ??= types.ContainsKey("Subscription") ? "Subscription" : null;
        if (query is null)
        {
            diagnostics.Report(GeneratorDiagnostics.InvalidSchema, source.Locate(0, 0), "The schema defines no query type");
            return null;
        }

        var before = diagnostics.Count;
        CheckReferences(source, types, diagnostics);
        return diagnostics.Count == before ? new SchemaModel(types, query, mutation, subscription) : null;
    }

    private static SchemaType? CreateType(GraphQLTypeDefinition definition)
    {
        var description = definition.Description?.Value.ToString();
        var kind = definition switch
        {
            GraphQLScalarTypeDefinition => TypeKind.Scalar,
            GraphQLObjectTypeDefinition => TypeKind.Object,
            GraphQLInterfaceTypeDefinition => TypeKind.Interface,
            GraphQLUnionTypeDefinition => TypeKind.Union,
            GraphQLEnumTypeDefinition => TypeKind.Enum,
            GraphQLInputObjectTypeDefinition => TypeKind.InputObject,
            _ => (TypeKind?)null,
        };
        if (kind is null)
        {
            return null;
        }

        var type = new SchemaType(definition.Name.StringValue, kind.Value, description);
        AddMembers(type, definition);
        return type;
    }

    private static void AddMembers(SchemaType type, ASTNode node)
    {
        if (node is IHasFieldsDefinitionNode { Fields: { } fields })
        {
            type.Fields.AddRange(fields.Select(f => new FieldDefinition(
                f.Name.StringValue,
                TypeRef.From(f.Type),
                f.Arguments?.Select(CreateInputValue).ToArray() ?? Array.Empty<InputValueDefinition>(),
                f.Description?.Value.ToString())));
        }

        if (node is IHasInterfacesNode { Interfaces: { } interfaces })
        {
            type.Interfaces.AddRange(interfaces.Select(i => i.Name.StringValue));
        }

        switch (node)
        {
            case GraphQLUnionTypeDefinition { Types: { } members }:
                type.UnionMembers.AddRange(members.Select(m => m.Name.StringValue));
                break;
            case GraphQLUnionTypeExtension { Types: { } members }:
                type.UnionMembers.AddRange(members.Select(m => m.Name.StringValue));
                break;
            case GraphQLEnumTypeDefinition { Values: { } values }:
                type.EnumValues.AddRange(values.Select(CreateEnumValue));
                break;
            case GraphQLEnumTypeExtension { Values: { } values }:
                type.EnumValues.AddRange(values.Select(CreateEnumValue));
                break;
            case GraphQLInputObjectTypeDefinition { Fields: { } inputFields }:
                type.InputFields.AddRange(inputFields.Select(CreateInputValue));
                break;
            case GraphQLInputObjectTypeExtension { Fields: { } inputFields }:
                type.InputFields.AddRange(inputFields.Select(CreateInputValue));
                break;
        }
    }

    private static EnumValueDefinition CreateEnumValue(GraphQLEnumValueDefinition value) =>
        new(value.EnumValue.Name.StringValue, value.Description?.Value.ToString());

    private static InputValueDefinition CreateInputValue(GraphQLInputValueDefinition value) =>
        new(value.Name.StringValue, TypeRef.From(value.Type), value.DefaultValue, value.Description?.Value.ToString());

    /// <summary>Every type a definition mentions must exist and be of a kind that fits where it is used.</summary>
    private static void CheckReferences(SourceDocument source, Dictionary<string, SchemaType> types, DiagnosticCollector diagnostics)
    {
        foreach (var definition in source.Document!.Definitions.OfType<GraphQLTypeDefinition>())
        {
            var owner = definition.Name.StringValue;
            if (definition is IHasFieldsDefinitionNode { Fields: { } fields })
            {
                foreach (var field in fields)
                {
                    Expect(field.Type, t => t.Kind != TypeKind.InputObject, $"the output field '{owner}.{field.Name.StringValue}'");
                    foreach (var argument in field.Arguments ?? Enumerable.Empty<GraphQLInputValueDefinition>())
                    {
                        Expect(argument.Type, t => t.IsInput, $"the argument '{owner}.{field.Name.StringValue}({argument.Name.StringValue}:)'");
                    }
                }
            }

            if (definition is GraphQLInputObjectTypeDefinition { Fields: { } inputFields })
            {
                foreach (var field in inputFields)
                {
                    Expect(field.Type, t => t.IsInput, $"the input field '{owner}.{field.Name.StringValue}'");
                }
            }

            if (definition is IHasInterfacesNode { Interfaces: { } interfaces })
            {
                foreach (var named in interfaces)
                {
                    Expect(named, t => t.Kind == TypeKind.Interface, $"the interfaces of '{owner}'");
                }
            }

            if (definition is GraphQLUnionTypeDefinition { Types: { } members })
            {
                foreach (var member in members)
                {
                    Expect(member, t => t.Kind == TypeKind.Object, $"the members of union '{owner}'");
                }
            }
        }

        void Expect(GraphQLType type, Func<SchemaType, bool> fits, string where)
        {
            while (type is not GraphQLNamedType)
            {
                type = type is GraphQLNonNullType nonNull ? nonNull.Type : ((GraphQLListType)type).Type;
            }

            var named = (GraphQLNamedType)type;
            if (!types.TryGetValue(named.Name.StringValue, out var target))
            {
                diagnostics.Report(GeneratorDiagnostics.InvalidSchema, source.Locate(named), $"Type '{named.Name.StringValue}' used in {where} is not defined");
            }
            else if (!fits(target))
            {
                diagnostics.Report(GeneratorDiagnostics.InvalidSchema, source.Locate(named), $"Type '{named.Name.StringValue}' is a {target.Kind} type and cannot be used in {where}");
            }
        }
    }
}
