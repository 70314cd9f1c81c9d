using System.ComponentModel;
using KooMessage.Platform.Features.Filings;
using KooMessage.Platform.Files;

namespace KooMessage.Platform.Features.Documents;

public sealed record UploadDocumentTemplateInput
{
    [Description("The area whose tenants download it.")] public required ProductArea Area { get; init; }

    [Description("Which document; it must be one the area offers and not a generated sample.")] public required DocumentKind Kind { get; init; }

    [Description("The pdf (multipart request), ≤ Files:MaxDocumentBytes.")] public required UploadedFile File { get; init; }
}
