using KooMessage.Platform.Domain;

namespace KooMessage.Platform.Features.Messaging;

/// <summary>Pure rules of SMS signatures (DOMAIN.md "SmsSignature").</summary>
public static class SmsSignatureRules
{
    public const int NameMin = 2;
    public const int NameMax = 16;
    public const int NoteMax = 80;

    public static InputValidator ValidateSignature(this InputValidator v, string? name, string? applicationNote)
    {
        v.Length("name", name, NameMin, NameMax).NoMarkup("name", name);
        if (name is not null && name.AsSpan().IndexOfAny('【', '】') >= 0)
            v.Fail("name", "name must not contain 【 or 】: the brackets are added when the message is sent.");
        v.MaxLength("applicationNote", applicationNote, NoteMax);
        return v;
    }

    /// <summary>
    /// A signature that is not the enterprise's registered name (an abbreviation, a brand, a third party)
    /// needs the company-relationship authorisation letter (公司关系授权函) [console]; an exact match does not.
    /// </summary>
    public static bool NeedsCompanyRelationshipLetter(string signatureName, string? enterpriseName)
        => !string.Equals(signatureName.Trim(), enterpriseName?.Trim(), StringComparison.Ordinal);

    /// <summary>
    /// The console's form asks every signature for a business licence (营业执照) [console]. A signature of the
    /// enterprise itself (source ENTERPRISE_NAME, no third party) takes the profile's licence, which is never
    /// uploaded twice; any other source, or a third party, proves its owner with an uploaded one.
    /// </summary>
    public static bool NeedsUploadedLicense(SignatureSource source, bool involvesThirdParty)
        => involvesThirdParty || source != SignatureSource.EnterpriseName;
}
