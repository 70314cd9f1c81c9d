using KooMessage.Platform.GraphQL.Filtering;

namespace KooMessage.Platform.Features.Messaging;

public sealed class SmsTemplateFilterInputType : FilterInputType<SmsTemplate>
{
    public SmsTemplateFilterInputType() : base("SmsTemplateFilterInput", "Conditions on SMS templates.")
    {
        Id("id", t => t.Id, "SmsTemplate");
        Id("appId", t => t.AppId, "SmsApp");
        Id("signatureId", t => t.SignatureId, "SmsSignature");
        Text("name", t => t.Name);
        Text("content", t => t.Content);
        Enum("type", t => t.Type);
        Enum("reviewStatus", t => t.ReviewStatus);
        Flag("active", t => t.Active);
        Flag("forSmartMessages", t => t.ForSmartMessages);
        Time("createdAt", t => t.CreatedAt);
    }
}
