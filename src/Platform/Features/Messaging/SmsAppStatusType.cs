using GraphQL.Types;

namespace KooMessage.Platform.Features.Messaging;

public sealed class SmsAppStatusType : EnumerationGraphType<SmsAppStatus>
{
    public SmsAppStatusType()
    {
        Name = nameof(SmsAppStatus);
        Description = "ACTIVE, or SUSPENDED by a platform reviewer.";
    }
}
