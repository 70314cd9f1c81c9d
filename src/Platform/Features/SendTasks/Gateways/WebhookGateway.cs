using System.Buffers;
using System.Net.Http.Headers;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using KooMessage.Platform.Data;
using Microsoft.Extensions.Options;
using KooMessage.Platform.Domain;

namespace KooMessage.Platform.Features.SendTasks.Gateways;

/// <summary>
/// Hands each batch to the operator's carrier bridge: a signed JSON POST to Gateway:WebhookUrl.
/// 2xx means every message of the batch was taken (the receiver de-duplicates by messageId, so a
/// repeated batch is harmless); 4xx refuses the batch permanently; anything else (5xx, network) is
/// retried with back-off by the dispatcher.
/// </summary>
public sealed class WebhookGateway(HttpClient http, IOptions<GatewayOptions> options, TimeProvider clock) : IMessageGateway
{
    /// <summary>
    /// Text (Chinese, mostly) is written as UTF-8, not as \uXXXX escapes: the body is a third of the size,
    /// and escaping every character was most of the serialiser's time on a dispatch's hot path.
    /// </summary>
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    public bool InDatabase => false;

    /// <summary>
    /// The body being sent, kept from batch to batch: a thousand messages are a few hundred KB, which as a new
    /// array per batch went to the large object heap each time. One batch at a time uses a gateway instance.
    /// </summary>
    private readonly ArrayBufferWriter<byte> _body = new();

    /// <summary>
    /// <c>{ "messages": [{ messageId, phone, channel, text, smartTemplateId, shortLink, trial, video, cardParameters, sender }] }</c>,
    /// written field by field: a batch is a thousand messages on the dispatch's hot path, where the
    /// reflection serialiser took as long as recording the batch. Absent values are written as null.
    /// </summary>
    private ReadOnlyMemory<byte> Body(IReadOnlyList<OutgoingMessage> batch)
    {
        _body.ResetWrittenCount();
        using (var json = new Utf8JsonWriter(_body, new JsonWriterOptions { Encoder = Json.Encoder }))
        {
            json.WriteStartObject();
            json.WriteStartArray("messages");
            foreach (var m in batch)
            {
                json.WriteStartObject();
                json.WriteString("messageId", m.MessageId);
                json.WriteString("phone", m.Phone);
                json.WriteString("channel", EnumNames.Of(m.Channel));
                json.WriteString("text", m.Text);
                if (m.SmartTemplateId is { } smartTemplateId)
                    json.WriteString("smartTemplateId", smartTemplateId);
                else
                    json.WriteNull("smartTemplateId");
                json.WriteString("shortLink", m.ShortLinkUrl);
                json.WriteBoolean("trial", m.Trial);
                json.WritePropertyName("video");
                if (m.Video is null)
                    json.WriteNullValue();
                else
                    JsonSerializer.Serialize(json, VideoPayload.Of(m.Video), Json);
                json.WritePropertyName("cardParameters");
                if (m.CardParameters is { } card)
                {
                    json.WriteStartObject();
                    foreach (var (name, value) in card)
                        json.WriteString(name, value);
                    json.WriteEndObject();
                }
                else
                {
                    json.WriteNullValue();
                }
                json.WritePropertyName("sender");
                if (m.Sender is null)
                    json.WriteNullValue();
                else
                    JsonSerializer.Serialize(json, SenderPayload.Of(m.Sender), Json);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return _body.WrittenMemory;
    }

    public async Task<IReadOnlyList<GatewayResult>> SendAsync(IReadOnlyList<OutgoingMessage> batch, KooMessageDbContext? db, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var url = settings.WebhookUrl ?? throw new InvalidOperationException("Gateway:WebhookUrl is required for the Webhook gateway.");
        var secret = settings.WebhookSecret ?? throw new InvalidOperationException("Gateway:WebhookSecret is required for the Webhook gateway.");
        var body = Body(batch);
        var timestamp = clock.GetUtcNow().ToUnixTimeSeconds();
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new ReadOnlyMemoryContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.Add(WebhookSignature.TimestampHeader, timestamp.ToString(System.Globalization.CultureInfo.InvariantCulture));
        request.Headers.Add(WebhookSignature.SignatureHeader, WebhookSignature.Sign(secret, timestamp, body.Span));

        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, cancellationToken);
        }
        catch (HttpRequestException ex)
        {
            throw new GatewayUnavailableException($"POST {url} failed: {ex.Message}", ex);
        }
        catch (TaskCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            throw new GatewayUnavailableException($"POST {url} timed out.", ex);
        }
        using (response)
        {
            var status = (int)response.StatusCode;
            if (status is >= 200 and < 300)
                return batch.Select(m => new GatewayResult(m.MessageId, true, null)).ToList();
            if (status is >= 400 and < 500 and not 408 and not 429)
                return batch.Select(m => new GatewayResult(m.MessageId, false, $"WEBHOOK_{status}")).ToList();
            throw new GatewayUnavailableException($"POST {url} answered {status}.");
        }
    }
}
