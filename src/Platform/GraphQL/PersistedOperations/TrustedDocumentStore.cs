using System.Collections.Frozen;
using System.Text;
using KooMessage.Client;
using KooMessage.Platform.Files;
using Microsoft.Extensions.Caching.Memory;

namespace KooMessage.Platform.GraphQL.PersistedOperations;

/// <summary>
/// The trusted documents, keyed by the lowercase hex SHA-256 of their text: every operation of the
/// platform's typed client (src/Client/Operations, compiled in, exactly as the client sends it) and the
/// documents a platform admin registered (<c>addTrustedDocuments</c>). Registered ones are kept one blob
/// per hash in the blob store, so every instance sharing the store knows them, and are cached here.
/// </summary>
public sealed class TrustedDocumentStore(IBlobStore blobs) : IDisposable
{
    private const string KeyPrefix = "trusted-documents/";
    private const string Sha256Prefix = "sha256:";

    /// <summary>The operations of src/Client/Operations.</summary>
    public static FrozenDictionary<string, string> ClientDocuments { get; } =
        KooMessageOperationDocuments.All.ToFrozenDictionary(AutomaticPersistedQueries.Hash, d => d, StringComparer.Ordinal);

    private readonly MemoryCache _registered = new(new MemoryCacheOptions { SizeLimit = 32 * 1024 * 1024 });

    /// <summary>
    /// A document id as the GraphQL over HTTP persisted-documents proposal writes it, <c>sha256:</c> and
    /// 64 hex digits; the bare hash (graphql-codegen's persisted-documents manifest keys) is the same id.
    /// </summary>
    public static bool TryParseId(string? id, out string hash)
    {
        hash = string.Empty;
        if (id is null)
            return false;
        var hex = id.StartsWith(Sha256Prefix, StringComparison.Ordinal) ? id[Sha256Prefix.Length..] : id;
        if (hex.Length != 64 || !hex.All(Uri.IsHexDigit))
            return false;
        hash = hex.ToLowerInvariant();
        return true;
    }

    public async Task<string?> FindAsync(string hash, CancellationToken cancellationToken)
    {
        if (ClientDocuments.TryGetValue(hash, out var text) || _registered.TryGetValue(hash, out text))
            return text;
        try
        {
            await using var stream = await blobs.OpenReadAsync(KeyPrefix + hash, cancellationToken);
            using var reader = new StreamReader(stream, Encoding.UTF8);
            text = await reader.ReadToEndAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
        Remember(hash, text!);
        return text;
    }

    /// <summary>Registers a document whose hash the caller has verified; false when it was known already.</summary>
    public async Task<bool> AddAsync(string hash, string text, CancellationToken cancellationToken)
    {
        if (await FindAsync(hash, cancellationToken) is not null)
            return false;
        try
        {
            await blobs.WriteAsync(KeyPrefix + hash, new MemoryStream(Encoding.UTF8.GetBytes(text)), cancellationToken);
        }
        catch (IOException)
        {
            // Another request or instance stored the same document (same hash, same text) first.
            if (await FindAsync(hash, CancellationToken.None) is not null)
                return false;
            throw;
        }
        Remember(hash, text);
        return true;
    }

    private void Remember(string hash, string text) => _registered.Set(hash, text, new MemoryCacheEntryOptions { Size = text.Length });

    public void Dispose() => _registered.Dispose();
}
