using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using KooMessage.Platform.Features.SendTasks;
using KooMessage.Platform.Features.SendTasks.Gateways;
using KooMessage.Platform.Files;
using KooMessage.Platform.GraphQL.Relay;
using Microsoft.Extensions.Options;

namespace KooMessage.Platform.Tests.SendTasks;

/// <summary>What the Webhook gateway POSTs: every field of docs' shape, absent ones as null, enum values spelled as the schema spells them, text as UTF-8.</summary>
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

    [Fact]
    public async Task Every_field_is_written_and_absent_ones_are_null()
    {
        var bridge = new RecordingHandler();
        var gateway = new WebhookGateway(new HttpClient(bridge),
            Options.Create(new GatewayOptions { WebhookUrl = "http://bridge.test/carrier", WebhookSecret = "secret" }), TimeProvider.System);
        var template = Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e");
        var serviceNumber = Guid.Parse("7c9e6679-7425-40de-944b-e07fc1f90ae7");
        var logo = Guid.Parse("16fd2706-8baf-433b-82eb-8c7fada847da");
        var video = new VideoContent("VmlkZW9UZW1wbGF0ZTox", "新品上市", new Dictionary<int, string> { [2] = "李雷", [1] = "99" },
            [new VideoMediaReference(0, "TEXT", "欢迎 李雷", null, null, 12, null), new VideoMediaReference(1, "VIDEO", null, "RmlsZTox", "video/mp4", 2048, "abc")]);
        OutgoingMessage[] batch =
        [
            new("m0", Guid.NewGuid(), Guid.NewGuid(), "+8613800138000", RecipientChannel.Smart, "【示例】您的订单 O1 已发货 \"<&>\"", template,
                "https://kmsg.cn/AbC123", true, CardParameters: new Dictionary<string, string> { ["name"] = "韩梅梅", ["amount"] = "" },
                Sender: new SenderIdentity(serviceNumber, "示例服务号", logo)),
            new("m1", Guid.NewGuid(), Guid.NewGuid(), "+8613800138001", RecipientChannel.Video, "新品上市", null, null, false, video),
        ];

        await gateway.SendAsync(batch, null, CancellationToken.None);

        var expected = JsonNode.Parse($$"""
            { "messages": [
              { "messageId": "m0", "phone": "+8613800138000", "channel": "SMART", "text": "【示例】您的订单 O1 已发货 \"<&>\"",
                "smartTemplateId": "{{template}}", "shortLink": "https://kmsg.cn/AbC123", "trial": true, "video": null,
                "cardParameters": { "name": "韩梅梅", "amount": "" },
                "sender": { "serviceNumberId": "{{GlobalId.Encode("ServiceNumber", serviceNumber)}}", "name": "示例服务号", "logoFileId": "{{GlobalId.Encode(StoredFile.GraphTypeName, logo)}}" } },
              { "messageId": "m1", "phone": "+8613800138001", "channel": "VIDEO", "text": "新品上市", "smartTemplateId": null, "shortLink": null, "trial": false,
                "video": { "templateId": "VmlkZW9UZW1wbGF0ZTox", "title": "新品上市", "parameters": { "p_1": "99", "p_2": "李雷" },
                  "media": [{ "frame": 0, "kind": "TEXT", "text": "欢迎 李雷", "fileId": null, "contentType": null, "size": 12, "sha256": null },
                            { "frame": 1, "kind": "VIDEO", "text": null, "fileId": "RmlsZTox", "contentType": "video/mp4", "size": 2048, "sha256": "abc" }] },
                "cardParameters": null, "sender": null }
            ] }
            """);
        var body = JsonNode.Parse(bridge.Body!);
        Assert.True(JsonNode.DeepEquals(expected, body), body!.ToJsonString());
        // Chinese is sent as UTF-8, not as \\uXXXX escapes.
        Assert.Contains("韩梅梅", Encoding.UTF8.GetString(bridge.Body!), StringComparison.Ordinal);
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
