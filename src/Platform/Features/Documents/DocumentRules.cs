using KooMessage.Platform.Features.Filings;

namespace KooMessage.Platform.Features.Documents;

/// <summary>
/// Which documents each product area offers, and which of them the platform writes itself (the
/// number-file samples, always present) rather than an admin uploading them (letters and forms: pdf).
/// </summary>
public static class DocumentRules
{
    public static IReadOnlyList<DocumentKind> For(ProductArea area) => area switch
    {
        ProductArea.SmartMessage =>
        [
            DocumentKind.MaterialCommitmentLetter, DocumentKind.SignatureAuthorizationLetter, DocumentKind.CompanyRelationshipLetter,
            DocumentKind.SmartTaskNumberFileSample,
        ],
        ProductArea.ServiceNumber => [DocumentKind.HuaweiAuthorization, DocumentKind.CompanyRelationshipLetter],
        ProductArea.BasicEdition =>
        [
            DocumentKind.MaterialCommitmentLetter, DocumentKind.SignatureAuthorizationLetter, DocumentKind.PortCustomerRegistrationForm,
            DocumentKind.CompanyRelationshipLetter, DocumentKind.VideoSmsCommitmentLetterDynamicParameters,
            DocumentKind.VideoSmsCommitmentLetterShortLink, DocumentKind.VideoSmsCommitmentLetterQrCode, DocumentKind.VideoTaskNumberFileSample,
        ],
        _ => throw new ArgumentOutOfRangeException(nameof(area), area, null),
    };

    public static bool IsGenerated(DocumentKind kind) => kind is DocumentKind.SmartTaskNumberFileSample or DocumentKind.VideoTaskNumberFileSample;

    /// <summary>The file name a generated document downloads as.</summary>
    public static string GeneratedFileName(DocumentKind kind) => kind switch
    {
        DocumentKind.SmartTaskNumberFileSample => "smart-task-numbers-sample.csv",
        DocumentKind.VideoTaskNumberFileSample => "video-task-numbers-sample.csv",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Uploaded, not generated."),
    };

    /// <summary>
    /// The content of a generated document: a number file the task's parser reads as it stands (UTF-8
    /// with BOM, so spreadsheets keep it UTF-8). Smart tasks: phone, one value per non-link template
    /// variable, then an optional https custom URL; video tasks: phone, one value per #p_n# placeholder.
    /// </summary>
    public static string GeneratedContent(DocumentKind kind) => kind switch
    {
        DocumentKind.SmartTaskNumberFileSample =>
            "phone,variable_1,variable_2,custom_url\r\n13800138000,张三,O1001\r\n13800138001,李四,O1002,https://example.com/orders/O1002\r\n",
        DocumentKind.VideoTaskNumberFileSample => "phone,p_1,p_2\r\n13800138000,张三,O1001\r\n13800138001,李四,O1002\r\n",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Uploaded, not generated."),
    };
}
