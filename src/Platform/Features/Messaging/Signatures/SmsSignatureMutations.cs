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

namespace KooMessage.Platform.Features.Messaging;

public sealed class SmsSignatureMutations : IMutationFields
{
    private static readonly FileKind[] LicenseKinds = [FileKind.Jpeg, FileKind.Png, FileKind.Pdf];

    public void AddFields(ObjectGraphType mutation)
    {
        mutation.Mutation<CreateSmsSignatureInput>("createSmsSignature")
            .Description("Creates an SMS signature and submits it for review (PENDING, 待审核).")
            .Returns<SmsSignatureType>("smsSignature", "The signature, under review.")
            .Errors(typeof(ValidationErrorType), typeof(NotFoundErrorType), typeof(ConflictErrorType), typeof(PreconditionFailedErrorType), typeof(InvalidStateErrorType))
            .Authorize(TenantRoles.Workers)
            .Resolve(async (ctx, input) =>
            {
                ctx.RequireTenantId();
                var db = ctx.Db();
                var details = await DetailsAsync(db, input, ctx.CancellationToken);
                var app = await db.Set<SmsApp>().RequireAsync("appId", input.AppId, ctx.CancellationToken);
                app.RequireActive();
                await RequireUniqueAsync(db, details, null, ctx.CancellationToken);
                var signature = SmsSignature.Create(app.Id, details);
                db.Add(signature);
                await ctx.Service<ReviewWorkflow>().SubmitAsync(signature, ctx.CancellationToken);
                return MutationPayload.Success("smsSignature", signature);
            });

        mutation.Mutation<UpdateSmsSignatureInput>("updateSmsSignature")
            .Description("Changes a DRAFT or REJECTED signature and submits it for review again.")
            .Returns<SmsSignatureType>("smsSignature", "The signature, under review.")
            .Errors(typeof(ValidationErrorType), typeof(NotFoundErrorType), typeof(ConflictErrorType), typeof(PreconditionFailedErrorType), typeof(InvalidStateErrorType))
            .Authorize(TenantRoles.Workers)
            .Resolve(async (ctx, input) =>
            {
                ctx.RequireTenantId();
                var db = ctx.Db();
                var signature = await db.Set<SmsSignature>().RequireAsync("id", input.Id, ctx.CancellationToken);
                var details = await DetailsAsync(db, input, ctx.CancellationToken);
                var workflow = ctx.Service<ReviewWorkflow>();
                workflow.BeginEdit(signature);
                await RequireUniqueAsync(db, details, signature.Id, ctx.CancellationToken);
                signature.Update(details);
                await workflow.SubmitAsync(signature, ctx.CancellationToken);
                return MutationPayload.Success("smsSignature", signature);
            });
    }

    /// <summary>
    /// Checks the fields, the licence (uploaded, or the profile's for the enterprise's own name) and the
    /// company-relationship letter a name other than the enterprise's needs; nothing is stored before.
    /// </summary>
    private static async Task<SmsSignatureDetails> DetailsAsync(KooMessageDbContext db, SmsSignatureFields input, CancellationToken cancellationToken)
    {
        var v = new InputValidator().ValidateSignature(input.Name, input.ApplicationNote);
        if (input.LicenseFileId is null && SmsSignatureRules.NeedsUploadedLicense(input.Source, input.InvolvesThirdParty))
            v.Fail("licenseFileId", input.InvolvesThirdParty
                ? "A signature that names a third party needs its authorisation and business licence (licenseFileId)."
                : $"A signature from {EnumNames.Of(input.Source)} needs the business licence (营业执照) of its owner (licenseFileId).");
        v.ThrowIfInvalid();
        var profile = await db.Set<EnterpriseProfile>().Select(p => new { p.Name, p.BusinessLicenseFileId }).FirstOrDefaultAsync(cancellationToken);
        Guid? licenseId;
        if (input.LicenseFileId is not null)
            licenseId = (await db.Set<StoredFile>().RequireAsync("licenseFileId", input.LicenseFileId, cancellationToken)).RequireKind("licenseFileId", LicenseKinds).Id;
        else
            licenseId = profile?.BusinessLicenseFileId ?? throw new DomainException(new ValidationError("licenseFileId",
                "Save the enterprise profile with its business licence (营业执照), or give licenseFileId."));
        if (SmsSignatureRules.NeedsCompanyRelationshipLetter(input.Name, profile?.Name))
            await FilingGate.RequireApprovedDocumentAsync(db, ProductArea.SmartMessage, DocumentType.CompanyRelationshipLetter,
                $"The signature 【{input.Name.Trim()}】 is not the enterprise name ({profile?.Name ?? "no profile"}): it", cancellationToken);
        return new SmsSignatureDetails(input.Name, input.Type, input.Source, input.InvolvesThirdParty, licenseId, input.ApplicationNote);
    }

    private static async Task RequireUniqueAsync(KooMessageDbContext db, SmsSignatureDetails details, Guid? except, CancellationToken cancellationToken)
    {
        var name = details.Name.Trim();
        if (await db.Set<SmsSignature>().AnyAsync(s => s.Name == name && s.Type == details.Type && s.Id != except, cancellationToken))
            throw new DomainException(new ConflictError($"The tenant already has a {EnumNames.Of(details.Type)} signature 【{name}】.", "name"));
    }
}
