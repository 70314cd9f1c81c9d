using System.Net;
using System.Security.Cryptography;
using System.Text;
using KooMessage.Platform.Data;
using KooMessage.Platform.Features.SendTasks;
using KooMessage.Platform.Features.SendTasks.Gateways;
using KooMessage.Platform.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace KooMessage.Platform.Tests.SendTasks.ShortLinks;

/// <summary>
/// The links messages carry (<c>https://{PublicDomain}/{code}</c>) work on the short domain itself, and a
/// click's hashed address is the client's: from X-Forwarded-For only when a configured proxy sent it.
/// </summary>
public sealed class ShortLinkDomainTests
{
    private const string Key = "test-ip-hash-key-0123456789abcdef0123";

    private static Dictionary<string, string?> Settings(params (string Key, string Value)[] extra)
    {
        var settings = new Dictionary<string, string?>(SendTaskScenario.FastDispatch) { ["ShortLinks:IpHashKey"] = Key };
        foreach (var (key, value) in extra)
            settings[key] = value;
        return settings;
    }

    private static string Hash(string address) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(Key), Encoding.UTF8.GetBytes(address)));

    /// <summary>Sends a one-recipient task and returns the URL the Sandbox gateway was given for it.</summary>
    private static async Task<Uri> SentLinkAsync(PlatformHost host)
    {
        var story = await SendTaskScenario.StartAsync(host);
        var id = await story.CreateAsync(story.Input());
        await story.WaitForAsync(id, t => SendTaskScenario.Progress(t, "sent") == 1);
        await using var scope = host.Services.CreateAsyncScope();
        var message = await scope.ServiceProvider.GetRequiredService<KooMessageDbContext>().Set<SandboxMessage>().SingleAsync();
        return new Uri(message.ShortLinkUrl!);
    }

    private static async Task<List<ShortLinkClick>> ClicksAsync(PlatformHost host)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<KooMessageDbContext>().Set<ShortLinkClick>().IgnoreQueryFilters().ToListAsync();
    }

    private static HttpRequestMessage Get(PlatformHost host, string path, string? hostHeader = null, string? forwardedFor = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, new Uri(host.BaseAddress, path));
        if (hostHeader is not null)
            request.Headers.Host = hostHeader;
        if (forwardedFor is not null)
            request.Headers.Add("X-Forwarded-For", forwardedFor);
        return request;
    }

    [Fact]
    public async Task The_url_in_the_message_opens_on_the_short_domain_and_nowhere_else()
    {
        await using var host = await PlatformHost.StartAsync(Settings());
        var link = await SentLinkAsync(host);
        Assert.Equal("https", link.Scheme);
        Assert.Equal("kmsg.cn", link.Host);

        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
        // A recipient without a custom URL gets the card page.
        var opened = await http.SendAsync(Get(host, link.AbsolutePath, hostHeader: link.Host));
        Assert.Equal(HttpStatusCode.OK, opened.StatusCode);
        Assert.Equal(HttpStatusCode.Gone, (await http.SendAsync(Get(host, "/ZZZZZZZZ", hostHeader: link.Host))).StatusCode);
        // On the API's own host a bare code is not a route; /s/{code} stays for it.
        Assert.Equal(HttpStatusCode.NotFound, (await http.SendAsync(Get(host, link.AbsolutePath))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await http.SendAsync(Get(host, "/s" + link.AbsolutePath))).StatusCode);
        // The short domain still answers the API's literal routes as themselves, not as codes.
        Assert.Equal(HttpStatusCode.OK, (await http.SendAsync(Get(host, "/health/live", hostHeader: link.Host))).StatusCode);
        Assert.Equal(2, (await ClicksAsync(host)).Count);
    }

    [Fact]
    public async Task Forwarded_for_is_believed_only_from_a_configured_proxy()
    {
        await using (var direct = await PlatformHost.StartAsync(Settings()))
        {
            var link = await SentLinkAsync(direct);
            using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
            await http.SendAsync(Get(direct, link.AbsolutePath, link.Host, forwardedFor: "203.0.113.7"));
            Assert.Equal(Hash("127.0.0.1"), Assert.Single(await ClicksAsync(direct)).IpHash);
        }

        await using var proxied = await PlatformHost.StartAsync(Settings(("Proxy:KnownProxies:0", "127.0.0.1")));
        var proxiedLink = await SentLinkAsync(proxied);
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
        await client.SendAsync(Get(proxied, proxiedLink.AbsolutePath, proxiedLink.Host, forwardedFor: "198.51.100.1, 203.0.113.7"));
        // The proxy appended the address it saw; everything left of it is the client's own claim.
        Assert.Equal(Hash("203.0.113.7"), Assert.Single(await ClicksAsync(proxied)).IpHash);
    }

    [Fact]
    public async Task Without_a_configured_key_each_install_generates_its_own_and_keeps_it()
    {
        await using var host = await PlatformHost.StartAsync(SendTaskScenario.FastDispatch);
        var link = await SentLinkAsync(host);
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
        await http.SendAsync(Get(host, link.AbsolutePath, link.Host));

        var keyFile = Path.Combine(host.StoragePath, "keys", "ip-hash.key");
        var key = (await File.ReadAllTextAsync(keyFile)).Trim();
        Assert.Equal(64, key.Length);
        var expected = Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(key), Encoding.UTF8.GetBytes("127.0.0.1")));
        Assert.Equal(expected, Assert.Single(await ClicksAsync(host)).IpHash);
    }
}
