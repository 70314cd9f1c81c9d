using GraphQL;
using GraphQL.Types;
using KooMessage.Platform.Data;
using KooMessage.Platform.Domain;
using KooMessage.Platform.Features.Filings;
using KooMessage.Platform.Files;
using KooMessage.Platform.GraphQL;
using KooMessage.Platform.GraphQL.Errors;
using KooMessage.Platform.GraphQL.Mutations;
using KooMessage.Platform.GraphQL.Relay;
using KooMessage.Platform.Reviews;
using KooMessage.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace KooMessage.Platform.Features.ServiceNumbers;

public sealed class ServiceNumberMutations : IMutationFields
{
    private static readonly Type[] SaveErrors =
        [typeof(ValidationErrorType), typeof(NotFoundErrorType), typeof(ConflictErrorType), typeof(InvalidStateErrorType), typeof(PreconditionFailedErrorType)];

    public void AddFields(ObjectGraphType mutation)
    {
        mutation.Mutation<CreateServiceNumberInput>("createServiceNumber")
            .Description("Creates a service number and submits it for review (needs an approved SERVICE_NUMBER filing). "
                + "After approval it becomes EFFECTIVE once the activation delay has passed.")
            .Returns<ServiceNumberType>("serviceNumber", "The new service number, PENDING review.")
            .Returns<StringGraphType>("eventToken", "The token the phone side sends with click events (X-Service-Number-Token). Shown once.")
            .Errors(SaveErrors)
            .Authorize(TenantRoles.Workers)
            .Resolve(CreateAsync);

        mutation.Mutation<UpdateServiceNumberInput>("updateServiceNumber")
            .Description("Replaces the profile and submits it for review. Editing an approved service number starts a new revision; "
                + "the approved profile (liveProfile) stays in force until the new one is approved.")
            .Returns<ServiceNumberType>("serviceNumber", "The service number, PENDING review.")
            .Errors(SaveErrors)
            .Authorize(TenantRoles.Workers)
            .Resolve(UpdateAsync);

        mutation.Mutation<FreezeServiceNumberInput>("freezeServiceNumber")
            .Description("Freezes an approved service number with a reason: phones stop showing it at once. Only a reviewed unfreezeServiceNumber lifts it.")
            .Returns<ServiceNumberType>("serviceNumber", "The frozen service number.")
            .Errors(typeof(ValidationErrorType), typeof(NotFoundErrorType), typeof(InvalidStateErrorType), typeof(ConflictErrorType), typeof(PreconditionFailedErrorType))
            .Authorize(TenantRoles.Workers)
            .Resolve(FreezeAsync);

        mutation.Mutation<UnfreezeServiceNumberInput>("unfreezeServiceNumber")
            .Description("Asks the platform to unfreeze a frozen service number: submits it for review; approval lifts the freeze.")
            .Returns<ServiceNumberType>("serviceNumber", "The service number, PENDING review with unfreezeRequested.")
            .Errors(typeof(ValidationErrorType), typeof(NotFoundErrorType), typeof(InvalidStateErrorType), typeof(ConflictErrorType), typeof(PreconditionFailedErrorType))
            .Authorize(TenantRoles.Workers)
            .Resolve(UnfreezeAsync);

        mutation.Mutation<RotateServiceNumberEventTokenInput>("rotateServiceNumberEventToken")
            .Description("Issues a new click-event token for the service number; the previous token stops working at once.")
            .Returns<ServiceNumberType>("serviceNumber", "The service number.")
            .Returns<StringGraphType>("eventToken", "The new token. Shown once.")
            .Errors(typeof(NotFoundErrorType), typeof(ConflictErrorType), typeof(PreconditionFailedErrorType))
            .Authorize(TenantRoles.Workers)
            .Resolve(RotateEventTokenAsync);
    }

    private static async Task<MutationPayload> CreateAsync(IResolveFieldContext ctx, CreateServiceNumberInput input)
    {
        ctx.RequireTenantId();
        var db = ctx.Db();
        new InputValidator().ValidateProfile(input.Name, input.Remark, input.Intro).ThrowIfInvalid();
        await FilingGate.RequireApprovedAsync(db, ProductArea.ServiceNumber, ctx.CancellationToken);
        var profile = await ProfileOfAsync(ctx, input, null);
        var (serviceNumber, eventToken) = ServiceNumber.Create(profile);
        db.Add(serviceNumber);
        await ctx.Service<ReviewWorkflow>().SubmitAsync(serviceNumber, ctx.CancellationToken);
        return MutationPayload.Success(("serviceNumber", serviceNumber), ("eventToken", eventToken));
    }

