using System.Buffers;
using System.Diagnostics;

namespace KooMessage.Platform.Observability;

/// <summary>
/// Outermost: gives every request an id (the client's <c>X-Request-Id</c> when it is a sane token,
/// else a new one), echoes it, puts it in the logging scope (<c>XRequestId</c>), and writes one access-log line when the
/// request ends: method, path (never the query string, which can carry variables), GraphQL
/// operations, status and duration, with the tenant and principal that tenancy resolved.
/// </summary>
public sealed class RequestLoggingMiddleware(RequestDelegate next, ILogger<RequestLoggingMiddleware> logger)
{
    public const string Header = "X-Request-Id";
    public const string ScopeName = "XRequestId";
    private const int MaxRequestIdLength = 128;
    private static readonly SearchValues<char> RequestIdCharacters =
        SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.:");

    public async Task InvokeAsync(HttpContext context, RequestLogContext log)
    {
        var requestId = Accept(context.Request.Headers[Header]) ?? Guid.NewGuid().ToString("N");
        context.Response.Headers[Header] = requestId;
        var started = Stopwatch.GetTimestamp();
        // Not "RequestId": ASP.NET Core's own scope already names its connection-based id so.
        using var scope = logger.BeginScope(new LogScopeState(new KeyValuePair<string, object?>(ScopeName, requestId)));
        try
        {
            await next(context);
        }
        finally
        {
            var elapsed = Stopwatch.GetElapsedTime(started);
            using var identity = PrincipalLogScope.Begin(logger, context.RequestServices);
            logger.LogInformation("{Method} {Path} {Operation} responded {StatusCode} in {ElapsedMs:0.0} ms",
                context.Request.Method, context.Request.Path.Value, log.Operations ?? "-",
                context.RequestAborted.IsCancellationRequested && !context.Response.HasStarted ? 499 : context.Response.StatusCode,
                elapsed.TotalMilliseconds);
        }
    }

    private static string? Accept(string? value)
        => value is { Length: > 0 and <= MaxRequestIdLength } && !value.AsSpan().ContainsAnyExcept(RequestIdCharacters) ? value : null;
}
