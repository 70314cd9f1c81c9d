namespace KooMessage.Platform.Features.Enterprise;

public sealed class SaveEnterpriseProfileInput
{
    public string Name { get; set; } = string.Empty;

    public CertificateType CertificateType { get; set; }

    public string CreditCode { get; set; } = string.Empty;

    public string ContactName { get; set; } = string.Empty;

    public string ContactPhone { get; set; } = string.Empty;

    public string ContactEmail { get; set; } = string.Empty;

    public EnterpriseType EnterpriseType { get; set; }

    public string Industry { get; set; } = string.Empty;

    public string BusinessLicenseFileId { get; set; } = string.Empty;

    public EnterpriseProfileDetails ToDetails() => new(Name, CertificateType, CreditCode, ContactName, ContactPhone, ContactEmail, EnterpriseType, Industry);
}
