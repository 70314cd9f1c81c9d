using GraphQL;
using GraphQL.Types;
using KooMessage.Platform.Domain;
using KooMessage.Platform.GraphQL;
using KooMessage.Platform.GraphQL.Errors;
using KooMessage.Platform.GraphQL.Mutations;
using KooMessage.Platform.GraphQL.Relay;
using KooMessage.Platform.Reviews;
using KooMessage.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace KooMessage.Platform.Features.ServiceNumbers;

public sealed class ChannelNumberBindingMutations : IMutationFields
{
    public void AddFields(ObjectGraphType mutation)
    {
        mutation.Mutation<BindChannelNumberInput>("bindChannelNumber")
            .Description("Binds a channel number to a service number for a region (服务号绑定通道号). Both must be approved and the service number EFFECTIVE; without a region, a channel number whose prefix (号段) lies in one province is bound for that province, any other NATIONWIDE; the regions of one "
                + "channel number's bindings must not overlap (NATIONWIDE overlaps every province).")
            .Returns<ChannelNumberBindingType>("binding", "The new binding.")
            .Errors(typeof(NotFoundErrorType), typeof(ConflictErrorType), typeof(InvalidStateErrorType), typeof(PreconditionFailedErrorType))
            .Authorize(TenantRoles.Workers)
            .Resolve(BindAsync);

        mutation.Mutation<UnbindChannelNumberInput>("unbindChannelNumber")
            .Description("Removes a binding; phones stop showing the service number for that channel number and region.")
            .Returns<IdGraphType>("removedBindingId", "The ID of the removed binding.")
            .Returns<ServiceNumberType>("serviceNumber", "The service number that was bound.")
            .Returns<ChannelNumberType>("channelNumber", "The channel number that was bound.")
            .Errors(typeof(NotFoundErrorType), typeof(ConflictErrorType), typeof(PreconditionFailedErrorType))
            .Authorize(TenantRoles.Workers)
            .Resolve(UnbindAsync);
    }

    private static async Task<MutationPayload> BindAsync(IResolveFieldContext ctx, BindChannelNumberInput input)
    {
        ctx.RequireTenantId();
        var db = ctx.Db();
        var serviceNumber = await db.Set<ServiceNumber>().RequireAsync("serviceNumberId", input.ServiceNumberId, ctx.CancellationToken);
        var channelNumber = await db.Set<ChannelNumber>().RequireAsync("channelNumberId", input.ChannelNumberId, ctx.CancellationToken);
        if (!serviceNumber.HasApprovedRevision)
            throw new DomainException(new InvalidStateError(EnumNames.Of(serviceNumber.ReviewStatus),
                NotApprovedMessage.For("Only an approved service number can be bound", serviceNumber.ReviewStatus)));
        if (serviceNumber.Status == ServiceNumberStatus.Frozen)
            throw new DomainException(new InvalidStateError("FROZEN", "The service number is frozen; unfreeze it before binding channel numbers."));
        if (!channelNumber.HasApprovedRevision)
            throw new DomainException(new InvalidStateError(EnumNames.Of(channelNumber.ReviewStatus),
                NotApprovedMessage.For("Only an approved channel number can be bound", channelNumber.ReviewStatus)));
        // Phones show only an EFFECTIVE service number [console]: binding waits for the activation after approval.
        if (serviceNumber.Status != ServiceNumberStatus.Effective)
            throw new DomainException(new InvalidStateError(EnumNames.Of(serviceNumber.Status),
                $"The service number is {EnumNames.Of(serviceNumber.Status)}; channel numbers are bound to an EFFECTIVE one (approved, after the activation delay)."));
        var region = input.Region ?? PhoneProvinces.OfChannelNumber(channelNumber.Number) ?? Region.Nationwide;

        var taken = await db.Set<ChannelNumberBinding>().Where(b => b.ChannelNumberId == channelNumber.Id).Select(b => b.Region).ToListAsync(ctx.CancellationToken);
        if (BindingRules.FirstOverlap(taken, region) is { } overlapping)
            throw new DomainException(new ConflictError(
                $"Channel number {channelNumber.Number} is already bound for {RegionNames.ChineseOf(overlapping)} ({EnumNames.Of(overlapping)}), "
                + $"which overlaps {RegionNames.ChineseOf(region)}.", "region"));

        // Touching the channel number bumps its version: of two binds racing on it, the later commit conflicts instead of overlapping.
        db.Entry(channelNumber).Property(c => c.UpdatedAt).IsModified = true;
        var binding = ChannelNumberBinding.Create(serviceNumber, channelNumber, region);
        db.Add(binding);
        await db.SaveChangesAsync(ctx.CancellationToken);
        return MutationPayload.Success("binding", binding);
    }

    private static async Task<MutationPayload> UnbindAsync(IResolveFieldContext ctx, UnbindChannelNumberInput input)
    {
        ctx.RequireTenantId();
        var db = ctx.Db();
        var binding = await db.Set<ChannelNumberBinding>().RequireAsync("id", input.Id, ctx.CancellationToken);
        var serviceNumber = await db.Set<ServiceNumber>().FirstAsync(s => s.Id == binding.ServiceNumberId, ctx.CancellationToken);
        var channelNumber = await db.Set<ChannelNumber>().FirstAsync(c => c.Id == binding.ChannelNumberId, ctx.CancellationToken);
        db.Remove(binding);
        await db.SaveChangesAsync(ctx.CancellationToken);
        return MutationPayload.Success(("removedBindingId", input.Id), ("serviceNumber", serviceNumber), ("channelNumber", channelNumber));
    }
}
