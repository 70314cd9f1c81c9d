using System.Net;
using System.Net.Sockets;
using KooMessage.Platform.Domain;

namespace KooMessage.Platform.Features.Messaging;

/// <summary>
/// What a callback URL may be and where it may point, as pure rules: an absolute https URL (http only
/// where configured) without credentials or fragment, and addresses outside the ranges a server-side
/// request must never reach (SSRF): unspecified, loopback, private (RFC 1918), CGNAT (100.64/10),
/// link-local (169.254/16, fe80::/10, cloud metadata), unique-local (fc00::/7), multicast, broadcast,
/// reserved, and IPv4 embedded in IPv6 (mapped, NAT64) judged as the IPv4 it carries.
/// </summary>
public static class CallbackAddressRules
{
    public const int UrlMax = 2000;

    public static Uri ParseUrl(string field, string? url, bool requireHttps)
    {
        if (string.IsNullOrWhiteSpace(url) || url.Length > UrlMax)
            throw Invalid(field, $"A callback URL is an absolute URL of 1–{UrlMax} characters.");
        if (!Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http") || string.IsNullOrEmpty(uri.Host))
            throw Invalid(field, "A callback URL is an absolute https:// URL.");
        if (requireHttps && uri.Scheme != "https")
            throw Invalid(field, "A callback URL must use https://.");
        if (uri.UserInfo.Length > 0 || uri.Fragment.Length > 0)
            throw Invalid(field, "A callback URL carries no user name, password or fragment.");
        return uri;
    }

    /// <summary>Whether a connection to this address is refused unless private addresses are allowed.</summary>
    public static bool IsNonPublic(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
            return IsNonPublic(address.MapToIPv4());
        var bytes = address.GetAddressBytes();
        if (address.AddressFamily == AddressFamily.InterNetwork)
        {
            return bytes[0] switch
            {
                0 or 10 or 127 => true,
                100 => (bytes[1] & 0xC0) == 64,                 // 100.64.0.0/10 CGNAT
                169 => bytes[1] == 254,                          // link-local, metadata services
                172 => (bytes[1] & 0xF0) == 16,                  // 172.16.0.0/12
                192 => (bytes[1] == 168) || (bytes[1] == 0 && bytes[2] is 0 or 2) || (bytes[1] == 88 && bytes[2] == 99),
                198 => (bytes[1] & 0xFE) == 18 || (bytes[1] == 51 && bytes[2] == 100), // benchmarking, TEST-NET-2
                203 => bytes[1] == 0 && bytes[2] == 113,         // TEST-NET-3
                >= 224 => true,                                  // multicast, reserved, broadcast
                _ => false,
            };
        }
        if (address.AddressFamily != AddressFamily.InterNetworkV6)
            return true;
        if (IPAddress.IsLoopback(address) || address.Equals(IPAddress.IPv6None) || address.Equals(IPAddress.IPv6Any))
            return true;
        if (address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6Multicast || (bytes[0] & 0xFE) == 0xFC)
            return true;
        // 64:ff9b::/96 (NAT64) and ::/96 (IPv4-compatible) carry an IPv4 address in their last four bytes.
        var nat64 = bytes[0] == 0x00 && bytes[1] == 0x64 && bytes[2] == 0xFF && bytes[3] == 0x9B && bytes.AsSpan(4, 8).IndexOfAnyExcept((byte)0) < 0;
        var compatible = bytes.AsSpan(0, 12).IndexOfAnyExcept((byte)0) < 0;
        if (nat64 || compatible)
            return IsNonPublic(new IPAddress(bytes.AsSpan(12, 4)));
        return bytes[0] == 0x20 && bytes[1] == 0x01 && bytes[2] == 0x0D && bytes[3] == 0xB8; // 2001:db8::/32 documentation
    }

    private static DomainException Invalid(string field, string message) => new(new ValidationError(field, message));
}
