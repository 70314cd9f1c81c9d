using System.Net.WebSockets;
using KooMessage.Platform.Transport.Streaming;

namespace KooMessage.Platform.Transport.WebSockets;

/// <summary>
/// Accepts graphql-transport-ws WebSockets on the GraphQL path. It runs before the HTTP tenancy
/// middleware on purpose: a socket authenticates with its connection_init payload (or the upgrade
/// request's headers) and is refused with the protocol's close code 4403, not an HTTP 401 a
/// WebSocket client cannot read.
/// </summary>
public sealed class GraphQLWebSocketMiddleware(RequestDelegate next, StreamingServices services)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (!context.WebSockets.IsWebSocketRequest || !context.Request.Path.Equals(GraphQLHttpOptions.Path, StringComparison.OrdinalIgnoreCase))
        {
            await next(context);
            return;
        }

        if (!context.WebSockets.WebSocketRequestedProtocols.Contains(GraphQLWsConnection.SubProtocol))
        {
            // As the graphql-ws reference server does: accept, then say why in a close event the client can read.
            using var refused = await context.WebSockets.AcceptWebSocketAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            try
            {
                await refused.CloseAsync(GraphQLWsCloseCode.SubprotocolNotAcceptable,
                    $"Subprotocol not acceptable: use {GraphQLWsConnection.SubProtocol}", timeout.Token);
            }
            catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or IOException)
            {
                // The client left without finishing the close handshake.
            }
            return;
        }

        using var socket = await context.WebSockets.AcceptWebSocketAsync(GraphQLWsConnection.SubProtocol);
        await new GraphQLWsConnection(socket, context.Request, services).RunAsync();
    }
}
