using System.Buffers.Binary;
using System.Net;
using System.Net.Sockets;
using System.Text;
using KooMessage.Platform.Features.Messaging;
using KooMessage.Platform.Features.SendTasks;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace KooMessage.Platform.Tests.SendTasks.ShortLinks;

/// <summary>
/// The platform's real ownership check over the wire: TXT queries to a resolver (a minimal DNS server on
/// 127.0.0.1 answering one zone), an HTTP token fetch that the private-address guard refuses, and the
/// HTTP token path against a real web server on 127.0.0.1 (found, wrong token, not 200, too slow, unreachable).
/// </summary>
public sealed class DnsHttpDomainOwnershipVerifierTests : IAsyncDisposable
{
    private readonly UdpClient _dns = new(new IPEndPoint(IPAddress.Loopback, 0));
    private readonly CancellationTokenSource _stop = new();
    private readonly Dictionary<string, string[]> _txt = new(StringComparer.OrdinalIgnoreCase);
    private readonly Task _serving;

    public DnsHttpDomainOwnershipVerifierTests() => _serving = ServeAsync();

    private DnsHttpDomainOwnershipVerifier Verifier()
    {
        var options = Options.Create(new ShortLinkOptions
        {
            VerificationNameServers = [$"127.0.0.1:{((IPEndPoint)_dns.Client.LocalEndPoint!).Port}"],
            VerificationTimeout = TimeSpan.FromSeconds(20),
        });
        var guard = new CallbackAddressGuard(Options.Create(new CallbackOptions()));
        var http = new HttpClient(new SocketsHttpHandler { ConnectCallback = guard.ConnectAsync, AllowAutoRedirect = false, UseProxy = false });
        return new DnsHttpDomainOwnershipVerifier(http, options, NullLogger<DnsHttpDomainOwnershipVerifier>.Instance);
    }

    [Fact]
    public async Task A_txt_record_with_the_token_proves_ownership_and_any_other_value_does_not()
    {
        const string token = "0123456789abcdef0123456789abcdef";
        _txt["_koomessage-verify.owned.localhost"] = ["google-site-verification=x", $"\"{token}\""];
        _txt["_koomessage-verify.other.localhost"] = ["fedcba9876543210fedcba9876543210"];

        var verifier = Verifier();
        Assert.Equal(DomainOwnershipProof.DnsTxt, await verifier.VerifyAsync("owned.localhost", token, CancellationToken.None));
        // No matching TXT: the HTTP token is tried next, on a host that resolves to loopback, which the guard refuses.
        Assert.Null(await verifier.VerifyAsync("other.localhost", token, CancellationToken.None));
        Assert.Null(await verifier.VerifyAsync("localhost", token, CancellationToken.None));
    }

