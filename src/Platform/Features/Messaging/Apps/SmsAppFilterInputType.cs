using KooMessage.Platform.GraphQL.Filtering;

namespace KooMessage.Platform.Features.Messaging;

public sealed class SmsAppFilterInputType : FilterInputType<SmsApp>
{
    public SmsAppFilterInputType() : base("SmsAppFilterInput", "Conditions on SMS apps.")
    {
        Id("id", a => a.Id, "SmsApp");
        Text("name", a => a.Name);
        Enum("status", a => a.Status);
        Time("createdAt", a => a.CreatedAt);
    }
}
