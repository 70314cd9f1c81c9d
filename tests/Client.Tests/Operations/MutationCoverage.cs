using System.Text;
using GraphQLParser.AST;
using KooMessage.Client.Tests.Infrastructure;

namespace KooMessage.Client.Tests.Operations;

/// <summary>
/// Which mutations of the schema no client operation calls, and what to add where: the report a
/// developer reads when they added a mutation to the platform and the client test fails.
/// </summary>
internal sealed class MutationCoverage(SchemaIndex schema, OperationIndex operations)
{
    public IReadOnlyList<GraphQLFieldDefinition> Missing()
    {
        var covered = operations.MutationFields();
        return schema.Mutations.Where(m => !covered.ContainsKey(m.Name.StringValue)).ToArray();
    }

    /// <summary>
    /// The operations file for a mutation: the one that already holds operations about the object its
    /// payload returns (or, for a payload without one, the mutation's noun: <c>deleteSmsApp</c> →
    /// <c>SmsApp</c>), found by that type's fragment or by another mutation about it; else the file named by
    /// that noun as it is, if there is one; else a new <c>{Objects}.graphql</c>.
    /// </summary>
    public string SuggestedFile(GraphQLFieldDefinition mutation)
    {
        var subject = SubjectType(mutation) ?? Noun(mutation.Name.StringValue);
        if (operations.FragmentOn(subject) is { } fragment)
        {
            return operations.FileOf(fragment)!;
        }

        var sibling = operations.MutationFields()
            .Where(m => schema.Mutations.FirstOrDefault(s => s.Name.StringValue == m.Key) is { } other && SubjectType(other) == subject)
            .Select(m => m.Value)
            .Order(StringComparer.Ordinal)
            .FirstOrDefault();
        // A noun that is plural already (addTrustedDocuments → TrustedDocuments) names its file as it is.
        var asIs = $"{RepositoryFiles.OperationsFolder}/{subject}.graphql";
        return sibling ?? (operations.Files.Contains(asIs) ? asIs : $"{RepositoryFiles.OperationsFolder}/{Plural(subject)}.graphql");
    }

    public string Report()
    {
        var missing = Missing();
        if (missing.Count == 0)
        {
            return string.Empty;
        }

        var existing = operations.Files.ToHashSet(StringComparer.Ordinal);
        var skeleton = new OperationSkeleton(schema, operations);
        var report = new StringBuilder();
        report.Append($"{missing.Count} mutation(s) of {RepositoryFiles.SchemaPath} have no operation in {RepositoryFiles.OperationsFolder}, so the typed C# client cannot call them:\n");
        foreach (var mutation in missing)
        {
            report.Append($"  - {SchemaIndex.Signature(mutation)}\n");
        }

        report.Append("Add the operations below to the files named above them (suggestions that pass the generator; trim the selections to what callers need), ");
        report.Append("then build: each becomes a method on IKooMessageClient, and any mistake is reported at its .graphql file and line.\n");
        foreach (var group in missing.GroupBy(SuggestedFile).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            report.Append($"\n# {group.Key}{(existing.Contains(group.Key) ? string.Empty : " (new file)")}\n");
            foreach (var mutation in group)
            {
                var name = OperationName(mutation);
                report.Append($"# -> IKooMessageClient.{name}Async\n");
                report.Append(skeleton.Build(mutation, name));
            }
        }

        return report.ToString();
    }

    public static string OperationName(GraphQLFieldDefinition mutation) => Pascal(mutation.Name.StringValue);

    private static string Pascal(string name) => char.ToUpperInvariant(name[0]) + name[1..];

    /// <summary>The object or interface the payload is about: its first composite field other than errors.</summary>
    /// <summary>The object the payload carries: the one its name says (createSendTask → SendTask) when it has several (sendTask, numbers).</summary>
    private string? SubjectType(GraphQLFieldDefinition mutation)
    {
        var objects = SchemaIndex.Fields(schema.Find(SchemaIndex.NamedType(mutation.Type)))
            .Where(f => f.Name.StringValue != "errors")
            .Select(f => SchemaIndex.NamedType(f.Type))
            .Where(t => schema.Find(t) is GraphQLObjectTypeDefinition or GraphQLInterfaceTypeDefinition)
            .ToList();
        var noun = Noun(mutation.Name.StringValue);
        return objects.Contains(noun) ? noun : objects.FirstOrDefault();
    }

    /// <summary><c>deleteSmsApp</c> → <c>SmsApp</c>: the name without its leading verb.</summary>
    private static string Noun(string mutationName)
    {
        var noun = mutationName.TrimStart("abcdefghijklmnopqrstuvwxyz".ToCharArray());
        return noun.Length > 0 ? noun : Pascal(mutationName);
    }

    private static string Plural(string noun) =>
        noun.EndsWith('y') && noun.Length > 1 && !"aeiou".Contains(noun[^2]) ? noun[..^1] + "ies"
        : noun.EndsWith('s') || noun.EndsWith('x') || noun.EndsWith("ch", StringComparison.Ordinal) || noun.EndsWith("sh", StringComparison.Ordinal) ? noun + "es"
        : noun + "s";
}
