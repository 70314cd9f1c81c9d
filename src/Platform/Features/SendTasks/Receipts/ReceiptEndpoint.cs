using System.Text.Json;
using KooMessage.Platform.Features.SendTasks.Gateways;
using KooMessage.Platform.GraphQL;
using KooMessage.Platform.Http;
using Microsoft.Extensions.Options;

namespace KooMessage.Platform.Features.SendTasks.Dispatch;

/// <summary>
/// <c>POST /hooks/receipts</c>: delivery receipts from the Webhook carrier bridge, signed like the
/// batches we send (<see cref="WebhookSignature"/>). Body: <c>{"receipts":[{"messageId","status":"DELIVERED|FAILED","errorCode"?,"at"?}]}</c>.
/// A forged or stale signature is a 401 and changes nothing; repeated receipts are harmless.
/// </summary>
public static class ReceiptEndpoint
{
    public const string Path = "/hooks/receipts";
    private const int MaxBodyBytes = 1024 * 1024;
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static void Map(IEndpointRouteBuilder endpoints) => endpoints.MapPost(Path, ReceiveAsync);

    private static async Task ReceiveAsync(HttpContext context, IOptions<GatewayOptions> options, ReceiptProcessor processor, TimeProvider clock)
    {
        var secret = options.Value.WebhookSecret;
        if (string.IsNullOrEmpty(secret))
        {
            await GraphQLErrorResponse.WriteAsync(context, StatusCodes.Status404NotFound, "NOT_FOUND", "Receipts are accepted only with the Webhook gateway.");
            return;
        }
        var body = await BoundedBody.ReadAsync(context.Request.Body, MaxBodyBytes, context.RequestAborted);
        if (body is null)
        {
            await GraphQLErrorResponse.WriteAsync(context, StatusCodes.Status413PayloadTooLarge, ErrorCodes.RequestTooLarge, $"At most {MaxBodyBytes} bytes.");
            return;
        }
        var bytes = body.ToArray();
        if (!WebhookSignature.Verify(secret, context.Request.Headers[WebhookSignature.TimestampHeader], context.Request.Headers[WebhookSignature.SignatureHeader],
                bytes, clock.GetUtcNow(), options.Value.SignatureTolerance))
        {
            await GraphQLErrorResponse.WriteAsync(context, StatusCodes.Status401Unauthorized, "INVALID_SIGNATURE", "The receipt signature is missing, wrong or too old.");
            return;
        }

        ReceiptBatch? batch;
        try
        {
            batch = JsonSerializer.Deserialize<ReceiptBatch>(bytes, Json);
        }
        catch (JsonException)
        {
            batch = null;
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var receipts = batch?.Receipts?.Select(r => r.ToReceipt(now)).ToList();
        if (receipts is null || receipts.Any(r => r is null))
        {
            await GraphQLErrorResponse.WriteAsync(context, StatusCodes.Status400BadRequest, ErrorCodes.InvalidRequest,
                "Expected {\"receipts\":[{\"messageId\":\"…\",\"status\":\"DELIVERED\"|\"FAILED\",\"errorCode\":\"…\"}]}.");
            return;
        }
        var applied = await processor.ApplyAsync(receipts!, context.RequestAborted);
        await context.Response.WriteAsJsonAsync(new { received = receipts.Count, applied }, context.RequestAborted);
    }

    private sealed record ReceiptBatch(List<ReceiptLine>? Receipts);

    private sealed record ReceiptLine(string? MessageId, string? Status, string? ErrorCode, DateTime? At)
    {
        public Receipt? ToReceipt(DateTime now)
        {
            if (string.IsNullOrEmpty(MessageId))
                return null;
            var outcome = Status?.ToUpperInvariant() switch
            {
                "DELIVERED" => RecipientState.Delivered,
                "FAILED" => RecipientState.Failed,
                _ => (RecipientState?)null,
            };
            var at = At?.ToUniversalTime() ?? now;
            return outcome is null ? null : new Receipt(MessageId, outcome.Value, ErrorCode is { Length: > 40 } ? ErrorCode[..40] : ErrorCode, at > now ? now : at);
        }
    }
}
