using System.Collections.Concurrent;
using KooMessage.Platform.Features.SendTasks;

namespace KooMessage.Platform.Tests.Infrastructure;

/// <summary>
/// The test double of <see cref="IDomainOwnershipVerifier"/>: a test "publishes" a token for a domain
/// (as its owner would in DNS or on its web server); verification finds exactly what was published.
/// </summary>
public sealed class PublishedDomainTokens : IDomainOwnershipVerifier
{
    private readonly ConcurrentDictionary<string, (string Token, DomainOwnershipProof Proof)> _published = new(StringComparer.Ordinal);

    public int Checks;

    public void Publish(string domain, string token, DomainOwnershipProof proof = DomainOwnershipProof.DnsTxt) => _published[domain] = (token, proof);

    public Task<DomainOwnershipProof?> VerifyAsync(string domain, string token, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref Checks);
        return Task.FromResult<DomainOwnershipProof?>(_published.TryGetValue(domain, out var published) && published.Token == token ? published.Proof : null);
    }

    /// <summary>Starts an instance whose ownership checks this double answers.</summary>
    public Task<PlatformHost> StartHostAsync(IDictionary<string, string?>? settings = null)
        => PlatformHost.StartAsync(settings, services => services.AddSingleton<IDomainOwnershipVerifier>(this));
}
