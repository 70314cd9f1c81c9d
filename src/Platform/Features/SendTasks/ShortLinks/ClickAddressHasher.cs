using System.Security.Cryptography;
using System.Text;
using KooMessage.Platform.Data;
using Microsoft.Extensions.Options;

namespace KooMessage.Platform.Features.SendTasks;

/// <summary>
/// Hashes a click's client address with the install's key (HMAC-SHA256): clicks from one address can be
/// told apart from others without the address itself ever being stored. Without a configured key the
/// install's own is read from, or created once in, <c>Storage:Path/keys/ip-hash.key</c>; creation is
/// exclusive, so instances starting together on shared storage end up with the same key.
/// </summary>
public sealed class ClickAddressHasher(IOptions<ShortLinkOptions> shortLinks, StorageOptions storage)
{
    private readonly Lazy<byte[]> _key = new(() => LoadKey(shortLinks.Value, storage));

    public string Hash(System.Net.IPAddress? address)
    {
        var text = address is null ? "unknown" : (address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address).ToString();
        return Convert.ToHexStringLower(HMACSHA256.HashData(_key.Value, Encoding.UTF8.GetBytes(text)));
    }

    /// <summary>A key for another use of the install's secret (e.g. signing preview links), derived so the two never coincide.</summary>
    public byte[] KeyFor(string purpose) => HMACSHA256.HashData(_key.Value, Encoding.UTF8.GetBytes(purpose));

    public static string KeyFile(StorageOptions storage) => Path.Combine(storage.FullPath, "keys", "ip-hash.key");

    private static byte[] LoadKey(ShortLinkOptions options, StorageOptions storage)
    {
        if (!string.IsNullOrEmpty(options.IpHashKey))
            return Encoding.UTF8.GetBytes(options.IpHashKey);

        var file = KeyFile(storage);
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        for (var attempt = 0; attempt < 50; attempt++)
        {
            try
            {
                // Written to a private temporary file first so a reader never sees a half-written key.
                var key = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
                var temporary = $"{file}.{Guid.NewGuid():N}.tmp";
                File.WriteAllText(temporary, key);
                try
                {
                    File.Move(temporary, file, overwrite: false);
                    return Encoding.UTF8.GetBytes(key);
                }
                catch (IOException) when (File.Exists(file))
                {
                    File.Delete(temporary); // another instance won the race: use its key
                }
                var existing = File.ReadAllText(file).Trim();
                if (existing.Length > 0)
                    return Encoding.UTF8.GetBytes(existing);
            }
            catch (IOException) when (attempt < 49)
            {
                Thread.Sleep(20); // a concurrent writer on shared storage; try again
            }
        }
        throw new IOException($"Could not read or create the short-link IP hash key at {file}.");
    }
}
