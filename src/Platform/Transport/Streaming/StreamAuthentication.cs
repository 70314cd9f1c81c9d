namespace KooMessage.Platform.Transport.Streaming;

/// <summary>The outcome of authenticating a streaming connection: a subscriber, or a refusal with code and message.</summary>
public sealed record StreamAuthentication(AuthenticatedSubscriber? Subscriber, string? Code, string? Message)
{
    public static StreamAuthentication Accept(AuthenticatedSubscriber subscriber) => new(subscriber, null, null);

    public static StreamAuthentication Refuse(string code, string message) => new(null, code, message);
}
