using KooMessage.Platform.GraphQL.Relay;

namespace KooMessage.Platform.Features.Messaging;

public sealed class SmsAppType : NodeObjectType<SmsApp>
{
    public SmsAppType() : base("SmsApp", "An SMS application (短消息应用); a tenant has at most two.")
    {
        Field(x => x.Name).Description("Name, 1–30 characters.");
        Field(x => x.Status).Description("ACTIVE or SUSPENDED.");
        Field(x => x.SuspendedReason).Description("Why a reviewer suspended it.");
    }
}
