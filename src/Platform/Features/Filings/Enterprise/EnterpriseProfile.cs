using KooMessage.Platform.Data;
using KooMessage.Platform.Domain;

namespace KooMessage.Platform.Features.Filings;

/// <summary>
/// The enterprise's company information (企业信息), one per tenant and shared by every filing area:
/// entered once, reused, never re-uploaded.
/// </summary>
public sealed class EnterpriseProfile : Entity, ITenantOwned
{
    private EnterpriseProfile()
    {
    }

    public Guid TenantId { get; set; }

    public string Name { get; private set; } = null!;

    public CertificateType CertificateType { get; private set; }

    /// <summary>Normalised: upper case, no spaces or dashes.</summary>
    public string CreditCode { get; private set; } = null!;

    public string ContactName { get; private set; } = null!;

    /// <summary>E.164 (+86…).</summary>
    public string ContactPhone { get; private set; } = null!;

    public string ContactEmail { get; private set; } = null!;

    public EnterpriseType EnterpriseType { get; private set; }

    public string Industry { get; private set; } = null!;

    public Guid BusinessLicenseFileId { get; private set; }

    public static EnterpriseProfile Create(EnterpriseProfileDetails details, Guid businessLicenseFileId)
    {
        var profile = new EnterpriseProfile();
        profile.Update(details, businessLicenseFileId);
        return profile;
    }

    public void Update(EnterpriseProfileDetails details, Guid businessLicenseFileId)
    {
        new InputValidator().ValidateProfile(details).ThrowIfInvalid();
        Name = details.Name.Trim();
        CertificateType = details.CertificateType;
        CreditCode = CreditCodes.Normalize(details.CreditCode);
        ContactName = details.ContactName.Trim();
        ContactPhone = EnterpriseProfileRules.NormalizeContactPhone(details.ContactPhone)!;
        ContactEmail = details.ContactEmail.Trim();
        EnterpriseType = details.EnterpriseType;
        Industry = details.Industry.Trim();
        BusinessLicenseFileId = businessLicenseFileId;
    }
}
