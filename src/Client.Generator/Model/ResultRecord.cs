using System.Collections.Generic;

namespace KooMessage.Client.Generator.Model;

/// <summary>A generated result record for one selection set (nested in its operation's container class).</summary>
internal sealed class ResultRecord
{
    public ResultRecord(string graphQLType, ResultRecordKind kind)
    {
        GraphQLType = graphQLType;
        Kind = kind;
    }

    /// <summary>The C# name, assigned by <see cref="RecordNaming"/> once the operation's whole tree is built.</summary>
    public string Name { get; set; } = string.Empty;

    /// <summary>The GraphQL type the selection is on (the concrete type for variants).</summary>
    public string GraphQLType { get; }

    public ResultRecordKind Kind { get; }

    /// <summary>All properties, base ones first for variants.</summary>
    public List<ResultProperty> Properties { get; } = new();

    /// <summary>Fragment interfaces this record implements, ordered by name.</summary>
    public SortedSet<FragmentInterface> Interfaces { get; } = new(FragmentInterface.ByFullName);

    /// <summary>For variants and fallbacks: the abstract record they derive from.</summary>
    public ResultRecord? Base { get; set; }

    /// <summary>For abstract records: the record of each concrete type chosen by name, ordered by type name.</summary>
    public List<ResultRecord> Variants { get; } = new();

    /// <summary>For abstract records: the record every other __typename maps to.</summary>
    public ResultRecord? Fallback { get; set; }
}
