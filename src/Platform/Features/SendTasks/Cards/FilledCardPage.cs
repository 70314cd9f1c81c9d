namespace KooMessage.Platform.Features.SendTasks;

/// <summary>One page (screen) of a filled card.</summary>
public sealed record FilledCardPage(IReadOnlyList<FilledCardComponent> Components);
