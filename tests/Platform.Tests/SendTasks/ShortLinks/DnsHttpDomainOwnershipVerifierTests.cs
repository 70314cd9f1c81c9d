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
/// 127.0.0.1 answering one zone), and an HTTP token fetch that the private-address guard refuses.
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
