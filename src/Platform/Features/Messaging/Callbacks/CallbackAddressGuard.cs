using System.Net;
using System.Net.Sockets;
using KooMessage.Platform.Domain;
using Microsoft.Extensions.Options;

namespace KooMessage.Platform.Features.Messaging;

/// <summary>
/// Resolves a callback host and keeps only addresses the configuration allows (<see cref="CallbackAddressRules"/>).
/// Used when a URL is set and by every delivery's connection, which connects only to the addresses
/// checked here: a host that resolves elsewhere between the check and the connection (DNS rebinding)
/// is checked again and refused.
/// </summary>
public sealed class CallbackAddressGuard(IOptions<CallbackOptions> options)
{
    public async Task<IPAddress[]> ResolveAsync(string field, string host, CancellationToken cancellationToken)
    {
        IPAddress[] addresses;
        if (IPAddress.TryParse(host.Trim('[', ']'), out var literal))
        {
            addresses = [literal];
        }
        else
        {
            try
            {
                addresses = await Dns.GetHostAddressesAsync(host, cancellationToken);
            }
            catch (SocketException)
            {
                throw new DomainException(new ValidationError(field, $"The callback host '{host}' does not resolve."));
            }
        }
        if (addresses.Length == 0)
            throw new DomainException(new ValidationError(field, $"The callback host '{host}' does not resolve."));
        if (!Exempt(host) && addresses.Any(CallbackAddressRules.IsNonPublic))
            throw new DomainException(new ValidationError(field,
                $"The callback host '{host}' resolves to a private, loopback or link-local address; callbacks go to public addresses only."));
        return addresses;
    }

    private bool Exempt(string host)
        => options.Value.AllowPrivateAddresses || options.Value.AllowedHosts.Contains(host, StringComparer.OrdinalIgnoreCase);

    /// <summary>The connection of every callback POST: resolve, check, connect to a checked address only.</summary>
    public async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        IPAddress[] addresses;
        try
        {
            addresses = await ResolveAsync("url", context.DnsEndPoint.Host, cancellationToken);
        }
        catch (DomainException ex)
        {
            throw new HttpRequestException(HttpRequestError.ConnectionError, ex.Errors[0].Message);
        }
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(addresses, context.DnsEndPoint.Port, cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}
