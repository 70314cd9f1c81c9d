using System.Security.Cryptography;
using System.Text;

namespace KooMessage.Client;

/// <summary>
/// Trusted-document ids as the GraphQL over HTTP persisted-documents proposal writes them:
/// <c>sha256:</c> and the lowercase hex SHA-256 of the document's UTF-8 text.
/// </summary>
public static class DocumentIds
{
    public const string Sha256Prefix = "sha256:";

    public static string Of(string document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return Sha256Prefix + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(document)));
    }
}
