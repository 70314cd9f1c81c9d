using KooMessage.Platform.Domain;
using KooMessage.Platform.Files;

namespace KooMessage.Platform.Features.Filings;

/// <summary>Which documents each product area takes, which are required, and their file types (DOMAIN.md "Filing"); pure.</summary>
public static class FilingRequirements
{
    public sealed record Slot(DocumentType Type, bool Required, FilePurpose Purpose, bool Multiple);

    public static IReadOnlyList<Slot> For(ProductArea area) => area switch
    {
        ProductArea.SmartMessage =>
        [
            new(DocumentType.MaterialCommitmentLetter, true, FilePurpose.Letter, false),
            new(DocumentType.SignatureAuthorizationLetter, true, FilePurpose.Letter, false),
            new(DocumentType.CompanyRelationshipLetter, false, FilePurpose.Letter, false),
            new(DocumentType.SpecialMaterials, false, FilePurpose.SpecialMaterials, true),
        ],
        ProductArea.ServiceNumber =>
        [
            new(DocumentType.HuaweiAuthorization, true, FilePurpose.AuthorizationImage, false),
            new(DocumentType.CompanyRelationshipLetter, false, FilePurpose.Letter, false),
            new(DocumentType.SpecialMaterials, false, FilePurpose.SpecialMaterials, true),
        ],
        ProductArea.BasicEdition =>
        [
            new(DocumentType.MaterialCommitmentLetter, true, FilePurpose.Letter, false),
            new(DocumentType.SignatureAuthorizationLetter, true, FilePurpose.Letter, false),
            new(DocumentType.PortCustomerRegistrationForm, true, FilePurpose.Letter, false),
            new(DocumentType.CompanyRelationshipLetter, false, FilePurpose.Letter, false),
            new(DocumentType.VideoSmsCommitmentLetterDynamicParameters, false, FilePurpose.Letter, false),
            new(DocumentType.VideoSmsCommitmentLetterShortLink, false, FilePurpose.Letter, false),
            new(DocumentType.VideoSmsCommitmentLetterQrCode, false, FilePurpose.Letter, false),
            new(DocumentType.SpecialMaterials, false, FilePurpose.SpecialMaterials, true),
        ],
        _ => [],
    };

    /// <summary>Field paths use the document type, e.g. <c>documents.MATERIAL_COMMITMENT_LETTER</c>.</summary>
    public static string FieldOf(DocumentType type) => "documents." + EnumNames.Of(type);
}
