using System.Net;
using System.Text.Json;
using KooMessage.Platform.Features.SendTasks;
using KooMessage.Platform.Features.SendTasks.Gateways;
using Microsoft.Extensions.Options;

namespace KooMessage.Platform.Tests.SendTasks;

/// <summary>What the Webhook gateway POSTs: enum values spelled as the schema spells them.</summary>
public sealed class WebhookPayloadTests
{
    [Fact]
    public async Task Channels_are_named_as_in_the_schema()
    {
        var bridge = new RecordingHandler();
        var gateway = new WebhookGateway(new HttpClient(bridge),
            Options.Create(new GatewayOptions { WebhookUrl = "http://bridge.test/carrier", WebhookSecret = "secret" }), TimeProvider.System);
        var batch = new[] { RecipientChannel.Smart, RecipientChannel.PlainSms, RecipientChannel.BasicEdition }
            .Select((channel, i) => new OutgoingMessage($"m{i}", Guid.NewGuid(), Guid.NewGuid(), "+8613800138000", channel, "text", null, null, false))
            .ToList();

        await gateway.SendAsync(batch, null, CancellationToken.None);

        var channels = JsonDocument.Parse(bridge.Body!).RootElement.GetProperty("messages").EnumerateArray()
            .Select(m => m.GetProperty("channel").GetString());
        Assert.Equal(["SMART", "PLAIN_SMS", "BASIC_EDITION"], channels);
    }

    private sealed class RecordingHandler : HttpMessageHandler
    {
        public byte[]? Body { get; private set; }

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Body = await request.Content!.ReadAsByteArrayAsync(cancellationToken);
            return new HttpResponseMessage(HttpStatusCode.OK);
        }
    }
}
