using Microsoft.Extensions.Options;

namespace KooMessage.Platform.Features.SendTasks;

/// <summary>
/// Refuses, at start-up in Production, a short <c>ShortLinks:IpHashKey</c>: a guessable key turns the
/// stored click hashes back into client addresses by brute force over the IPv4 space; and name servers
/// for ownership checks that are not addresses.
/// </summary>
public sealed class ShortLinkOptionsValidator(IHostEnvironment environment) : IValidateOptions<ShortLinkOptions>
{
    public ValidateOptionsResult Validate(string? name, ShortLinkOptions options) =>
        options.VerificationNameServers.FirstOrDefault(e => !System.Net.IPEndPoint.TryParse(e, out _)) is { } server
            ? ValidateOptionsResult.Fail($"ShortLinks:VerificationNameServers: '{server}' is not an address or address:port (e.g. 223.5.5.5 or 127.0.0.1:5353).")
            : environment.IsProduction() && options.IpHashKey is { } key && key.Length < ShortLinkOptions.MinimumIpHashKeyLength
            ? ValidateOptionsResult.Fail(
                $"ShortLinks:IpHashKey must have at least {ShortLinkOptions.MinimumIpHashKeyLength} characters in Production " +
                "(e.g. `openssl rand -hex 32`), or be left unset so the install generates its own.")
            : ValidateOptionsResult.Success;
}
