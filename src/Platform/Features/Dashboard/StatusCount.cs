namespace KooMessage.Platform.Features.Dashboard;

/// <summary>How many items are in one status; the status spelled as the schema spells its enum value.</summary>
public sealed record StatusCount(string Status, int Count);
