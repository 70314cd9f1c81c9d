using System;
using System.Collections.Generic;
using System.Linq;
using KooMessage.Client.Generator.Diagnostics;
using KooMessage.Client.Generator.Documents;
using KooMessage.Client.Generator.Emit;
using KooMessage.Client.Generator.Model;
using KooMessage.Client.Generator.Schema;
using KooMessage.Client.Generator.Validation;

namespace KooMessage.Client.Generator.Pipeline;

/// <summary>One generator run as a pure function: files in, sources and diagnostics out.</summary>
internal static class ClientSourceBuilder
{
    public static GenerationResult Build(GeneratorInput input)
    {
        var diagnostics = new DiagnosticCollector();
        var sources = new List<GeneratedSource>();
        if (input.Schema is { } schemaFile)
        {
            Generate(input, schemaFile, diagnostics, sources);
        }

        return new GenerationResult(
            new EquatableArray<GeneratedSource>(sources.OrderBy(s => s.HintName, StringComparer.Ordinal)),
            new EquatableArray<DiagnosticInfo>(diagnostics.Sorted()));
    }

    private static void Generate(GeneratorInput input, GraphQLFile schemaFile, DiagnosticCollector diagnostics, List<GeneratedSource> sources)
    {
        var schemaSource = SourceDocument.Parse(schemaFile.Path, schemaFile.Text, diagnostics);
        var schema = SchemaBuilder.Build(schemaSource, diagnostics);
        var documents = input.Operations.Select(f => SourceDocument.Parse(f.Path, f.Text, diagnostics)).ToArray();
        var set = ExecutableDocumentSet.Collect(documents, diagnostics);
        if (schema is null)
        {
            return;
        }

        var ns = input.Namespace;
        var valid = new OperationValidator(schema, set, diagnostics).Validate();
        valid = WithoutNameCollisions(valid, set, schema, diagnostics);

        var collector = new FieldCollector(schema, set.Fragments);
        var interfaces = new FragmentInterfaceBuilder(schema, set.Fragments, collector, ns);
        var builder = new OperationModelBuilder(schema, set.Fragments, collector, interfaces, ns);
        var operations = valid.Select(o => builder.Build(o, ReachedFragments(o, set))).ToArray();

        foreach (var operation in operations)
        {
            sources.Add(new GeneratedSource(operation.ContainerName + ".g.cs", OperationEmitter.Emit(operation, ns)));
        }

        foreach (var fragmentInterface in interfaces.Interfaces)
        {
            var fragmentName = set.Fragments.Keys.First(k => FragmentInterfaceBuilder.InterfaceName(k) == fragmentInterface.Name);
            sources.Add(new GeneratedSource(fragmentInterface.Name + ".g.cs", FragmentInterfaceEmitter.Emit(fragmentInterface, fragmentName, ns)));
        }

        var (enums, inputs) = UsedTypes(operations, schema);
        foreach (var type in enums)
        {
            sources.Add(new GeneratedSource(type.Name + ".g.cs", EnumEmitter.Emit(type, ns)));
        }

        if (enums.Count > 0)
        {
            sources.Add(new GeneratedSource(ScalarMapping.EnumSerializerName + ".g.cs", EnumEmitter.EmitSerializer(enums, ns)));
        }

        foreach (var type in inputs)
        {
            sources.Add(new GeneratedSource(type.Name + ".g.cs", InputEmitter.Emit(type, schema, ns)));
        }

        sources.Add(new GeneratedSource(ClientEmitter.InterfaceName + ".g.cs", ClientEmitter.EmitInterface(operations, schema, ns)));
        sources.Add(new GeneratedSource(ClientEmitter.ClassName + ".g.cs", ClientEmitter.EmitClass(operations, schema, ns)));
        sources.Add(new GeneratedSource(ClientEmitter.ExtensionsName + ".g.cs", ClientEmitter.EmitRegistration(ns)));
        sources.Add(new GeneratedSource(ClientEmitter.DocumentsName + ".g.cs", ClientEmitter.EmitDocuments(operations, ns)));
    }

