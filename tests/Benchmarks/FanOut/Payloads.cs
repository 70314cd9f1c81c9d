namespace KooMessage.Benchmarks;

/// <summary>The event both servers deliver, so the baseline sends what the platform sends.</summary>
public static class Payloads
{
    public const string Subscription = "subscription { reviewStatusChanged { kind from to reason actorName actorRole at } }";

    /// <summary>The graphql-transport-ws next message the platform produces for the benchmark event (same shape and size).</summary>
    public static string NextMessage(int sequence) =>
        "{\"type\":\"next\",\"id\":\"1\",\"payload\":{\"data\":{\"reviewStatusChanged\":{\"kind\":\"SMS_TEMPLATE\",\"from\":\"PENDING\","
        + $"\"to\":\"APPROVED\",\"reason\":\"benchmark {sequence}\",\"actorName\":\"benchmark reviewer\",\"actorRole\":\"PLATFORM_REVIEWER\","
        + "\"at\":\"2026-01-01T00:00:00Z\"}}}}";
}
