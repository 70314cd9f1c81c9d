namespace KooMessage.Platform.Features.Statistics;

/// <summary>What was sent, delivered and clicked today (a local day) and in the last hour, from the rollups.</summary>
public sealed record MessageTraffic(MessageCounts Today, MessageCounts LastHour);
