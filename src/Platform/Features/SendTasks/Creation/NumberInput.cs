using KooMessage.Platform.Files;

namespace KooMessage.Platform.Features.SendTasks;

/// <summary>
/// Where a task's numbers come from and how its rows are read: a stored number file or the typed lines,
/// and whether card capability is resolved (smart tasks) or every valid number is sent (video tasks).
/// </summary>
public sealed record NumberInput(NumberFileLayout Layout, StoredFile? NumberFile, IReadOnlyList<string> Numbers, bool ResolveCapability);
