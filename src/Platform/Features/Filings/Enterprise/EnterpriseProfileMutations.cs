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

namespace KooMessage.Platform.Features.Filings;

public sealed class EnterpriseProfileMutations : IMutationFields
{
    public void AddFields(ObjectGraphType mutation)
    {
        mutation.Mutation<SaveEnterpriseProfileInput>("saveEnterpriseProfile")
            .Description("Creates or updates the tenant's company information (not while a filing is under review).")
            .Returns<EnterpriseProfileType>("enterpriseProfile", "The saved profile.")
            .Errors(typeof(ValidationErrorType), typeof(NotFoundErrorType), typeof(InvalidStateErrorType), typeof(PreconditionFailedErrorType))
            .Authorize(TenantRoles.Workers)
            .Resolve(SaveAsync);
    }

    private static async Task<MutationPayload> SaveAsync(IResolveFieldContext ctx, SaveEnterpriseProfileInput input)
    {
        ctx.RequireTenantId();
        var db = ctx.Db();
        new InputValidator().ValidateProfile(input.ToDetails()).ThrowIfInvalid();
        var license = (await db.Set<StoredFile>().RequireAsync("businessLicenseFileId", input.BusinessLicenseFileId, ctx.CancellationToken))
            .RequireKind("businessLicenseFileId", UploadPolicy.AcceptedKinds(FilePurpose.Image));
        if (await db.Set<Filing>().AnyAsync(f => f.ReviewStatus == ReviewStatus.Pending, ctx.CancellationToken))
            throw new DomainException(new InvalidStateError("FILING_PENDING",
                "A filing that uses this profile is under review; change the profile after the reviewer decides."));

        var profile = await db.Set<EnterpriseProfile>().FirstOrDefaultAsync(ctx.CancellationToken);
        if (profile is null)
        {
            profile = EnterpriseProfile.Create(input.ToDetails(), license.Id);
            db.Add(profile);
        }
        else
        {
            profile.Update(input.ToDetails(), license.Id);
        }
        await db.SaveChangesAsync(ctx.CancellationToken);
        return MutationPayload.Success("enterpriseProfile", profile);
    }
}
