namespace KooMessage.Platform.Features.Messaging;

/// <summary>What an event needs of the app it belongs to (read without tracking the app).</summary>
public sealed record CallbackApp(Guid Id, Guid TenantId, string? AppKey);
