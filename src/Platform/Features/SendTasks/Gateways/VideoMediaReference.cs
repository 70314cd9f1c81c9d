namespace KooMessage.Platform.Features.SendTasks.Gateways;

/// <summary>One resource of a VIDEO message: frame (0-based), kind, the filled-in text of a TEXT resource, or the uploaded file of a medium.</summary>
public sealed record VideoMediaReference(int Frame, string Kind, string? Text, string? FileId, string? ContentType, long Size, string? Sha256);
