namespace KooMessage.Platform.Features.SendTasks;

/// <summary>What previewSmartMessage answers: the text SMS as sent, the filled card, and its watermarked preview page.</summary>
public sealed record SmartMessagePreview(string Text, FilledCard Card, string PageUrl);
