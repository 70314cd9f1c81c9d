using System.Security.Cryptography;
using System.Text.RegularExpressions;
using KooMessage.Platform.Domain;

namespace KooMessage.Platform.Features.SendTasks;

/// <summary>
/// Pure rules of a tenant's own short-link domain: what a host name is, and where the ownership token
/// must be published (a DNS TXT record or a file under /.well-known).
/// </summary>
public static partial class ShortLinkDomainRules
{
    public const int DomainMax = 253;

    /// <summary>The label prepended to the domain for the TXT record: <c>_koomessage-verify.&lt;domain&gt;</c>.</summary>
    public const string TxtRecordLabel = "_koomessage-verify";

    /// <summary>The path of the HTTP token, on http:// and https:// of the domain.</summary>
    public const string WellKnownPath = "/.well-known/koomessage-verify.txt";

    /// <summary>Length of a verification token (hex of 16 random bytes).</summary>
    public const int TokenLength = 32;

    [GeneratedRegex(@"^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$")]
    private static partial Regex HostName();

    /// <summary>Trimmed and lower-cased, as domains are stored and compared; null when blank.</summary>
    public static string? Normalize(string? domain) => string.IsNullOrWhiteSpace(domain) ? null : domain.Trim().ToLowerInvariant();

    /// <summary>A host name such as s.example.cn (no scheme, port, path or IP literal), checked after <see cref="Normalize"/>.</summary>
    public static InputValidator ValidateDomain(this InputValidator v, string field, string? domain)
    {
        if (domain is null || domain.Length > DomainMax || !HostName().IsMatch(domain))
            v.Fail(field, $"{field} must be a host name such as s.example.cn.");
        return v;
    }

    public static string TxtRecordName(string domain) => $"{TxtRecordLabel}.{domain}";

    /// <summary>A fresh unguessable token, so a domain cannot be claimed by guessing what its owner published.</summary>
    public static string NewToken() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(TokenLength / 2));

    /// <summary>Whether a published TXT value or HTTP body carries the token (surrounding whitespace and quotes aside).</summary>
    public static bool Proves(string? published, string token)
        => published is not null && string.Equals(published.Trim().Trim('"').Trim(), token, StringComparison.Ordinal);
}
