using KooMessage.Platform.GraphQL.Relay;

namespace KooMessage.Platform.Features.Messaging;

public sealed class CallbackDeliveryType : NodeObjectType<CallbackDelivery>
{
    public CallbackDeliveryType() : base("CallbackDelivery", "One callback event of an SMS app and its delivery log; the global id's key is the X-KooMessage-Event-Id header.")
    {
        Field("eventId", x => x.Id.ToString()).Description("The event's id, sent as X-KooMessage-Event-Id and as the body's \"id\": the same on every retry.");
        Field(x => x.EventType).Description("What the event reports.");
        Field(x => x.Status).Description("PENDING, DELIVERED or FAILED (given up).");
        Field(x => x.Body).Description("The JSON body POSTed.");
        Field(x => x.Attempts).Description("Attempts made so far.");
        Field(x => x.NextAttemptAt, nullable: true).Description("When the next attempt is due; null once delivered or given up.");
        Field(x => x.LastAttemptAt, nullable: true).Description("When the last attempt was made.");
        Field(x => x.LastStatusCode, nullable: true).Description("The HTTP status the receiver answered last; null when it gave no answer.");
        Field(x => x.LastLatencyMs, nullable: true).Description("How long the last attempt took, in milliseconds.");
        Field(x => x.LastError, nullable: true).Description("Why the last attempt failed (status, timeout, refused address, connection error).");
        Field(x => x.DeliveredAt, nullable: true).Description("When the receiver answered 2xx.");
    }
}