    /// <summary>Top-level C# names must be unique: an operation or fragment that would clash is reported and skipped.</summary>
    private static IReadOnlyList<OperationEntry> WithoutNameCollisions(IReadOnlyList<OperationEntry> valid, ExecutableDocumentSet set, SchemaModel schema, DiagnosticCollector diagnostics)
    {
        var owners = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [ClientEmitter.InterfaceName] = "the generated client",
            [ClientEmitter.ClassName] = "the generated client",
            [ClientEmitter.ExtensionsName] = "the generated client",
            [ScalarMapping.EnumSerializerName] = "the generated client",
        };
        foreach (var type in schema.Types.Where(t => t.Kind is TypeKind.Enum or TypeKind.InputObject))
        {
            owners[type.Name] = $"schema type '{type.Name}'";
        }

        var clashing = new HashSet<string>(StringComparer.Ordinal);
        foreach (var fragment in set.Fragments.Values.OrderBy(f => f.Name, StringComparer.Ordinal))
        {
            var name = FragmentInterfaceBuilder.InterfaceName(fragment.Name);
            if (owners.TryGetValue(name, out var owner))
            {
                diagnostics.Report(GeneratorDiagnostics.NameCollision, fragment.Source.Locate(fragment.Node.FragmentName), $"Fragment '{fragment.Name}' would generate interface '{name}', which clashes with {owner}; rename the fragment");
                clashing.Add(fragment.Name);
            }
            else
            {
                owners[name] = $"fragment '{fragment.Name}'";
            }
        }

        var result = new List<OperationEntry>();
        foreach (var operation in valid)
        {
            var name = OperationModelBuilder.ContainerName(operation.Name, operation.Node.Operation);
            if (owners.TryGetValue(name, out var owner))
            {
                diagnostics.Report(GeneratorDiagnostics.NameCollision, operation.Source.Locate(operation.Node.Name!), $"Operation '{operation.Name}' would generate class '{name}', which clashes with {owner}; rename the operation");
                continue;
            }

            owners[name] = $"operation '{operation.Name}'";
            if (!ReachedFragments(operation, set).Any(clashing.Contains))
            {
                result.Add(operation);
            }
        }

        return result;
    }

    private static IReadOnlyCollection<string> ReachedFragments(OperationEntry operation, ExecutableDocumentSet set)
    {
        var reached = new SortedSet<string>(StringComparer.Ordinal);
        var pending = new Stack<GraphQLParser.AST.ASTNode>();
        pending.Push(operation.Node.SelectionSet);
        while (pending.Count > 0)
        {
            switch (pending.Pop())
            {
                case GraphQLParser.AST.GraphQLSelectionSet selectionSet:
                    foreach (var selection in selectionSet.Selections)
                    {
                        pending.Push(selection);
                    }

                    break;
                case GraphQLParser.AST.GraphQLField { SelectionSet: { } children }:
                    pending.Push(children);
                    break;
                case GraphQLParser.AST.GraphQLInlineFragment inline:
                    pending.Push(inline.SelectionSet);
                    break;
                case GraphQLParser.AST.GraphQLFragmentSpread spread:
                    var name = spread.FragmentName.Name.StringValue;
                    if (reached.Add(name))
                    {
                        pending.Push(set.Fragments[name].Node.SelectionSet);
                    }

                    break;
            }
        }

        return reached;
    }

    /// <summary>Enums and input types the operations use, through variables (recursively) or results, by name.</summary>
    private static (IReadOnlyList<SchemaType> Enums, IReadOnlyList<SchemaType> Inputs) UsedTypes(IEnumerable<OperationModel> operations, SchemaModel schema)
    {
        var used = new SortedDictionary<string, SchemaType>(StringComparer.Ordinal);
        var operationList = operations.ToArray();
        foreach (var variable in operationList.SelectMany(o => o.Variables))
        {
            AddInput(variable.Type.Name);
        }

        foreach (var property in operationList.SelectMany(o => o.Records).SelectMany(r => r.Properties))
        {
            if (schema.Find(property.Type.Name) is { Kind: TypeKind.Enum } enumType && property.Leaf is not null)
            {
                used[enumType.Name] = enumType;
            }
        }

        return (
            used.Values.Where(t => t.Kind == TypeKind.Enum).ToArray(),
            used.Values.Where(t => t.Kind == TypeKind.InputObject).ToArray());

        void AddInput(string name)
        {
            var type = schema.Find(name);
            if (type is null || type.Kind is not (TypeKind.Enum or TypeKind.InputObject) || used.ContainsKey(name))
            {
                return;
            }

            used[name] = type;
            foreach (var field in type.InputFields)
            {
                AddInput(field.Type.Name);
            }
        }
    }
}
