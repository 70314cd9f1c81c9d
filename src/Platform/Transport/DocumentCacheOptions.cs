namespace KooMessage.Platform.Transport;

/// <summary>
/// Configuration section "GraphQL:DocumentCache": documents that passed validation once, kept parsed by
/// their text so the same query (what generated clients send) is neither parsed nor validated again.
/// </summary>
public sealed class DocumentCacheOptions
{
    public const string Section = "GraphQL:DocumentCache";

    /// <summary>Characters of document text the cache holds in all; 0 turns it off. The parsed form takes several times the text's size.</summary>
    public long MaxCharacters { get; set; } = 2_000_000;

    /// <summary>A document not asked for in this long leaves the cache.</summary>
    public TimeSpan SlidingExpiration { get; set; } = TimeSpan.FromHours(1);
}
