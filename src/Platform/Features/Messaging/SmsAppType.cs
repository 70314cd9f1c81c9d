using GraphQL.Types;
using KooMessage.Platform.GraphQL.Relay;

namespace KooMessage.Platform.Features.Messaging;

public sealed class SmsAppType : NodeObjectType<SmsApp>
{
    public SmsAppType() : base("SmsApp", "An SMS application (短消息应用); a tenant has at most two.")
    {
        Field<NonNullGraphType<StringGraphType>>("name").Description("Name, 1–30 characters.").Resolve(c => c.Source.Name);
        Field<NonNullGraphType<SmsAppStatusType>>("status").Description("ACTIVE or SUSPENDED.").Resolve(c => c.Source.Status);
        Field<StringGraphType>("suspendedReason").Description("Why a reviewer suspended it.").Resolve(c => c.Source.SuspendedReason);
    }
}
