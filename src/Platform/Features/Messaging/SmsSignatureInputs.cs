namespace KooMessage.Platform.Features.Messaging;

/// <summary>What creating and updating a signature share.</summary>
public abstract class SmsSignatureFields
{
    public string Name { get; set; } = string.Empty;

    public SmsType Type { get; set; }

    public SignatureSource Source { get; set; }

    public bool InvolvesThirdParty { get; set; }

    public string? LicenseFileId { get; set; }

    public string? ApplicationNote { get; set; }
}

public sealed class CreateSmsSignatureInput : SmsSignatureFields
{
    public string AppId { get; set; } = string.Empty;
}

public sealed class UpdateSmsSignatureInput : SmsSignatureFields
{
    public string Id { get; set; } = string.Empty;
}
