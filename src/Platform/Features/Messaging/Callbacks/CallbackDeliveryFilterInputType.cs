using KooMessage.Platform.GraphQL.Filtering;

namespace KooMessage.Platform.Features.Messaging;

public sealed class CallbackDeliveryFilterInputType : FilterInputType<CallbackDelivery>
{
    public CallbackDeliveryFilterInputType() : base("CallbackDeliveryFilterInput", "Conditions on callback deliveries.")
    {
        Enum("status", d => d.Status);
        Enum("eventType", d => d.EventType);
        Time("createdAt", d => d.CreatedAt);
    }
}
