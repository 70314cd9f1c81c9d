using System.Text.Json;
using KooMessage.Platform.GraphQL.Relay;

namespace KooMessage.Platform.Features.Messaging;

/// <summary>
/// The JSON bodies of callback events: an envelope <c>{id, type, createdAt, app: {id, appKey}, data}</c>
/// with camelCase fields, enum values spelled as in the schema and global IDs as the API returns them.
/// </summary>
public static class CallbackEvents
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public sealed record ReceiptItem(string MessageId, string TaskId, string Phone, string Status, string? ErrorCode, DateTime At);

    public static CallbackDelivery Receipts(CallbackApp app, IReadOnlyList<ReceiptItem> receipts, DateTime now)
        => Create(app, CallbackEventType.DeliveryReceipts, new { receipts }, now);

    public static CallbackDelivery ReviewResult(CallbackApp app, string subjectId, string subjectKind, string from, string to, string? reason, DateTime at, DateTime now)
        => Create(app, CallbackEventType.ReviewResult, new { subject = new { id = subjectId, kind = subjectKind }, from, to, reason, at }, now);

    public static CallbackDelivery Ping(CallbackApp app, DateTime now)
        => Create(app, CallbackEventType.Ping, new { message = "pingSmsAppCallback" }, now);

    /// <summary>The event's name in the body's "type" and the X-KooMessage-Event header.</summary>
    public static string Name(CallbackEventType type) => type switch
    {
        CallbackEventType.DeliveryReceipts => "delivery.receipts",
        CallbackEventType.ReviewResult => "review.result",
        _ => "ping",
    };

    private static CallbackDelivery Create(CallbackApp app, CallbackEventType type, object data, DateTime now)
        => CallbackDelivery.Create(app.TenantId, app.Id, type, id => JsonSerializer.Serialize(new
        {
            id = id.ToString(),
            type = Name(type),
            createdAt = now,
            app = new { id = GlobalId.Encode(SmsApp.GraphTypeName, app.Id), appKey = app.AppKey },
            data,
        }, Json), now);
}
