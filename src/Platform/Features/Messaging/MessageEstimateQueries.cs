using GraphQL;
using GraphQL.Types;
using KooMessage.Platform.Features.ShortLinks;
using KooMessage.Platform.GraphQL;
using KooMessage.Platform.GraphQL.Authorization;
using KooMessage.Platform.GraphQL.Relay;
using KooMessage.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace KooMessage.Platform.Features.Messaging;

public sealed class MessageEstimateQueries(IOptions<ShortLinkOptions> shortLinks) : IQueryFields
{
    public void AddFields(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<MessageEstimateType>>("estimateMessage")
            .Description("Estimates length and SMS parts of the longest message a content can produce (预计短消息字数 / 预计拆分条数).")
            .Argument<NonNullGraphType<EstimateMessageInputType>>("input")
            .Authorize(TenantRoles.Workers)
            .ResolveAsync(async ctx =>
            {
                var input = ctx.GetArgument<EstimateMessageInput>("input");
                var signature = input.SignatureName;
                if (input.SignatureId is not null)
                {
                    var id = GlobalId.TryDecode(input.SignatureId, "SmsSignature", out var key) ? key : Guid.Empty;
                    signature = await ctx.Db().Set<SmsSignature>().Where(s => s.Id == id).Select(s => s.Name).FirstOrDefaultAsync(ctx.CancellationToken)
                        ?? throw new ExecutionError($"No SMS signature with id '{input.SignatureId}' was found.") { Code = "NOT_FOUND" };
                }
                var variables = input.Variables.Select(v => new TemplateVariable(v.Index, v.Type, v.MaxLength)).ToList();
                return SegmentEstimator.Estimate(SegmentEstimator.RenderLongest(signature, input.Content, variables, shortLinks.Value.PublicDomain));
            });
    }
}
