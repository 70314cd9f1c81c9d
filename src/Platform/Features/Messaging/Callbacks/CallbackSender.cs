using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using KooMessage.Platform.Features.SendTasks.Gateways;
using Microsoft.Extensions.Options;

namespace KooMessage.Platform.Features.Messaging;

/// <summary>
/// POSTs one callback event, signed like the Webhook gateway's batches (<see cref="WebhookSignature"/>:
/// <c>X-KooMessage-Timestamp</c> and <c>X-KooMessage-Signature: sha256=hex(HMAC(secret, timestamp + "." + body))</c>)
/// with <c>X-KooMessage-Event-Id</c> for deduplication. Its HttpClient connects through
/// <see cref="CallbackAddressGuard"/>, follows no redirect and uses no proxy; any answer but 2xx,
/// a timeout or a refused address is a failed attempt.
/// </summary>
public sealed class CallbackSender(HttpClient http, IOptions<CallbackOptions> options, TimeProvider clock)
{
    public const string EventIdHeader = "X-KooMessage-Event-Id";
    public const string EventTypeHeader = "X-KooMessage-Event";

    public async Task<CallbackAttempt> SendAsync(string url, string secret, CallbackDelivery delivery, CancellationToken cancellationToken)
    {
        var at = clock.GetUtcNow();
        var started = Stopwatch.GetTimestamp();
        var body = Encoding.UTF8.GetBytes(delivery.Body);
        var timestamp = at.ToUnixTimeSeconds();
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        request.Headers.Add(EventIdHeader, delivery.Id.ToString());
        request.Headers.Add(EventTypeHeader, CallbackEvents.Name(delivery.EventType));
        request.Headers.Add(WebhookSignature.TimestampHeader, timestamp.ToString(System.Globalization.CultureInfo.InvariantCulture));
        request.Headers.Add(WebhookSignature.SignatureHeader, WebhookSignature.Sign(secret, timestamp, body));
        request.Headers.UserAgent.ParseAdd("KooMessage-Callbacks/1.0");

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.Value.Timeout);
        try
        {
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            var code = (int)response.StatusCode;
            return new CallbackAttempt(at.UtcDateTime, code, Elapsed(started), response.IsSuccessStatusCode ? null : $"The receiver answered HTTP {code}.");
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new CallbackAttempt(at.UtcDateTime, null, Elapsed(started), $"No answer within {options.Value.Timeout.TotalSeconds:0.###} s.");
        }
        catch (HttpRequestException ex)
        {
            return new CallbackAttempt(at.UtcDateTime, null, Elapsed(started), ex.Message);
        }
    }

    private static int Elapsed(long started) => (int)Math.Min(int.MaxValue, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
}
