using System.ComponentModel;
using GraphQL;

namespace KooMessage.Platform.Features.Filings;

public sealed record FilingDocumentInput
{
    [Description("Which document.")] public required DocumentType Type { get; init; }

    [Id, Description("An uploaded file of the tenant (see uploadFile).")] public required string FileId { get; init; }
}
