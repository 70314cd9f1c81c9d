using System;
using System.Collections.Generic;
using System.Linq;
using GraphQLParser.AST;
using KooMessage.Client.Generator.Diagnostics;

namespace KooMessage.Client.Generator.Documents;

/// <summary>
/// All operations and fragments of all operation files, indexed by name. Files are visited in
/// path order so "defined twice" always blames the same occurrence.
/// </summary>
internal sealed class ExecutableDocumentSet
{
    private ExecutableDocumentSet(IReadOnlyList<OperationEntry> operations, IReadOnlyDictionary<string, FragmentEntry> fragments)
    {
        Operations = operations;
        Fragments = fragments;
    }

    /// <summary>Operations ordered by name.</summary>
    public IReadOnlyList<OperationEntry> Operations { get; }

    public IReadOnlyDictionary<string, FragmentEntry> Fragments { get; }

    public static ExecutableDocumentSet Collect(IEnumerable<SourceDocument> documents, DiagnosticCollector diagnostics)
    {
        var operations = new Dictionary<string, OperationEntry>(StringComparer.Ordinal);
        var fragments = new Dictionary<string, FragmentEntry>(StringComparer.Ordinal);
        foreach (var source in documents.OrderBy(d => d.Path, StringComparer.Ordinal))
        {
            if (source.Document is null)
            {
                continue;
            }

            foreach (var definition in source.Document.Definitions)
            {
                switch (definition)
                {
                    case GraphQLOperationDefinition { Name: null } anonymous:
                        diagnostics.Report(GeneratorDiagnostics.AnonymousOperation, source.Locate(anonymous.Location.Start, 1), "Every operation needs a name: the client method is named after it");
                        break;
                    case GraphQLOperationDefinition operation:
                        var name = operation.Name.StringValue;
                        if (operations.ContainsKey(name))
                        {
                            diagnostics.Report(GeneratorDiagnostics.DuplicateName, source.Locate(operation.Name), $"Operation '{name}' is defined more than once");
                        }
                        else
                        {
                            operations.Add(name, new OperationEntry(name, operation, source));
                        }

                        break;
                    case GraphQLFragmentDefinition fragment:
                        var fragmentName = fragment.FragmentName.Name.StringValue;
                        if (fragments.ContainsKey(fragmentName))
                        {
                            diagnostics.Report(GeneratorDiagnostics.DuplicateName, source.Locate(fragment.FragmentName), $"Fragment '{fragmentName}' is defined more than once");
                        }
                        else
                        {
                            fragments.Add(fragmentName, new FragmentEntry(fragmentName, fragment, source));
                        }

                        break;
                    default:
                        diagnostics.Report(GeneratorDiagnostics.UnsupportedOperation, source.Locate(definition.Location.Start, 1), "Operation files hold only operations and fragments; schema definitions belong in schema.graphql");
                        break;
                }
            }
        }

        return new ExecutableDocumentSet(
            operations.Values.OrderBy(o => o.Name, StringComparer.Ordinal).ToArray(),
            fragments);
    }
}
