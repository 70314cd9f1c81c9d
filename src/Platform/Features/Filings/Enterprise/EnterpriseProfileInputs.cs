using System.ComponentModel;
using GraphQL;

namespace KooMessage.Platform.Features.Filings;

public sealed record SaveEnterpriseProfileInput
{
    [Description("Registered enterprise name, 1–100 characters.")] public required string Name { get; init; }

    [Description("Registration document type.")] public required CertificateType CertificateType { get; init; }

    [Description("Unified social credit code (18 characters, checked), or a non-profit's organisation code.")] public required string CreditCode { get; init; }

    [Description("Contact person, 1–30 characters.")] public required string ContactName { get; init; }

    [Description("Contact phone: a mainland mobile number (+86 optional) or a landline with its area code (010-12345678, 联系电话).")] public required string ContactPhone { get; init; }

    [Description("Contact e-mail.")] public required string ContactEmail { get; init; }

    [Description("Kind of enterprise.")] public required EnterpriseType EnterpriseType { get; init; }

    [Description("Industry, 1–50 characters.")] public required string Industry { get; init; }

    [Id, Description("An uploaded IMAGE file (jpg/png) of the business licence.")] public required string BusinessLicenseFileId { get; init; }

    public EnterpriseProfileDetails ToDetails() => new(Name, CertificateType, CreditCode, ContactName, ContactPhone, ContactEmail, EnterpriseType, Industry);
}
