using System.Net.Mail;

namespace KooMessage.Platform.Domain;

public static class EmailAddresses
{
    /// <summary>A plain address (local@domain.tld), no display name, at most 254 characters.</summary>
    public static bool IsValid(string? value)
    {
        if (string.IsNullOrWhiteSpace(value) || value.Length > 254 || value.Contains(' ', StringComparison.Ordinal))
            return false;
        return MailAddress.TryCreate(value, out var address) && address.Address == value && address.Host.Contains('.', StringComparison.Ordinal);
    }
}
