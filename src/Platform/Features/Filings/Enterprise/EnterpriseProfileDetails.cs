namespace KooMessage.Platform.Features.Filings;

/// <summary>The editable fields of a profile, as the tenant enters them.</summary>
public sealed record EnterpriseProfileDetails(
    string Name,
    CertificateType CertificateType,
    string CreditCode,
    string ContactName,
    string ContactPhone,
    string ContactEmail,
    EnterpriseType EnterpriseType,
    string Industry);
