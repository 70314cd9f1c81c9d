using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace KooMessage.Client.Generator.Naming;

/// <summary>Turns GraphQL names into C# identifiers.</summary>
internal static class Identifier
{
    /// <summary>Members every record already has; a GraphQL field with such a name gets a "Value" suffix.</summary>
    private static readonly string[] RecordMembers =
    {
        "Clone", "Deconstruct", "EqualityContract", "Equals", "Finalize", "GetHashCode", "GetType",
        "MemberwiseClone", "PrintMembers", "ReferenceEquals", "ToString",
    };

    /// <summary>camelCase, snake_case and SCREAMING_CASE become PascalCase; leading underscores are dropped.</summary>
    public static string Pascal(string name)
    {
        var parts = name.Split('_').Where(p => p.Length > 0).ToArray();
        if (parts.Length == 0)
        {
            return "Value";
        }

        var screaming = parts.All(p => p.ToUpperInvariant() == p);
        var builder = new StringBuilder(name.Length);
        foreach (var part in parts)
        {
            var word = screaming ? part.ToLowerInvariant() : part;
            builder.Append(char.ToUpperInvariant(word[0])).Append(word, 1, word.Length - 1);
        }

        return builder.ToString();
    }

    /// <summary>A property name that cannot hide a member every record inherits.</summary>
    public static string Property(string responseName)
    {
        var name = Pascal(responseName);
        return RecordMembers.Contains(name) ? name + "Value" : name;
    }

    /// <summary>A parameter or local name: the GraphQL name as written, escaped when it is a C# keyword.</summary>
    public static string Parameter(string name) =>
        SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None ? "@" + name : name;
}
