using KooMessage.Platform.GraphQL.Filtering;

namespace KooMessage.Platform.Features.Messaging;

public sealed class SmsSignatureFilterInputType : FilterInputType<SmsSignature>
{
    public SmsSignatureFilterInputType() : base("SmsSignatureFilterInput", "Conditions on SMS signatures.")
    {
        Id("id", s => s.Id, "SmsSignature");
        Id("appId", s => s.AppId, "SmsApp");
        Text("name", s => s.Name);
        Enum("type", s => s.Type);
        Enum("source", s => s.Source);
        Enum("reviewStatus", s => s.ReviewStatus);
        Time("createdAt", s => s.CreatedAt);
    }
}
