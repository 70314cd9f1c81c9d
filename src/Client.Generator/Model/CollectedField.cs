using System.Collections.Generic;
using System.Linq;
using GraphQLParser.AST;

namespace KooMessage.Client.Generator.Model;

/// <summary>All occurrences of one response key in a selection, merged as GraphQL execution merges them.</summary>
internal sealed class CollectedField
{
    public CollectedField(string responseKey, string fieldName)
    {
        ResponseKey = responseKey;
        FieldName = fieldName;
    }

    public string ResponseKey { get; }

    public string FieldName { get; }

    public List<GraphQLSelectionSet> SubSelections { get; } = new();

    /// <summary>True while every occurrence sits under @include/@skip: the server may leave it out.</summary>
    public bool IsConditional { get; set; } = true;

    public IEnumerable<GraphQLSelectionSet> Children => SubSelections.Where(s => s is not null);
}
