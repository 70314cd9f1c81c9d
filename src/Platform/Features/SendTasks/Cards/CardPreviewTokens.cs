using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace KooMessage.Platform.Features.SendTasks;

/// <summary>
/// The preview page's address carries what it shows — card, tenant, values, phone family, expiry — signed with
/// a key derived from the install's secret, so nothing is stored and nobody can forge one for another card.
/// </summary>
public sealed class CardPreviewTokens(ClickAddressHasher secrets, TimeProvider clock)
{
    public const string Prefix = "/cards/preview/";

    /// <summary>Longest token: the page's request line stays well inside a server's limits.</summary>
    public const int MaxLength = 6000;

    public static readonly TimeSpan Validity = TimeSpan.FromHours(1);

    private sealed record Payload(Guid Card, Guid Tenant, List<string> Values, PhoneModel Model, long Expires);

    public string? Issue(Guid cardId, Guid tenantId, IReadOnlyList<string> values, PhoneModel model)
    {
        var expires = (clock.GetUtcNow() + Validity).ToUnixTimeSeconds();
        var payload = Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(new Payload(cardId, tenantId, [.. values], model, expires)));
        var token = payload + "." + Base64Url.EncodeToString(Sign(payload));
        return token.Length <= MaxLength ? token : null;
    }

    public (Guid Card, Guid Tenant, IReadOnlyList<string> Values, PhoneModel Model)? Read(string token)
    {
        var dot = token.IndexOf('.', StringComparison.Ordinal);
        if (token.Length > MaxLength || dot < 0)
            return null;
        var payload = token[..dot];
        var signature = token[(dot + 1)..];
        if (!Base64Url.IsValid(signature) || !Base64Url.IsValid(payload)
            || !CryptographicOperations.FixedTimeEquals(Base64Url.DecodeFromChars(signature), Sign(payload)))
            return null;
        var read = JsonSerializer.Deserialize<Payload>(Base64Url.DecodeFromChars(payload));
        return read is null || read.Expires < clock.GetUtcNow().ToUnixTimeSeconds() ? null : (read.Card, read.Tenant, read.Values, read.Model);
    }

    private byte[] Sign(string payload) => HMACSHA256.HashData(secrets.KeyFor("card-preview"), Encoding.ASCII.GetBytes(payload));
}
