using System;

namespace KooMessage.Client.Generator.Pipeline;

/// <summary>A .graphql additional file, reduced to plain strings so pipeline caching compares by value.</summary>
internal sealed record GraphQLFile(string Path, string Text) : IComparable<GraphQLFile>
{
    public int CompareTo(GraphQLFile? other) => string.CompareOrdinal(Path, other?.Path);
}