    private static async Task<MutationPayload> UpdateAsync(IResolveFieldContext ctx, UpdateServiceNumberInput input)
    {
        ctx.RequireTenantId();
        var db = ctx.Db();
        new InputValidator().ValidateProfile(input.Name, input.Remark, input.Intro).ThrowIfInvalid();
        var serviceNumber = await db.Set<ServiceNumber>().RequireAsync("id", input.Id, ctx.CancellationToken);
        var workflow = ctx.Service<ReviewWorkflow>();
        workflow.BeginEdit(serviceNumber);
        serviceNumber.Edit(await ProfileOfAsync(ctx, input, serviceNumber.Id));
        await workflow.SubmitAsync(serviceNumber, ctx.CancellationToken);
        return MutationPayload.Success("serviceNumber", serviceNumber);
    }

    private static async Task<MutationPayload> FreezeAsync(IResolveFieldContext ctx, FreezeServiceNumberInput input)
    {
        ctx.RequireTenantId();
        var db = ctx.Db();
        var serviceNumber = await db.Set<ServiceNumber>().RequireAsync("id", input.Id, ctx.CancellationToken);
        serviceNumber.Freeze(input.Reason, ctx.UtcNow());
        await db.SaveChangesAsync(ctx.CancellationToken);
        return MutationPayload.Success("serviceNumber", serviceNumber);
    }

    private static async Task<MutationPayload> UnfreezeAsync(IResolveFieldContext ctx, UnfreezeServiceNumberInput input)
    {
        ctx.RequireTenantId();
        var serviceNumber = await ctx.Db().Set<ServiceNumber>().RequireAsync("id", input.Id, ctx.CancellationToken);
        var workflow = ctx.Service<ReviewWorkflow>();
        serviceNumber.RequestUnfreeze();
        workflow.BeginEdit(serviceNumber);
        await workflow.SubmitAsync(serviceNumber, ctx.CancellationToken);
        return MutationPayload.Success("serviceNumber", serviceNumber);
    }

    private static async Task<MutationPayload> RotateEventTokenAsync(IResolveFieldContext ctx, RotateServiceNumberEventTokenInput input)
    {
        ctx.RequireTenantId();
        var db = ctx.Db();
        var serviceNumber = await db.Set<ServiceNumber>().RequireAsync("id", input.Id, ctx.CancellationToken);
        var eventToken = serviceNumber.RotateEventToken();
        await db.SaveChangesAsync(ctx.CancellationToken);
        return MutationPayload.Success(("serviceNumber", serviceNumber), ("eventToken", eventToken));
    }

    /// <summary>Checks the files (a square logo; the 授权书) and the platform-wide name, then builds the profile.</summary>
    private static async Task<ServiceNumberProfile> ProfileOfAsync(IResolveFieldContext ctx, ServiceNumberProfileFields input, Guid? self)
    {
        var db = ctx.Db();
        var logo = await ServiceNumberImages.RequireAsync(db, ctx.Service<IBlobStore>(), "logoFileId", input.LogoFileId,
            ImageShape.IsSquare, "square", ctx.CancellationToken);
        var letter = (await db.Set<StoredFile>().RequireAsync("authorizationLetterFileId", input.AuthorizationLetterFileId, ctx.CancellationToken))
            .RequireKind("authorizationLetterFileId", UploadPolicy.AcceptedKinds(FilePurpose.AuthorizationImage));
        var name = input.Name.Trim();
        await RequireNameAvailableAsync(db, name, self, ctx.CancellationToken);
        return new ServiceNumberProfile(name, input.Remark.Trim(), input.Industry, input.Intro.Trim(), logo.Id, input.SignatureAuthorization, letter.Id);
    }

    /// <summary>
    /// Names are unique on the whole platform, so this one read looks past the tenant filter. It
    /// answers only "taken" — never whose — and counts a live name still in force as taken too.
    /// </summary>
    private static async Task RequireNameAvailableAsync(KooMessageDbContext db, string name, Guid? self, CancellationToken cancellationToken)
    {
        var taken = await db.Set<ServiceNumber>().IgnoreQueryFilters()
            .AnyAsync(s => s.Id != self && s.DeletedAt == null && (s.Profile.Name == name || s.LiveProfile!.Name == name), cancellationToken);
        if (taken)
            throw new DomainException(new ConflictError($"The service number name '{name}' is already taken on the platform; choose another.", "name"));
    }
}
