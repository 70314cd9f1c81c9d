namespace KooMessage.Platform.Features.Messaging;

/// <summary>A value filled in per recipient when the card is sent.</summary>
public sealed record SmartTemplateParameter(string Name, string? Description);
