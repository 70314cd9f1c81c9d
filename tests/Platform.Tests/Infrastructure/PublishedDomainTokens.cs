using System.Collections.Concurrent;
using KooMessage.Platform.Features.SendTasks;

namespace KooMessage.Platform.Tests.Infrastructure;

/// <summary>
/// The test double of <see cref="IDomainOwnershipVerifier"/>: a test "publishes" a token for a domain
/// (as its owner would in DNS or on its web server); verification finds exactly what was published. A
/// domain may carry several tokens at once (two tenants each publishing theirs, as DNS allows several TXT
/// records), and <see cref="BeforeAnswer"/> lets a race test line concurrent checks up.
/// </summary>
public sealed class PublishedDomainTokens : IDomainOwnershipVerifier
{
    private readonly ConcurrentDictionary<(string Domain, string Token), DomainOwnershipProof> _published = new();

    public int Checks;

    /// <summary>When set, every check awaits it (with the domain) before answering.</summary>
    public Func<string, Task>? BeforeAnswer { get; set; }

    public void Publish(string domain, string token, DomainOwnershipProof proof = DomainOwnershipProof.DnsTxt) => _published[(domain, token)] = proof;

    public async Task<DomainOwnershipProof?> VerifyAsync(string domain, string token, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref Checks);
        if (BeforeAnswer is { } wait)
            await wait(domain);
        return _published.TryGetValue((domain, token), out var proof) ? proof : null;
    }

    /// <summary>Starts an instance whose ownership checks this double answers.</summary>
    public Task<PlatformHost> StartHostAsync(IDictionary<string, string?>? settings = null)
        => PlatformHost.StartAsync(settings, services => services.AddSingleton<IDomainOwnershipVerifier>(this));
}