    /// <summary>
    /// The verifier with the HttpClient the platform gives it, except for where it connects: the URL names the
    /// domain's port 443 (https) or 80 (http), and this connects to <paramref name="port"/> on the addresses the
    /// real address guard resolved and allowed (loopback, allowed here as a deployment can with
    /// Callbacks:AllowPrivateAddresses). The HttpClient is the verifier's seam; the URL, the scheme order, the
    /// status and body checks and the timeout are the real ones.
    /// </summary>
    private DnsHttpDomainOwnershipVerifier VerifierConnectingTo(int port, TimeSpan timeout)
    {
        var options = Options.Create(new ShortLinkOptions
        {
            VerificationNameServers = [$"127.0.0.1:{((IPEndPoint)_dns.Client.LocalEndPoint!).Port}"],
            VerificationTimeout = timeout,
        });
        var guard = new CallbackAddressGuard(Options.Create(new CallbackOptions { AllowPrivateAddresses = true }));
        var http = new HttpClient(new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseProxy = false,
            ConnectCallback = async (context, cancellationToken) =>
            {
                var addresses = await guard.ResolveAsync("url", context.DnsEndPoint.Host, cancellationToken);
                var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                try
                {
                    await socket.ConnectAsync(addresses, port, cancellationToken);
                    return new NetworkStream(socket, ownsSocket: true);
                }
                catch
                {
                    socket.Dispose();
                    throw;
                }
            },
        }) { Timeout = Timeout.InfiniteTimeSpan };
        return new DnsHttpDomainOwnershipVerifier(http, options, NullLogger<DnsHttpDomainOwnershipVerifier>.Instance);
    }

    private const string Token = "0123456789abcdef0123456789abcdef";

    [Fact]
    public async Task The_token_served_over_http_proves_ownership_when_no_txt_record_does()
    {
        // Served with the whitespace and quotes a hand-made file tends to have. https is tried first: this server
        // speaks plain HTTP, so the TLS handshake fails, and http:// is asked next.
        await using var site = await TokenSite.StartAsync(async context => await context.Response.WriteAsync($"  \"{Token}\"\n"));
        var verifier = VerifierConnectingTo(site.Port, TimeSpan.FromSeconds(20));

        Assert.Equal(DomainOwnershipProof.HttpToken, await verifier.VerifyAsync("localhost", Token, CancellationToken.None));
        var request = Assert.Single(site.Requests);
        Assert.Equal(("GET", "/.well-known/koomessage-verify.txt", "localhost"), request);
    }

    [Fact]
    public async Task Another_token_or_an_answer_other_than_200_proves_nothing()
    {
        var answer = 0;
        await using var site = await TokenSite.StartAsync(async context =>
        {
            switch (answer)
            {
                case 0:
                    await context.Response.WriteAsync("fedcba9876543210fedcba9876543210");
                    break;
                case 1:
                    context.Response.StatusCode = StatusCodes.Status404NotFound;
                    await context.Response.WriteAsync(Token);
                    break;
                default:
                    // A redirect is not followed, even to a page that would carry the token.
                    context.Response.Redirect("/.well-known/koomessage-verify.txt?again");
                    break;
            }
        });
        var verifier = VerifierConnectingTo(site.Port, TimeSpan.FromSeconds(20));
        for (answer = 0; answer < 3; answer++)
            Assert.Null(await verifier.VerifyAsync("localhost", Token, CancellationToken.None));
        Assert.Equal(3, site.Requests.Count);
    }

    [Fact]
    public async Task A_server_slower_than_the_verification_timeout_proves_nothing_and_the_check_ends_in_time()
    {
        await using var site = await TokenSite.StartAsync(async context =>
        {
            await Task.Delay(Timeout.InfiniteTimeSpan, context.RequestAborted).ContinueWith(_ => { });
            await context.Response.WriteAsync(Token);
        });
        var verifier = VerifierConnectingTo(site.Port, TimeSpan.FromSeconds(1));
        var started = DateTime.UtcNow;
        Assert.Null(await verifier.VerifyAsync("localhost", Token, CancellationToken.None));
        Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(30), $"The check took {DateTime.UtcNow - started}.");
        Assert.Single(site.Requests);
    }

    [Fact]
    public async Task An_unreachable_server_proves_nothing_and_does_not_throw()
    {
        // A port nobody listens on any more: every connection is refused.
        var closed = new TcpListener(IPAddress.Loopback, 0);
        closed.Start();
        var port = ((IPEndPoint)closed.LocalEndpoint).Port;
        closed.Stop();
        Assert.Null(await VerifierConnectingTo(port, TimeSpan.FromSeconds(20)).VerifyAsync("localhost", Token, CancellationToken.None));
    }

    /// <summary>A web server on 127.0.0.1 (a free port) answering every request with <c>answer</c>, recording (method, path, host).</summary>
    private sealed class TokenSite : IAsyncDisposable
    {
        private readonly WebApplication _app;

        private TokenSite(WebApplication app) => _app = app;

        public System.Collections.Concurrent.ConcurrentQueue<(string Method, string Path, string Host)> Requests { get; } = new();

        public int Port { get; private set; }

        public static async Task<TokenSite> StartAsync(RequestDelegate answer)
        {
            var builder = WebApplication.CreateSlimBuilder();
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            builder.Logging.ClearProviders();
            var app = builder.Build();
            var site = new TokenSite(app);
            app.Run(async context =>
            {
                site.Requests.Enqueue((context.Request.Method, context.Request.Path.Value!, context.Request.Host.Host));
                await answer(context);
            });
            await app.StartAsync();
            var address = app.Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>()
                .Features.Get<Microsoft.AspNetCore.Hosting.Server.Features.IServerAddressesFeature>()!.Addresses.First();
            site.Port = new Uri(address).Port;
            return site;
        }

        public async ValueTask DisposeAsync() => await _app.DisposeAsync();
    }

    /// <summary>Answers A/TXT questions for the names in <see cref="_txt"/> (NXDOMAIN otherwise); one datagram per query.</summary>
    private async Task ServeAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            UdpReceiveResult received;
            try
            {
                received = await _dns.ReceiveAsync(_stop.Token);
            }
            catch (Exception ex) when (ex is OperationCanceledException or ObjectDisposedException or SocketException)
            {
                return;
            }
            var reply = Answer(received.Buffer);
            if (reply is not null)
                await _dns.SendAsync(reply, received.RemoteEndPoint);
        }
    }

    private byte[]? Answer(byte[] query)
    {
        if (query.Length < 12)
            return null;
        var labels = new List<string>();
        var at = 12;
        while (at < query.Length && query[at] != 0 && labels.Count < 20)
        {
            var length = query[at];
            if (at + 1 + length > query.Length)
                return null;
            labels.Add(Encoding.ASCII.GetString(query, at + 1, length));
            at += 1 + length;
        }
        var questionEnd = at + 1 + 4;
        if (questionEnd > query.Length)
            return null;
        var type = BinaryPrimitives.ReadUInt16BigEndian(query.AsSpan(at + 1));
        var found = _txt.TryGetValue(string.Join('.', labels), out var values);
        var answers = found && type == 16 ? values! : [];

        var reply = new List<byte>();
        reply.AddRange(query.AsSpan(0, 2).ToArray());                       // the query's ID
        reply.AddRange([0x81, (byte)(found ? 0x80 : 0x83)]);                  // response, RD+RA, NOERROR or NXDOMAIN
        reply.AddRange([0, 1, 0, (byte)answers.Length, 0, 0, 0, 0]);        // 1 question, n answers
        reply.AddRange(query.AsSpan(12, questionEnd - 12).ToArray());       // the question
        foreach (var value in answers)
        {
            var text = Encoding.ASCII.GetBytes(value);
            reply.AddRange([0xC0, 0x0C, 0, 16, 0, 1, 0, 0, 0, 60]);           // name → the question's, TXT, IN, TTL 60
            reply.AddRange([(byte)((text.Length + 1) >> 8), (byte)(text.Length + 1), (byte)text.Length]);
            reply.AddRange(text);
        }
        return reply.ToArray();
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _dns.Dispose();
        await _serving;
        _stop.Dispose();
    }
}
