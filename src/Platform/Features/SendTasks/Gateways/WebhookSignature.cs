using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace KooMessage.Platform.Features.SendTasks.Gateways;

/// <summary>
/// HMAC-SHA256 signatures of webhook bodies, both ways: <c>X-KooMessage-Timestamp: &lt;unix seconds&gt;</c>
/// and <c>X-KooMessage-Signature: sha256=&lt;hex(HMAC(secret, timestamp + "." + body))&gt;</c>. The timestamp
/// is signed too, so a captured request cannot be replayed after the tolerance.
/// </summary>
public static class WebhookSignature
{
    public const string TimestampHeader = "X-KooMessage-Timestamp";
    public const string SignatureHeader = "X-KooMessage-Signature";
    private const string Scheme = "sha256=";

    public static string Sign(string secret, long timestamp, ReadOnlySpan<byte> body)
    {
        var prefix = Encoding.UTF8.GetBytes(timestamp.ToString(CultureInfo.InvariantCulture) + ".");
        var payload = new byte[prefix.Length + body.Length];
        prefix.CopyTo(payload, 0);
        body.CopyTo(payload.AsSpan(prefix.Length));
        return Scheme + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), payload));
    }

    /// <summary>Constant-time check of a signature and its timestamp's age.</summary>
    public static bool Verify(string secret, string? timestamp, string? signature, ReadOnlySpan<byte> body, DateTimeOffset now, TimeSpan tolerance)
    {
        if (signature is null || !long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
            return false;
        if ((now - DateTimeOffset.FromUnixTimeSeconds(seconds)).Duration() > tolerance)
            return false;
        var expected = Encoding.ASCII.GetBytes(Sign(secret, seconds, body));
        return CryptographicOperations.FixedTimeEquals(expected, Encoding.ASCII.GetBytes(signature));
    }
}
