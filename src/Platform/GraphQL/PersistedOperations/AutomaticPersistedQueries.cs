using System.Security.Cryptography;
using System.Text;
using GraphQL;
using GraphQL.Transport;
using KooMessage.Platform.Events;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace KooMessage.Platform.GraphQL.PersistedOperations;

/// <summary>
/// Apollo's automatic persisted queries: a client sends <c>extensions.persistedQuery {version: 1,
/// sha256Hash}</c> without the text; an unknown hash gets <c>PERSISTED_QUERY_NOT_FOUND</c> and the client
/// retries with text and hash, which registers the text once its hash is verified. Texts live in a
/// bounded in-process cache and, when Redis is configured, in Redis, so every instance knows them.
/// A trusted document is known by its hash without registration; with <c>GraphQL:TrustedDocumentsOnly</c>
/// only trusted documents are (texts never reach this class then, see PersistedOperationResolver).
/// </summary>
public sealed class AutomaticPersistedQueries(IOptions<PersistedQueryOptions> options, IOptions<RedisOptions> redisOptions,
    TrustedDocumentStore trusted, IOptions<TrustedDocumentOptions> trustedOptions, IServiceProvider services) : IDisposable
{
    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = options.Value.CacheCharacters });
    private readonly RedisConnection? _redis = services.GetService<RedisConnection>();

    /// <summary>The request with its text filled in, or the error that answers it instead.</summary>
    public async Task<(GraphQLRequest Request, ExecutionError? Error)> ResolveAsync(GraphQLRequest request, CancellationToken cancellationToken)
    {
        if (!options.Value.Enabled || request.Extensions?.TryGetValue("persistedQuery", out var value) != true)
            return (request, null);
        if (value is not IDictionary<string, object?> persisted
            || !persisted.TryGetValue("version", out var version) || version is not (1 or 1L)
            || !persisted.TryGetValue("sha256Hash", out var hashValue) || hashValue is not string { Length: 64 } hash || !hash.All(Uri.IsHexDigit))
            return (request, new ExecutionError("extensions.persistedQuery needs version 1 and a sha256Hash of 64 hex digits.") { Code = ErrorCodes.InvalidRequest });
        hash = hash.ToLowerInvariant();

        if (string.IsNullOrEmpty(request.Query))
        {
            var known = await trusted.FindAsync(hash, cancellationToken)
                ?? (trustedOptions.Value.TrustedDocumentsOnly ? null : await FindAsync(hash));
            return known is null
                ? (request, new ExecutionError("PersistedQueryNotFound") { Code = ErrorCodes.PersistedQueryNotFound })
                : (new GraphQLRequest { Query = known, OperationName = request.OperationName, Variables = request.Variables, Extensions = request.Extensions }, null);
        }
        if (Hash(request.Query) != hash)
            return (request, new ExecutionError("The query's SHA-256 hash does not match extensions.persistedQuery.sha256Hash.") { Code = ErrorCodes.PersistedQueryHashMismatch });
        await RegisterAsync(hash, request.Query);
        return (request, null);
    }

    public static string Hash(string query) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(query)));

    private async Task<string?> FindAsync(string hash)
    {
        if (_cache.TryGetValue<string>(hash, out var text))
            return text;
        if (_redis is null)
            return null;
        var stored = await (await _redis.GetAsync()).GetDatabase().StringGetAsync(redisOptions.Value.Key("apq:" + hash));
        if (stored.IsNullOrEmpty)
            return null;
        text = stored.ToString();
        Remember(hash, text);
        return text;
    }

    private async Task RegisterAsync(string hash, string text)
    {
        if (_cache.TryGetValue<string>(hash, out _))
            return;
        Remember(hash, text);
        if (_redis is not null)
            await (await _redis.GetAsync()).GetDatabase().StringSetAsync(redisOptions.Value.Key("apq:" + hash), text, options.Value.Lifetime);
    }

    private void Remember(string hash, string text)
        => _cache.Set(hash, text, new MemoryCacheEntryOptions { Size = text.Length, SlidingExpiration = options.Value.Lifetime });

    public void Dispose() => _cache.Dispose();
}
