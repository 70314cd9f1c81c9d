using System.ComponentModel;
using GraphQL;

namespace KooMessage.Platform.Features.Messaging;

/// <summary>What creating and updating a signature share.</summary>
public abstract record SmsSignatureFields
{
    [Description("2–16 characters, without 【】; unique per tenant and type.")] public required string Name { get; init; }

    [Description("NOTIFICATION or PROMOTION.")] public required SmsType Type { get; init; }

    [Description("Where the name comes from.")] public required SignatureSource Source { get; init; }

    [Description("Whether it names a third party; then licenseFileId (its authorisation and licence) is required.")] public required bool InvolvesThirdParty { get; init; }

    [Id, Description("The business licence (营业执照) of the name's owner, an uploaded IMAGE or LETTER: required unless source is ENTERPRISE_NAME without a third party, which takes the enterprise profile's licence. A name other than the enterprise name also needs COMPANY_RELATIONSHIP_LETTER in the approved SMART_MESSAGE filing.")] public string? LicenseFileId { get; init; }

    [Description("Note for the reviewer, ≤80 characters.")] public string? ApplicationNote { get; init; }
}

public sealed record CreateSmsSignatureInput : SmsSignatureFields
{
    [Id, Description("The app it belongs to.")] public required string AppId { get; init; }
}

public sealed record UpdateSmsSignatureInput : SmsSignatureFields
{
    [Id, Description("The signature (DRAFT or REJECTED).")] public required string Id { get; init; }
}
