namespace KooMessage.Client;

/// <summary>Where and as whom the client talks to the platform.</summary>
public sealed class KooMessageClientOptions
{
    /// <summary>The GraphQL HTTP endpoint, e.g. https://koomessage.example.com/graphql.</summary>
    public Uri? Endpoint { get; set; }

    /// <summary>The WebSocket endpoint for subscriptions; defaults to <see cref="Endpoint"/> with ws/wss.</summary>
    public Uri? WebSocketEndpoint { get; set; }

    /// <summary>Sent as <c>Authorization: Bearer</c> over HTTP and as <c>{"apiKey"}</c> in the WebSocket connection_init payload.</summary>
    public string? ApiKey { get; set; }

    /// <summary>For platform principals acting on one tenant: sent as the <c>X-Tenant-Id</c> header.</summary>
    public string? TenantId { get; set; }

    /// <summary>
    /// Send each operation's trusted-document id (<c>documentId: "sha256:…"</c>, see <see cref="DocumentIds"/>)
    /// instead of its text: smaller requests, and what a server with <c>GraphQL:TrustedDocumentsOnly</c> requires.
    /// The server must know the documents (it trusts <see cref="KooMessageOperationDocuments"/> of this client).
    /// </summary>
    public bool SendDocumentIds { get; set; }

    /// <summary>How long the server has to acknowledge connection_init.</summary>
    public TimeSpan ConnectionInitTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How often the client pings the socket; a socket that receives nothing within an interval after a ping is considered dead. Zero disables.</summary>
    public TimeSpan KeepAliveInterval { get; set; } = TimeSpan.FromSeconds(15);

    public ReconnectOptions Reconnect { get; } = new();

    /// <summary>The subscription endpoint actually used.</summary>
    public Uri GetWebSocketEndpoint()
    {
        if (WebSocketEndpoint is not null)
        {
            return WebSocketEndpoint;
        }

        var endpoint = Endpoint ?? throw new InvalidOperationException("KooMessageClientOptions.Endpoint is not set.");
        var builder = new UriBuilder(endpoint)
        {
            Scheme = endpoint.Scheme == Uri.UriSchemeHttps ? "wss" : "ws",
        };
        return builder.Uri;
    }
}
