using GraphQL;
using GraphQL.Types;
using KooMessage.Platform.Features.SendTasks;
using KooMessage.Platform.GraphQL;
using KooMessage.Platform.GraphQL.Authorization;
using KooMessage.Platform.GraphQL.Relay;
using KooMessage.Platform.Tenancy;
using Microsoft.Extensions.Options;

namespace KooMessage.Platform.Features.Messaging;

public sealed class MessageEstimateQueries(IOptions<ShortLinkOptions> shortLinks) : IQueryFields
{
    public void AddFields(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<MessageEstimateType>>("estimateMessage")
            .Description("Estimates length and SMS parts of the longest message a content can produce (预计短消息字数 / 预计拆分条数).")
            .Argument<EstimateMessageInput>("input")
            .Authorize(TenantRoles.Workers)
            .ResolveAsync(async ctx =>
            {
                var input = ctx.GetArgument<EstimateMessageInput>("input");
                // An unknown signature is a top-level NOT_FOUND error: a query has no payload to carry it.
                var signature = input.SignatureId is null ? input.SignatureName
                    : (await ctx.Db().Set<SmsSignature>().RequireAsync("signatureId", input.SignatureId, ctx.CancellationToken)).Name;
                var variables = input.Variables.Select(v => new TemplateVariable(v.Index, v.Type, v.MaxLength)).ToList();
                return SegmentEstimator.Estimate(SegmentEstimator.RenderLongest(signature, input.Content, variables, shortLinks.Value.PublicDomain));
            });
    }
}
