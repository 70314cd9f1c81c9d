using System.Net.WebSockets;

namespace KooMessage.Platform.Transport.WebSockets;

/// <summary>The close codes of graphql-transport-ws (PROTOCOL.md), plus the one this server adds for clients that stop reading.</summary>
public static class GraphQLWsCloseCode
{
    public const WebSocketCloseStatus BadRequest = (WebSocketCloseStatus)4400;
    public const WebSocketCloseStatus Unauthorized = (WebSocketCloseStatus)4401;
    public const WebSocketCloseStatus Forbidden = (WebSocketCloseStatus)4403;
    public const WebSocketCloseStatus SubprotocolNotAcceptable = (WebSocketCloseStatus)4406;
    public const WebSocketCloseStatus ConnectionInitialisationTimeout = (WebSocketCloseStatus)4408;
    public const WebSocketCloseStatus SubscriberAlreadyExists = (WebSocketCloseStatus)4409;
    public const WebSocketCloseStatus TooManyInitialisationRequests = (WebSocketCloseStatus)4429;
    public const WebSocketCloseStatus InternalServerError = (WebSocketCloseStatus)4500;

    /// <summary>Standard 1001: this instance is stopping; the client reconnects (to another instance).</summary>
    public const WebSocketCloseStatus GoingAway = WebSocketCloseStatus.EndpointUnavailable;

    /// <summary>Standard 1008: the client left more messages unread than the server keeps for it.</summary>
    public const WebSocketCloseStatus TooManyPendingMessages = WebSocketCloseStatus.PolicyViolation;
}
