using System.Collections.Generic;
using System.Linq;
using KooMessage.Client.Generator.Model;

namespace KooMessage.Client.Generator.Emit;

/// <summary>
/// Emits one operation: a static container class holding the GraphQL text, the result records and
/// the internal methods that read them from the response JSON.
/// </summary>
internal static class OperationEmitter
{
    public static string Emit(OperationModel operation, string ns)
    {
        var writer = CodeWriter.ForFile(ns);
        writer.Line($"/// <summary>Result types of the <c>{operation.Name}</c> {operation.Kind.ToString().ToLowerInvariant()}; see <see cref=\"{operation.Data.Name}\"/>.</summary>");
        using (writer.Block($"public static partial class {operation.ContainerName}"))
        {
            WriteDocument(writer, operation.Document);
            foreach (var record in operation.Records)
            {
                writer.Line();
                WriteRecord(writer, record, ns);
            }

            foreach (var record in operation.Records)
            {
                writer.Line();
                WriteParser(writer, record);
            }
        }

        return writer.ToString();
    }

    private static void WriteDocument(CodeWriter writer, string document)
    {
        var longestQuoteRun = 0;
        var run = 0;
        foreach (var c in document)
        {
            run = c == '"' ? run + 1 : 0;
            longestQuoteRun = System.Math.Max(longestQuoteRun, run);
        }

        var quotes = new string('"', System.Math.Max(3, longestQuoteRun + 1));
        writer.Line("/// <summary>The GraphQL document sent to the server.</summary>");
        writer.Line($"internal const string OperationText = {quotes}");
        writer.Indent();
        foreach (var line in document.TrimEnd('\n').Split('\n'))
        {
            writer.Line(line);
        }

        writer.Line(quotes + ";");
        writer.Outdent();
    }

    private static void WriteRecord(CodeWriter writer, ResultRecord record, string ns)
    {
        writer.Line(record.Kind switch
        {
            ResultRecordKind.Abstract => $"/// <summary>A <c>{record.GraphQLType}</c>: match on the derived records, chosen by <see cref=\"{record.Name}.Typename\"/>.</summary>",
            ResultRecordKind.Variant => $"/// <summary>The <c>{record.GraphQLType}</c> case of <see cref=\"{record.Base!.Name}\"/>.</summary>",
            ResultRecordKind.Fallback => $"/// <summary>Any other <c>{record.GraphQLType}</c>, including types added to the schema after this client was generated.</summary>",
            _ => $"/// <summary>The selected fields of <c>{record.GraphQLType}</c>.</summary>",
        });
        foreach (var property in record.Properties.Where(p => !string.IsNullOrWhiteSpace(p.Description)))
        {
            writer.Line($"/// <param name=\"{property.PropertyName}\">{CodeWriter.Escape(property.Description!.Replace("\r", string.Empty).Replace('\n', ' '))}</param>");
        }

        var modifier = record.Kind == ResultRecordKind.Abstract ? "abstract" : "sealed";
        var parameters = record.Properties.Select(p => $"{PropertyType(p)} {p.PropertyName}").ToArray();
        var bases = new List<string>();
        if (record.Base is { } baseRecord)
        {
            bases.Add($"{baseRecord.Name}({string.Join(", ", baseRecord.Properties.Select(p => p.PropertyName))})");
        }

        bases.AddRange(record.Interfaces.Select(i => $"global::{ns}.{i.FullName}"));
        var explicitMembers = ExplicitImplementations(record, ns).ToArray();
        var header = $"public {modifier} record {record.Name}(";
        writer.Line(header);
        writer.Indent();
        for (var i = 0; i < parameters.Length; i++)
        {
            var last = i == parameters.Length - 1;
            var end = !last ? "," : ")" + (bases.Count > 0 ? string.Empty : explicitMembers.Length > 0 ? string.Empty : ";");
            writer.Line(parameters[i] + end);
        }

        if (parameters.Length == 0)
        {
            writer.Line(")" + (bases.Count > 0 || explicitMembers.Length > 0 ? string.Empty : ";"));
        }

        if (bases.Count > 0)
        {
            writer.Line($": {string.Join(", ", bases)}" + (explicitMembers.Length > 0 ? string.Empty : ";"));
        }

        writer.Outdent();
        if (explicitMembers.Length > 0)
        {
            using (writer.Block(string.Empty))
            {
                foreach (var member in explicitMembers)
                {
                    writer.Line(member);
                }
            }
        }
    }

    /// <summary>Interface members whose C# type differs from the record's (nested fragment interfaces, nullability).</summary>
    private static IEnumerable<string> ExplicitImplementations(ResultRecord record, string ns)
    {
        var seen = new HashSet<string>();
        foreach (var (declaring, member) in record.Interfaces.SelectMany(Closure).OrderBy(m => m.Declaring.FullName, System.StringComparer.Ordinal).ThenBy(m => m.Member.PropertyName, System.StringComparer.Ordinal))
        {
            var property = record.Properties.First(p => p.PropertyName == member.PropertyName);
            var memberType = member.Nested is { } nested
                ? CSharpTypes.Format(member.Type, $"global::{ns}.{nested.FullName}")
                : CSharpTypes.Format(member.Type, member.Leaf!.CSharpType);
            if (memberType != PropertyType(property) && seen.Add(declaring.FullName + "." + member.PropertyName))
            {
                yield return $"{memberType} global::{ns}.{declaring.FullName}.{member.PropertyName} => {property.PropertyName};";
            }
        }
    }

    private static IEnumerable<(FragmentInterface Declaring, FragmentInterfaceMember Member)> Closure(FragmentInterface fragmentInterface) =>
        fragmentInterface.Members.Select(m => (fragmentInterface, m)).Concat(fragmentInterface.BaseInterfaces.SelectMany(Closure));

    private static string PropertyType(ResultProperty property) =>
        CSharpTypes.Format(property.EffectiveType, property.Leaf?.CSharpType ?? property.Child!.Name);

    private static void WriteParser(CodeWriter writer, ResultRecord record)
    {
        if (record.Kind == ResultRecordKind.Abstract)
        {
            writer.Line($"internal static {record.Name} Parse{record.Name}({CSharpTypes.Json} json) => {CSharpTypes.Reader}.ReadTypename(json) switch");
            writer.Line("{");
            writer.Indent();
            foreach (var variant in record.Variants)
            {
                writer.Line($"\"{variant.GraphQLType}\" => Parse{variant.Name}(json),");
            }

            writer.Line($"_ => Parse{record.Fallback!.Name}(json),");
            writer.Outdent();
            writer.Line("};");
            return;
        }

        if (record.Properties.Count == 0)
        {
            writer.Line($"internal static {record.Name} Parse{record.Name}({CSharpTypes.Json} json) => new();");
            return;
        }

        writer.Line($"internal static {record.Name} Parse{record.Name}({CSharpTypes.Json} json) => new(");
        writer.Indent();
        for (var i = 0; i < record.Properties.Count; i++)
        {
            var property = record.Properties[i];
            var element = $"{CSharpTypes.Reader}.GetField(json, \"{property.ResponseName}\")";
            var value = property.Leaf is { } leaf
                ? CSharpTypes.Read(property.EffectiveType, element, leaf.Reader, leaf.IsValueType)
                : CSharpTypes.Read(property.EffectiveType, element, ParserOf(property.Child!), false);
            writer.Line($"{property.PropertyName}: {value}" + (i == record.Properties.Count - 1 ? ");" : ","));
        }

        writer.Outdent();
    }

    private static string ParserOf(ResultRecord record) => "Parse" + record.Name;
}
