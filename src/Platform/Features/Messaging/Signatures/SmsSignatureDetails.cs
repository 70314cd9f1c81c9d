namespace KooMessage.Platform.Features.Messaging;

/// <summary>The editable fields of a signature, resolved (the licence file is already checked).</summary>
public sealed record SmsSignatureDetails(string Name, SmsType Type, SignatureSource Source, bool InvolvesThirdParty, Guid? LicenseFileId, string? ApplicationNote);
