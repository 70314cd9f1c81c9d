using System.Collections.Generic;

namespace KooMessage.Client.Generator.Validation;

/// <summary>What validating one operation or fragment body found: variable usages and fragments it spreads.</summary>
internal sealed class DefinitionFacts
{
    public List<VariableUsage> Usages { get; } = new();

    public SortedSet<string> Spreads { get; } = new(System.StringComparer.Ordinal);

    public bool HasErrors { get; set; }
}
