using GraphQL;
using GraphQL.Types;
using KooMessage.Platform.Domain;
using KooMessage.Platform.Files;
using KooMessage.Platform.GraphQL;
using KooMessage.Platform.GraphQL.Errors;
using KooMessage.Platform.GraphQL.Mutations;
using KooMessage.Platform.GraphQL.Relay;
using KooMessage.Platform.Reviews;
using KooMessage.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace KooMessage.Platform.Features.ServiceNumbers;

public sealed class ChannelNumberMutations : IMutationFields
{
    private static readonly Type[] SaveErrors =
        [typeof(ValidationErrorType), typeof(NotFoundErrorType), typeof(ConflictErrorType), typeof(InvalidStateErrorType), typeof(PreconditionFailedErrorType)];

    public void AddFields(ObjectGraphType mutation)
    {
        mutation.Mutation<CreateChannelNumberInput>("createChannelNumber")
            .Description("Registers a channel number (通道号) with its signatures and proof images and submits it for review; "
                + "needs an approved service number.")
            .Returns<ChannelNumberType>("channelNumber", "The channel number, PENDING review.")
            .Errors(SaveErrors)
            .Authorize(TenantRoles.Workers)
            .Resolve(CreateAsync);

        mutation.Mutation<UpdateChannelNumberInput>("updateChannelNumber")
            .Description("Fixes a channel number that is not approved yet (DRAFT or REJECTED) and submits it again; an approved one is in use and does not change.")
            .Returns<ChannelNumberType>("channelNumber", "The channel number, PENDING review.")
            .Errors(SaveErrors)
            .Authorize(TenantRoles.Workers)
            .Resolve(UpdateAsync);
    }

    private static async Task<MutationPayload> CreateAsync(IResolveFieldContext ctx, CreateChannelNumberInput input)
    {
        ctx.RequireTenantId();
        var db = ctx.Db();
        var (number, signatures) = Validate(input);
        if (!await db.Set<ServiceNumber>().AnyAsync(s => s.HasApprovedRevision, ctx.CancellationToken))
            throw new DomainException(new PreconditionFailedError("APPROVED_SERVICE_NUMBER",
                "An approved service number is required before channel numbers: create one and wait for the platform's review."));
        var proofs = await ProofsOfAsync(ctx, input);
        await RequireUniqueAsync(ctx, input.Type, number, null);
        var channelNumber = ChannelNumber.Create(input.Type, number, signatures, proofs);
        db.Add(channelNumber);
        await ctx.Service<ReviewWorkflow>().SubmitAsync(channelNumber, ctx.CancellationToken);
        return MutationPayload.Success("channelNumber", channelNumber);
    }

    private static async Task<MutationPayload> UpdateAsync(IResolveFieldContext ctx, UpdateChannelNumberInput input)
    {
        ctx.RequireTenantId();
        var (number, signatures) = Validate(input);
        var channelNumber = await ctx.Db().Set<ChannelNumber>().RequireAsync("id", input.Id, ctx.CancellationToken);
        channelNumber.EnsureEditable();
        var workflow = ctx.Service<ReviewWorkflow>();
        workflow.BeginEdit(channelNumber);
        var proofs = await ProofsOfAsync(ctx, input);
        await RequireUniqueAsync(ctx, input.Type, number, channelNumber.Id);
        channelNumber.Replace(input.Type, number, signatures, proofs);
        await workflow.SubmitAsync(channelNumber, ctx.CancellationToken);
        return MutationPayload.Success("channelNumber", channelNumber);
    }

    private static (string Number, List<string> Signatures) Validate(ChannelNumberFields input)
    {
        var number = ChannelNumberRules.NormalizeNumber(input.Number);
        var signatures = input.Signatures.Select(ChannelNumberRules.NormalizeSignature).ToList();
        new InputValidator().ValidateChannelNumber(input.Type, number, signatures, input.ProofImageIds?.Count ?? 0).ThrowIfInvalid();
        return (number, signatures);
    }

    private static async Task<List<Guid>> ProofsOfAsync(IResolveFieldContext ctx, ChannelNumberFields input)
    {
        var proofs = new List<Guid>();
        var ids = input.ProofImageIds ?? [];
        for (var i = 0; i < ids.Count; i++)
        {
            var field = $"proofImageIds[{i}]";
            var file = (await ctx.Db().Set<StoredFile>().RequireAsync(field, ids[i], ctx.CancellationToken))
                .RequireKind(field, UploadPolicy.AcceptedKinds(FilePurpose.AuthorizationImage));
            proofs.Add(file.Id);
        }
        return proofs;
    }

    private static async Task RequireUniqueAsync(IResolveFieldContext ctx, ChannelNumberKind type, string number, Guid? self)
    {
        if (await ctx.Db().Set<ChannelNumber>().AnyAsync(c => c.Type == type && c.Number == number && c.Id != self, ctx.CancellationToken))
            throw new DomainException(new ConflictError($"The tenant already has the {EnumNames.Of(type)} channel number {number}.", "number"));
    }
}
