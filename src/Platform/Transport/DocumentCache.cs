using GraphQLParser.AST;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace KooMessage.Platform.Transport;

/// <summary>
/// Validated documents by their exact text, bounded in characters (<see cref="DocumentCacheOptions"/>).
/// Only a document that passed validation is added, so a client sending garbage cannot fill it, and a
/// hit may skip the specification's validation rules, which depend on the document and schema alone;
/// the rules that depend on the caller or the variables (authorization, introspection, cost, argument
/// limits) still run on every request (<see cref="CachedDocumentValidation"/>). The parsed tree is
/// shared by concurrent requests: execution only reads it.
/// </summary>
public sealed class DocumentCache : IDisposable
{
    private readonly MemoryCache? _cache;
    private readonly TimeSpan _slidingExpiration;

    public DocumentCache(IOptions<DocumentCacheOptions> options)
    {
        var settings = options.Value;
        _slidingExpiration = settings.SlidingExpiration;
        if (settings.MaxCharacters > 0)
            _cache = new MemoryCache(new MemoryCacheOptions { SizeLimit = settings.MaxCharacters });
    }

    public bool TryGet(string? query, out GraphQLDocument document)
    {
        document = null!;
        return _cache is not null && !string.IsNullOrEmpty(query) && _cache.TryGetValue(query, out document!);
    }

    /// <summary>Keeps a document that has just passed validation (a full cache refuses it and compacts).</summary>
    public void Add(string query, GraphQLDocument document)
        => _cache?.Set(query, document, new MemoryCacheEntryOptions { Size = query.Length, SlidingExpiration = _slidingExpiration });

    public void Dispose() => _cache?.Dispose();
}
