using GraphQL.Transport;
using GraphQLParser.AST;
using KooMessage.Platform.GraphQL;
using KooMessage.Platform.Http;
using KooMessage.Platform.Transport.Streaming;

namespace KooMessage.Platform.Transport.ServerSentEvents;

/// <summary>
/// GraphQL over SSE, distinct connections mode: a GraphQL-over-HTTP request (already read and
/// authenticated by the HTTP pipeline) whose client accepts <c>text/event-stream</c> gets its
/// results as a stream — any operation, subscriptions included.
/// </summary>
public sealed class GraphQLSseHandler(StreamingServices services)
{
    public async Task HandleAsync(HttpContext context, GraphQLRequest request, ParsedOperation operation)
    {
        if (HttpMethods.IsGet(context.Request.Method) && operation.Type is OperationType.Mutation)
        {
            context.Response.Headers.Allow = "POST";
            await GraphQLErrorResponse.WriteAsync(context, StatusCodes.Status405MethodNotAllowed, ErrorCodes.MethodNotAllowed,
                "Only queries and subscriptions can be sent with GET; send mutations with POST.");
            return;
        }

        // Anonymous callers can only run public queries; authenticated streams count against the
        // principal's connection cap and end when its credentials are revoked.
        AuthenticatedSubscriber? subscriber = null;
        IDisposable? registration = null;
        if (context.User.Identity?.IsAuthenticated == true)
            subscriber = AuthenticatedSubscriber.Of(context.RequestServices, StreamCredentials.FromRequest(context.Request));
        var connection = new GraphQLSseConnection(context, subscriber, services);
        if (subscriber is not null && (registration = services.Registry.TryRegister(connection)) is null)
        {
            await GraphQLErrorResponse.WriteAsync(context, StatusCodes.Status429TooManyRequests, StreamingErrorCodes.ConnectionLimitExceeded,
                $"At most {services.Options.Value.MaxConnectionsPerPrincipal} streaming connections may be open per principal.");
            return;
        }
        using (registration)
        {
            // A stream is one operation: it counts against the principal's operations over all its connections too.
            var slot = subscriber is null ? null : services.Registry.TryStartOperation(subscriber.PrincipalKey);
            if (subscriber is not null && slot is null)
            {
                await GraphQLErrorResponse.WriteAsync(context, StatusCodes.Status429TooManyRequests, StreamingErrorCodes.SubscriptionLimitExceeded,
                    $"At most {services.Options.Value.MaxSubscriptionsPerPrincipal} operations may be active per principal over all its connections.");
                return;
            }
            using (slot)
                await connection.RunAsync(request, operation);
        }
    }
}
