using System.Collections.Generic;
using System.Linq;
using GraphQLParser.AST;

namespace KooMessage.Client.Generator.Model;

/// <summary>The merged fields of a selection for one concrete type, and which selection sets contributed.</summary>
internal sealed class FieldCollection
{
    private readonly Dictionary<string, CollectedField> _byKey = new();

    public List<CollectedField> Fields { get; } = new();

    /// <summary>Selection sets visited, compared by reference: they tell which fragment interfaces apply.</summary>
    public HashSet<GraphQLSelectionSet> VisitedSets { get; } = new(ReferenceEqualityComparer.Instance);

    /// <summary>Fragments spread on exactly the collected type, when collecting a fragment's own interface.</summary>
    public SortedSet<string> SameTypeSpreads { get; } = new(System.StringComparer.Ordinal);

    /// <summary>Whether an inline fragment or fragment spread names the collected type itself.</summary>
    public bool NamedByTypeCondition { get; set; }

    public IEnumerable<string> Keys => Fields.Select(f => f.ResponseKey);

    public CollectedField Add(string key, string fieldName)
    {
        if (!_byKey.TryGetValue(key, out var field))
        {
            field = new CollectedField(key, fieldName);
            _byKey.Add(key, field);
            Fields.Add(field);
        }

        return field;
    }

    public CollectedField? Find(string key) => _byKey.TryGetValue(key, out var field) ? field : null;
}
