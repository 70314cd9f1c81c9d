using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Types;
using KooMessage.Platform.Features.SendTasks;
using KooMessage.Platform.GraphQL;
using KooMessage.Platform.GraphQL.DataLoaders;
using KooMessage.Platform.Reviews;
using Microsoft.Extensions.Options;

namespace KooMessage.Platform.Features.Messaging;

public sealed class SmsTemplateType : ReviewableObjectType<SmsTemplate>
{
    public SmsTemplateType() : base("SmsTemplate", "An SMS template (短消息模板) with typed ${n} variables.")
    {
        Field(x => x.Name).Description("1–30 characters.");
        Field(x => x.Type).Description("NOTIFICATION or PROMOTION.");
        Field(x => x.Content).Description("Text with ${1}…${20}.");
        Field(x => x.ApplicationNote).Description("申请说明: what the template is for, for the reviewer (≤80 characters).");
        Field(x => x.Variables).Description("Variable definitions.");
        Field(x => x.ForSmartMessages).Description("Used for smart messages (has one SHORT_LINK variable).");
        Field(x => x.Status).Description("Lifecycle: review, then ACTIVE/INACTIVE.");
        Field("usable", x => x.IsUsable).Description("Whether messages can be sent with it (ACTIVE).");
        Field<NonNullGraphType<SmsAppType>>("app").Description("The app.").Resolve(c => EntityLoaders.ById<SmsApp>(c).Load(c.Source.AppId));
        Field<NonNullGraphType<SmsSignatureType>>("signature").Description("The signature it is sent with.")
            .Resolve(c => EntityLoaders.ById<SmsSignature>(c).Load(c.Source.SignatureId));
        Field<NonNullGraphType<IntGraphType>>("estimatedLength").Description("Longest message length: 【signature】 + content with every variable at its max length.")
            .Resolve(c => Estimate(c).Then(e => e.Characters));
        Field<NonNullGraphType<IntGraphType>>("estimatedSegments").Description("SMS parts of the longest message.")
            .Resolve(c => Estimate(c).Then(e => e.Segments));
    }

    private static IDataLoaderResult<MessageEstimate> Estimate(IResolveFieldContext<SmsTemplate> context)
    {
        var template = context.Source;
        var domain = context.Service<IOptions<ShortLinkOptions>>().Value.PublicDomain;
        return EntityLoaders.ById<SmsSignature>(context).Load(template.SignatureId)
            .Then(signature => SegmentEstimator.Estimate(SegmentEstimator.RenderLongest(signature?.Name, template.Content, template.Variables, domain)));
    }
}
