namespace KooMessage.Platform.Features.SendTasks;

/// <summary>
/// One de-duplicated number from the input. <see cref="Phone"/> is E.164 when valid, otherwise the
/// raw text (shortened). <see cref="Problem"/> says why an invalid one is invalid. <see cref="Parameters"/>
/// are the card's values in the card's parameter order (empty when the task maps none).
/// </summary>
public sealed record ParsedRecipient(int Sequence, string Phone, RecipientCapability Capability, IReadOnlyList<string> Variables, string? CustomUrl, string? Problem,
    IReadOnlyList<string> Parameters);
