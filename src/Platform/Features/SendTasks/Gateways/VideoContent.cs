namespace KooMessage.Platform.Features.SendTasks.Gateways;

/// <summary>
/// What a VIDEO message carries besides its text (the title): the video template, the recipient's
/// parameters by placeholder number (#p_n#) and the frames' resources in play order, texts filled in
/// and media as references to the uploaded files (the carrier bridge fetches or caches them by hash).
/// </summary>
public sealed record VideoContent(string TemplateId, string Title, IReadOnlyDictionary<int, string> Parameters, IReadOnlyList<VideoMediaReference> Media);
