using KooMessage.Platform.Domain;

namespace KooMessage.Platform.Features.Filings;

/// <summary>Field rules of the enterprise profile (DOMAIN.md "EnterpriseProfile"); pure, unit-tested alone.</summary>
public static class EnterpriseProfileRules
{
    public const int NameMax = 100;
    public const int ContactNameMax = 30;
    public const int IndustryMax = 50;

    /// <summary>A mobile number in E.164 (+86…) or a landline as <c>area-local</c> [console]; null when neither.</summary>
    public static string? NormalizeContactPhone(string? raw) => MobileNumbers.Normalize(raw) ?? LandlineNumbers.Normalize(raw);

    public static InputValidator ValidateProfile(this InputValidator v, EnterpriseProfileDetails details)
    {
        v.Length("name", details.Name, 1, NameMax).NoMarkup("name", details.Name);
        v.Length("contactName", details.ContactName, 1, ContactNameMax).NoMarkup("contactName", details.ContactName);
        v.Length("industry", details.Industry, 1, IndustryMax).NoMarkup("industry", details.Industry);
        if (NormalizeContactPhone(details.ContactPhone) is null)
            v.Fail("contactPhone", "contactPhone must be a mainland China mobile number (11 digits starting 13–19, optionally +86) "
                + "or a landline number with its area code (e.g. 010-12345678).");
        if (!EmailAddresses.IsValid(details.ContactEmail?.Trim()))
            v.Fail("contactEmail", "contactEmail must be an e-mail address.");
        var codeValid = CreditCodes.IsValidUnifiedSocialCreditCode(details.CreditCode)
            || (details.CertificateType == CertificateType.NonProfit && CreditCodes.IsValidOrganizationCode(details.CreditCode));
        if (!codeValid)
            v.Fail("creditCode", details.CertificateType == CertificateType.NonProfit
                ? "creditCode must be a valid unified social credit code (18 characters) or organisation code (9 characters)."
                : "creditCode must be a valid unified social credit code: 18 characters with a correct check character.");
        return v;
    }
}
