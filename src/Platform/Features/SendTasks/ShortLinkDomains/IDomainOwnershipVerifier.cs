namespace KooMessage.Platform.Features.SendTasks;

/// <summary>
/// Checks that whoever controls a domain published a verification token for it. Pluggable: the
/// platform uses DNS and HTTP (<see cref="DnsHttpDomainOwnershipVerifier"/>); tests register a double.
/// </summary>
public interface IDomainOwnershipVerifier
{
    /// <summary>How the token was found published for <paramref name="domain"/>, or null when it was not (never throws for an unreachable domain).</summary>
    Task<DomainOwnershipProof?> VerifyAsync(string domain, string token, CancellationToken cancellationToken);
}
