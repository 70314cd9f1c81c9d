namespace KooMessage.Platform.GraphQL.PersistedOperations;

/// <summary>Configuration section "GraphQL:PersistedQueries": Apollo's automatic persisted queries.</summary>
public sealed class PersistedQueryOptions
{
    public const string Section = "GraphQL:PersistedQueries";

    public bool Enabled { get; set; } = true;

    /// <summary>Characters of query text the in-process cache holds in all; the least recently used go first.</summary>
    public long CacheCharacters { get; set; } = 32 * 1024 * 1024;

    /// <summary>How long a registered query stays known (in Redis when configured; in process, until evicted).</summary>
    public TimeSpan Lifetime { get; set; } = TimeSpan.FromDays(7);
}
