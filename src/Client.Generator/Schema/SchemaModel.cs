using System;
using System.Collections.Generic;
using System.Linq;

namespace KooMessage.Client.Generator.Schema;

/// <summary>The schema the operations are checked against and the C# types are generated from.</summary>
internal sealed class SchemaModel
{
    private readonly Dictionary<string, SchemaType> _types;

    public SchemaModel(Dictionary<string, SchemaType> types, string queryType, string? mutationType, string? subscriptionType)
    {
        _types = types;
        QueryType = queryType;
        MutationType = mutationType;
        SubscriptionType = subscriptionType;
    }

    public string QueryType { get; }

    public string? MutationType { get; }

    public string? SubscriptionType { get; }

    public IEnumerable<SchemaType> Types => _types.Values;

    public SchemaType? Find(string name) => _types.TryGetValue(name, out var type) ? type : null;

    /// <summary>Object types a value of <paramref name="type"/> can have at run time, ordered by name.</summary>
    public IReadOnlyList<SchemaType> PossibleTypes(SchemaType type) => type.Kind switch
    {
        TypeKind.Object => new[] { type },
        TypeKind.Union => type.UnionMembers.Select(Find).OfType<SchemaType>()
            .OrderBy(t => t.Name, StringComparer.Ordinal).ToArray(),
        TypeKind.Interface => _types.Values
            .Where(t => t.Kind == TypeKind.Object && t.Interfaces.Contains(type.Name))
            .OrderBy(t => t.Name, StringComparer.Ordinal).ToArray(),
        _ => Array.Empty<SchemaType>(),
    };

    /// <summary>Whether a fragment on <paramref name="condition"/> applies to an object of type <paramref name="concrete"/>.</summary>
    public bool Applies(SchemaType condition, SchemaType concrete) =>
        condition.Name == concrete.Name || PossibleTypes(condition).Any(t => t.Name == concrete.Name);

    /// <summary>Whether two composite types share a possible type (fragment spreads must be possible).</summary>
    public bool Overlap(SchemaType a, SchemaType b)
    {
        var left = PossibleTypes(a).Select(t => t.Name);
        return PossibleTypes(b).Any(t => left.Contains(t.Name));
    }
}
