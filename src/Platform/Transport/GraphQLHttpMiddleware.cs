using GraphQL;
using GraphQL.Transport;
using GraphQLParser.AST;
using KooMessage.Platform.GraphQL;
using KooMessage.Platform.GraphQL.Limits;
using KooMessage.Platform.GraphQL.PersistedOperations;
using KooMessage.Platform.Http;
using KooMessage.Platform.Transport.ServerSentEvents;
using Microsoft.Extensions.Options;
using Microsoft.IO;

namespace KooMessage.Platform.Transport;

/// <summary>
/// GraphQL over HTTP (the GraphQL-over-HTTP spec): POST application/json, GET for queries,
/// application/graphql-response+json by default with the spec's status codes, application/json
/// when asked (then well-formed requests always get 200).
/// </summary>
public sealed class GraphQLHttpMiddleware(
    RequestDelegate next,
    IGraphQLTextSerializer serializer,
    GraphQLOperationExecutor executor,
    GraphQLMultipartReader multipart,
    RecyclableMemoryStreamManager buffers,
    PersistedOperationResolver persistedOperations,
    IOptions<GraphQLLimits> limits)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (!context.Request.Path.Equals(GraphQLHttpOptions.Path, StringComparison.OrdinalIgnoreCase) || context.WebSockets.IsWebSocketRequest)
        {
            await next(context);
            return;
        }

        var isGet = HttpMethods.IsGet(context.Request.Method);
        if (!isGet && !HttpMethods.IsPost(context.Request.Method))
        {
            context.Response.Headers.Allow = "GET, POST";
            await GraphQLErrorResponse.WriteAsync(context, StatusCodes.Status405MethodNotAllowed, ErrorCodes.MethodNotAllowed,
                "GraphQL accepts GET (queries) and POST.");
            return;
        }

        var accepted = GraphQLMediaTypes.Negotiate(context.Request.Headers.Accept);
        if (accepted.Json is null && accepted.EventStreamQuality <= 0)
        {
            await GraphQLErrorResponse.WriteAsync(context, StatusCodes.Status406NotAcceptable, ErrorCodes.NotAcceptable,
                $"Accept must allow {GraphQLMediaTypes.GraphQLResponseJson}, {GraphQLMediaTypes.Json} or {GraphQLMediaTypes.EventStream}.");
            return;
        }
        var mediaType = accepted.Json ?? GraphQLMediaTypes.Json;

        var read = isGet ? ReadGet(context.Request) : await ReadPostAsync(context);
        if (read.Error is { } error)
        {
            await GraphQLErrorResponse.WriteAsync(context, error.Status, error.Code, error.Message, mediaType);
            return;
        }

        if (read.Batch is { } batch)
        {
            await ExecuteBatchAsync(context, batch, mediaType);
            return;
        }
        var (request, persistedError) = await persistedOperations.ResolveAsync(read.Request!, context.RequestAborted);
        if (persistedError is not null)
        {
            // An unknown hash or id is the protocol's normal answer (the client retries with the text); a
            // malformed extension or id, a text that does not match its hash, or free text where only
            // trusted documents run is a bad request.
            if (PersistedOperationResolver.IsNotFound(persistedError))
                await WriteResultAsync(context, new ExecutionResult { Errors = [persistedError], Executed = false }, mediaType);
            else
                await GraphQLErrorResponse.WriteAsync(context, StatusCodes.Status400BadRequest, persistedError.Code!, persistedError.Message, mediaType);
            return;
        }
        var operation = executor.Parse(request.Query, request.OperationName);
        if (accepted.Streams(operation.Type is OperationType.Subscription))
        {
            // GraphQL over SSE: read like any request; the stream serves every operation type from here.
            await context.RequestServices.GetRequiredService<GraphQLSseHandler>().HandleAsync(context, request, operation);
            return;
        }
        if (isGet && operation.Type is OperationType.Mutation or OperationType.Subscription)
        {
            context.Response.Headers.Allow = "POST";
            await GraphQLErrorResponse.WriteAsync(context, StatusCodes.Status405MethodNotAllowed, ErrorCodes.MethodNotAllowed,
                "Only queries can be sent with GET; send mutations with POST.", mediaType);
            return;
        }
        if (operation.Type is OperationType.Subscription)
        {
            await GraphQLErrorResponse.WriteAsync(context, StatusCodes.Status400BadRequest, ErrorCodes.InvalidRequest,
                "Subscriptions need a streaming transport: a graphql-transport-ws WebSocket, or POST with 'Accept: text/event-stream'.", mediaType);
            return;
        }

        var result = await executor.ExecuteAsync(request, operation, context.User, context.RequestServices, context.RequestAborted,
            reportCost: OperationCost.IsRequested(context.Request));
        await WriteResultAsync(context, result, mediaType);
    }

    /// <summary>
    /// A batch (Apollo's BatchHttpLink): each operation runs in turn through the same limits and
    /// persisted-query lookup as a single request, and the answer is a JSON array of their results in
    /// order. Subscriptions cannot be batched: their entry is an error.
    /// </summary>
    private async Task ExecuteBatchAsync(HttpContext context, IReadOnlyList<GraphQLRequest> batch, string mediaType)
    {
        var results = new ExecutionResult[batch.Count];
        for (var i = 0; i < batch.Count; i++)
        {
            var (request, persistedError) = await persistedOperations.ResolveAsync(batch[i], context.RequestAborted);
            var operation = persistedError is null ? executor.Parse(request.Query, request.OperationName) : null;
            results[i] = persistedError is not null
                ? new ExecutionResult { Errors = [persistedError] }
                : operation!.Type is OperationType.Subscription
                    ? new ExecutionResult { Errors = [new ExecutionError("Subscriptions cannot be batched; use a streaming transport.") { Code = ErrorCodes.InvalidRequest }] }
                    : await executor.ExecuteAsync(request, operation, context.User, context.RequestServices, context.RequestAborted,
                        reportCost: OperationCost.IsRequested(context.Request));
        }
        await WriteBodyAsync(context, results, StatusCodes.Status200OK, mediaType);
    }

    /// <summary>
    /// Serializes into a pooled buffer bounded by <see cref="GraphQLLimits.MaxResponseBytes"/>, so a
    /// response that would pass it is replaced by a <c>RESPONSE_TOO_LARGE</c> error before anything is
    /// sent, and no response of any size is ever held in memory.
    /// </summary>
    private Task WriteResultAsync(HttpContext context, ExecutionResult result, string mediaType)
    {
        var status = StatusFor(result, mediaType);
        if (status == StatusCodes.Status401Unauthorized)
            GraphQLErrorResponse.Challenge(context, result.Errors?.FirstOrDefault()?.Code);
        return WriteBodyAsync(context, result, status, mediaType);
    }

    private async Task WriteBodyAsync<TBody>(HttpContext context, TBody body, int status, string mediaType)
    {
        await using var buffer = buffers.GetStream("graphql-response");
        try
        {
            await serializer.WriteAsync(new BoundedWriteStream(buffer, limits.Value.MaxResponseBytes), body, context.RequestAborted);
        }
        catch (ResponseTooLargeException tooLarge)
        {
            await GraphQLErrorResponse.WriteAsync(context,
                mediaType == GraphQLMediaTypes.GraphQLResponseJson ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK,
                ErrorCodes.ResponseTooLarge,
                $"The response would be larger than {tooLarge.Limit} bytes; select fewer fields or smaller pages.", mediaType);
            return;
        }
        context.Response.StatusCode = status;
        context.Response.ContentType = $"{mediaType}; charset=utf-8";
        context.Response.ContentLength = buffer.Length;
        buffer.Position = 0;
        await buffer.CopyToAsync(context.Response.Body, context.RequestAborted);
    }

    /// <summary>
    /// Requests that fail before execution (parse, validation, variables) get 400 with
    /// graphql-response+json and 200 with application/json; refused credentials or roles get 401/403.
    /// </summary>
    private static int StatusFor(ExecutionResult result, string mediaType)
    {
        if (result.Executed)
            return StatusCodes.Status200OK;
        var codes = result.Errors?.Select(e => e.Code).ToList() ?? [];
        if (codes.Contains(ErrorCodes.NotAuthenticated))
            return StatusCodes.Status401Unauthorized;
        if (codes.Contains(ErrorCodes.NotAuthorized))
            return StatusCodes.Status403Forbidden;
        return mediaType == GraphQLMediaTypes.GraphQLResponseJson ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK;
    }

    private GraphQLRequestRead ReadGet(HttpRequest request)
    {
        var query = request.Query;
        try
        {
            return GraphQLRequestRead.Ok(new GraphQLRequest
            {
                Query = query["query"].ToString() is { Length: > 0 } q ? q : null,
                DocumentId = query["documentId"].ToString() is { Length: > 0 } id ? id : null,
                OperationName = query["operationName"].ToString() is { Length: > 0 } n ? n : null,
                Variables = query["variables"].ToString() is { Length: > 0 } v ? serializer.Deserialize<Inputs>(v) : null,
                Extensions = query["extensions"].ToString() is { Length: > 0 } x ? serializer.Deserialize<Inputs>(x) : null,
            }).RequireQuery();
        }
        catch (Exception ex) when (ex is System.Text.Json.JsonException or InvalidOperationException or FormatException)
        {
            return GraphQLRequestRead.BadRequest("'variables' and 'extensions' must be JSON objects.");
        }
    }

    private async Task<GraphQLRequestRead> ReadPostAsync(HttpContext context)
    {
        var contentType = context.Request.ContentType;
        if (string.IsNullOrEmpty(contentType) || !Microsoft.Net.Http.Headers.MediaTypeHeaderValue.TryParse(contentType, out var parsed))
            return GraphQLRequestRead.Fail(StatusCodes.Status415UnsupportedMediaType, ErrorCodes.UnsupportedMediaType,
                $"POST requests need 'Content-Type: {GraphQLMediaTypes.Json}'.");
        var type = parsed.MediaType.Value?.ToLowerInvariant();
        if (type == GraphQLMediaTypes.MultipartFormData)
            return await multipart.ReadAsync(context, parsed);
        if (type is not (GraphQLMediaTypes.Json or GraphQLMediaTypes.LegacyGraphQLJson))
            return GraphQLRequestRead.Fail(StatusCodes.Status415UnsupportedMediaType, ErrorCodes.UnsupportedMediaType,
                $"Unsupported Content-Type '{type}'; use {GraphQLMediaTypes.Json}.");
        if (parsed.Charset.HasValue && !parsed.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase))
            return GraphQLRequestRead.Fail(StatusCodes.Status415UnsupportedMediaType, ErrorCodes.UnsupportedMediaType,
                "Only UTF-8 request bodies are supported.");

        var maxBytes = limits.Value.MaxRequestBytes;
        if (context.Request.ContentLength > maxBytes)
            return GraphQLRequestRead.TooLarge(maxBytes);
        var body = await BoundedBody.ReadAsync(context.Request.Body, maxBytes, context.RequestAborted);
        if (body is null)
            return GraphQLRequestRead.TooLarge(maxBytes);
        if (body.Length == 0)
            return GraphQLRequestRead.BadRequest("The request body is empty.");

        try
        {
            if (StartsWithArray(body))
                return await ReadBatchAsync(body, context.RequestAborted);
            var request = await serializer.ReadAsync<GraphQLRequest>(body, context.RequestAborted);
            return request is null
                ? GraphQLRequestRead.BadRequest("The request body must be a JSON object.")
                : GraphQLRequestRead.Ok(request).RequireQuery();
        }
        catch (Exception ex) when (ex is System.Text.Json.JsonException or InvalidOperationException or FormatException or NotSupportedException)
        {
            return GraphQLRequestRead.Fail(StatusCodes.Status400BadRequest, ErrorCodes.InvalidRequest,
                "The request body is not a valid GraphQL request: a JSON object with 'query' (string), optional 'operationName' (string), 'variables' and 'extensions' (objects).");
        }
    }

    private async Task<GraphQLRequestRead> ReadBatchAsync(Stream body, CancellationToken cancellationToken)
    {
        var batch = await serializer.ReadAsync<GraphQLRequest[]>(body, cancellationToken);
        var max = limits.Value.MaxBatchSize;
        if (batch is null || batch.Length == 0)
            return GraphQLRequestRead.BadRequest("A batch must be a non-empty JSON array of GraphQL requests.");
        if (batch.Length > max)
            return GraphQLRequestRead.Fail(StatusCodes.Status400BadRequest, ErrorCodes.BatchTooLarge, $"A batch may hold at most {max} operations; it held {batch.Length}.");
        return batch.All(r => r is not null && GraphQLRequestRead.HasDocument(r))
            ? GraphQLRequestRead.Batched(batch)
            : GraphQLRequestRead.BadRequest("Every request of a batch needs a 'query'.");
    }

    /// <summary>Whether the JSON body is an array (a batch); the stream is left at its start.</summary>
    private static bool StartsWithArray(Stream body)
    {
        int next;
        while ((next = body.ReadByte()) is ' ' or '\t' or '\r' or '\n')
        {
        }
        body.Position = 0;
        return next == '[';
    }
}
