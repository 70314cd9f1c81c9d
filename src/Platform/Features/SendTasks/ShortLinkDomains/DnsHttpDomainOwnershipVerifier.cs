using System.Net;
using System.Text;
using DnsClient;
using Microsoft.Extensions.Options;

namespace KooMessage.Platform.Features.SendTasks;

/// <summary>
/// The platform's ownership check: the TXT record <c>_koomessage-verify.&lt;domain&gt;</c> asked of the
/// configured resolvers (ShortLinks:VerificationNameServers, else the machine's), then the token file at
/// https:// and http:// of the domain. The fetch goes through the callbacks' address guard, so a tenant
/// cannot point the platform at its own private network; it follows no redirects and reads 1 KB at most.
/// </summary>
public sealed class DnsHttpDomainOwnershipVerifier(HttpClient http, IOptions<ShortLinkOptions> options, ILogger<DnsHttpDomainOwnershipVerifier> logger)
    : IDomainOwnershipVerifier
{
    private const int MaxTokenBytes = 1024;

    public async Task<DomainOwnershipProof?> VerifyAsync(string domain, string token, CancellationToken cancellationToken)
    {
        if (await TxtRecordProvesAsync(domain, token, cancellationToken))
            return DomainOwnershipProof.DnsTxt;
        foreach (var scheme in new[] { "https", "http" })
        {
            if (await HttpTokenProvesAsync(new Uri($"{scheme}://{domain}{ShortLinkDomainRules.WellKnownPath}"), token, cancellationToken))
                return DomainOwnershipProof.HttpToken;
        }
        return null;
    }

    private async Task<bool> TxtRecordProvesAsync(string domain, string token, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var servers = NameServers(settings.VerificationNameServers);
        var lookupOptions = servers.Length == 0 ? new LookupClientOptions() : new LookupClientOptions(servers);
        lookupOptions.UseCache = false;
        lookupOptions.Timeout = settings.VerificationTimeout;
        lookupOptions.Retries = 1;
        lookupOptions.ThrowDnsErrors = false;
        try
        {
            var response = await new LookupClient(lookupOptions).QueryAsync(ShortLinkDomainRules.TxtRecordName(domain), QueryType.TXT, QueryClass.IN, cancellationToken);
            return response.Answers.TxtRecords().Any(r => ShortLinkDomainRules.Proves(string.Concat(r.Text), token));
        }
        catch (DnsResponseException ex)
        {
            logger.LogInformation(ex, "The TXT record of {Domain} could not be read.", domain);
            return false;
        }
    }

    private async Task<bool> HttpTokenProvesAsync(Uri url, string token, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.Value.VerificationTimeout);
        try
        {
            using var response = await http.GetAsync(url, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            if (response.StatusCode != HttpStatusCode.OK)
                return false;
            await using var body = await response.Content.ReadAsStreamAsync(timeout.Token);
            var buffer = new byte[MaxTokenBytes];
            var read = 0;
            int n;
            while (read < buffer.Length && (n = await body.ReadAsync(buffer.AsMemory(read), timeout.Token)) > 0)
                read += n;
            return ShortLinkDomainRules.Proves(Encoding.UTF8.GetString(buffer, 0, read), token);
        }
        catch (Exception ex) when (ex is HttpRequestException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            logger.LogInformation(ex, "The ownership token at {Url} could not be fetched.", url);
            return false;
        }
    }

    /// <summary>"address" or "address:port" entries (checked at start-up by <see cref="ShortLinkOptionsValidator"/>).</summary>
    public static NameServer[] NameServers(IEnumerable<string> entries)
        => entries.Select(e => IPEndPoint.TryParse(e, out var endpoint)
                ? new NameServer(endpoint.Port == 0 ? new IPEndPoint(endpoint.Address, NameServer.DefaultPort) : endpoint)
                : throw new FormatException($"ShortLinks:VerificationNameServers: '{e}' is not an address or address:port."))
            .ToArray();
}
