using Microsoft.Extensions.Options;

namespace KooMessage.Platform.Tenancy.Resolution;

/// <summary>Reads the slug out of the host when Tenancy:HostTemplate (e.g. "{slug}.example.com") is set.</summary>
public sealed class HostTenantStrategy(IOptions<TenancyOptions> options) : ITenantResolutionStrategy
{
    private const string Placeholder = "{slug}";

    public TenantSource Source => TenantSource.Host;

    public string? Identify(TenantResolutionRequest request)
    {
        var template = options.Value.HostTemplate;
        if (string.IsNullOrEmpty(template) || !template.Contains(Placeholder, StringComparison.Ordinal) || !request.Host.HasValue)
            return null;
        var at = template.IndexOf(Placeholder, StringComparison.Ordinal);
        var prefix = template[..at];
        var suffix = template[(at + Placeholder.Length)..];
        var host = request.Host.Host;
        if (host.Length <= prefix.Length + suffix.Length
            || !host.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)
            || !host.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            return null;
        var slug = host[prefix.Length..^suffix.Length].ToLowerInvariant();
        return TenantRules.SlugPattern().IsMatch(slug) ? slug : null;
    }
}
