namespace KooMessage.Platform.Transport.Streaming;

/// <summary><c>extensions.code</c> values the streaming transports add to GraphQL's own codes.</summary>
public static class StreamingErrorCodes
{
    public const string SubscriptionLimitExceeded = "SUBSCRIPTION_LIMIT_EXCEEDED";
    public const string ConnectionLimitExceeded = "CONNECTION_LIMIT_EXCEEDED";
    public const string SubscriberTooSlow = "SUBSCRIBER_TOO_SLOW";
    public const string AccessRevoked = "ACCESS_REVOKED";
}
