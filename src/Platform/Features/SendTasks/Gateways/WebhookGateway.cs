using System.Net.Http.Headers;
using System.Text.Json;
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
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public bool InDatabase => false;

    public async Task<IReadOnlyList<GatewayResult>> SendAsync(IReadOnlyList<OutgoingMessage> batch, KooMessageDbContext? db, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var url = settings.WebhookUrl ?? throw new InvalidOperationException("Gateway:WebhookUrl is required for the Webhook gateway.");
        var secret = settings.WebhookSecret ?? throw new InvalidOperationException("Gateway:WebhookSecret is required for the Webhook gateway.");
        var body = JsonSerializer.SerializeToUtf8Bytes(new
        {
            messages = batch.Select(m => new
            {
                messageId = m.MessageId,
                phone = m.Phone,
                channel = EnumNames.Of(m.Channel),
                text = m.Text,
                smartTemplateId = m.SmartTemplateId,
                shortLink = m.ShortLinkUrl,
                trial = m.Trial,
                video = VideoPayload.Of(m.Video),
                cardParameters = m.CardParameters,
                sender = SenderPayload.Of(m.Sender),
            }),
        }, Json);
        var timestamp = clock.GetUtcNow().ToUnixTimeSeconds();
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.Add(WebhookSignature.TimestampHeader, timestamp.ToString(System.Globalization.CultureInfo.InvariantCulture));
        request.Headers.Add(WebhookSignature.SignatureHeader, WebhookSignature.Sign(secret, timestamp, body));

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
