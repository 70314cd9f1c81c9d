using System;
using System.Collections.Generic;
using System.Linq;

namespace KooMessage.Client.Generator.Naming;

/// <summary>
/// Hands out unique type names inside one C# scope (an operation's container class or a fragment
/// interface). The first free candidate wins; when all are taken a number is appended to the
/// first. Callers offer candidates in a fixed order, so names are stable for a given operation.
/// </summary>
internal sealed class NameScope
{
    private readonly HashSet<string> _taken = new(StringComparer.Ordinal);

    public NameScope(IEnumerable<string> reserved)
    {
        foreach (var name in reserved)
        {
            _taken.Add(name);
        }
    }

    /// <summary>
    /// Preferred names of the type selected by a field: the type name; then the field-prefixed one,
    /// unless it only stutters (field <c>tenant</c> of <c>Tenant</c>, <c>file</c> of <c>FileRef</c>);
    /// then the field prefixed with the parent's name.
    /// </summary>
    public static IEnumerable<string> FieldTypeCandidates(string typeName, string fieldPascal, string parentName)
    {
        yield return typeName;
        if (!typeName.StartsWith(fieldPascal, StringComparison.Ordinal))
        {
            yield return fieldPascal + typeName;
        }

        yield return parentName + fieldPascal;
    }

    /// <param name="candidates">Preferred names, best first.</param>
    /// <param name="forbidden">Names the type may not take (C# forbids a member named like its type).</param>
    public string Claim(IEnumerable<string> candidates, ICollection<string> forbidden)
    {
        var list = candidates.Where(c => c.Length > 0).Distinct().ToArray();
        foreach (var candidate in list)
        {
            if (!_taken.Contains(candidate) && !forbidden.Contains(candidate))
            {
                _taken.Add(candidate);
                return candidate;
            }
        }

        for (var i = 2; ; i++)
        {
            var numbered = list[0] + i;
            if (!_taken.Contains(numbered) && !forbidden.Contains(numbered))
            {
                _taken.Add(numbered);
                return numbered;
            }
        }
    }
}
