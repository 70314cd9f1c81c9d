using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Threading.RateLimiting;
using KooMessage.Platform.Events;
using KooMessage.Platform.GraphQL;
using KooMessage.Platform.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using RedisRateLimiting;

namespace KooMessage.Platform.Transport.RateLimiting;

/// <summary>
/// The limits of <c>/graphql</c> over HTTP, applied by ASP.NET Core's rate-limiting middleware before
/// authentication, so a refused request costs no database lookup: per client address, per credential
/// (a hash of it: no secret is kept as a key) and concurrent requests per credential. A refusal is 429
/// with <c>Retry-After</c> and a GraphQL error coded <c>RATE_LIMITED</c>. WebSockets have their own
/// connection and subscription limits (Subscriptions section).
/// </summary>
public static class GraphQLRateLimiter
{
    public static IServiceCollection AddGraphQLRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(GraphQLRateLimitOptions.Section).Get<GraphQLRateLimitOptions>() ?? new GraphQLRateLimitOptions();
        if (!options.Enabled)
            return services;
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = OnRejectedAsync(options);
            limiter.GlobalLimiter = PartitionedRateLimiter.CreateChained(
                PartitionedRateLimiter.Create<HttpContext, string>(context => IsGraphQL(context)
                    ? Window(context, "address:" + Address(context), options.RequestsPerAddress, options)
                    : RateLimitPartition.GetNoLimiter(string.Empty)),
                PartitionedRateLimiter.Create<HttpContext, string>(context => IsGraphQL(context)
                    ? Window(context, "key:" + Credential(context), options.RequestsPerKey, options)
                    : RateLimitPartition.GetNoLimiter(string.Empty)),
                PartitionedRateLimiter.Create<HttpContext, string>(context => IsGraphQL(context)
                    ? RateLimitPartition.GetConcurrencyLimiter(Credential(context), _ => new ConcurrencyLimiterOptions
                    {
                        PermitLimit = options.ConcurrentRequestsPerKey,
                        QueueLimit = 0,
                    })
                    : RateLimitPartition.GetNoLimiter(string.Empty)));
        });
        return services;
    }

    private static bool IsGraphQL(HttpContext context)
        => context.Request.Path.Equals(GraphQLHttpOptions.Path, StringComparison.OrdinalIgnoreCase) && !context.WebSockets.IsWebSocketRequest;

    private static RateLimitPartition<string> Window(HttpContext context, string key, int permits, GraphQLRateLimitOptions options)
    {
        var redis = context.RequestServices.GetService<RedisConnection>();
        return redis is null
            ? RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = permits,
                Window = options.Window,
                QueueLimit = 0,
            })
            : RedisRateLimitPartition.GetFixedWindowRateLimiter(
                context.RequestServices.GetRequiredService<IOptions<RedisOptions>>().Value.Key("ratelimit:" + key), _ => new RedisFixedWindowRateLimiterOptions
            {
                ConnectionMultiplexerFactory = redis.Get,
                PermitLimit = permits,
                Window = options.Window,
            });
    }

    private static string Address(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    /// <summary>
    /// The credential the request presents, hashed; without one, the client's address. Hashed once per
    /// request: the window and the concurrency limiter both partition by it.
    /// </summary>
    private static string Credential(HttpContext context)
    {
        if (context.Items.TryGetValue(typeof(GraphQLRateLimiter), out var known) && known is string partition)
            return partition;
        var computed = HashCredential(context);
        context.Items[typeof(GraphQLRateLimiter)] = computed;
        return computed;
    }

    private static string HashCredential(HttpContext context)
    {
        var headers = context.Request.Headers;
        var credential = headers.Authorization.ToString() is { Length: > 0 } authorization ? authorization : headers["X-Api-Key"].ToString();
        return credential.Length == 0
            ? "address:" + Address(context)
            : Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(credential.Trim())), 0, 16);
    }

    private static Func<OnRejectedContext, CancellationToken, ValueTask> OnRejectedAsync(GraphQLRateLimitOptions options) => (rejected, _) =>
    {
        var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : TimeSpan.FromSeconds(1);
        rejected.HttpContext.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        return new ValueTask(GraphQLErrorResponse.WriteAsync(rejected.HttpContext, StatusCodes.Status429TooManyRequests, ErrorCodes.RateLimited,
            $"Too many requests: at most {options.RequestsPerKey} per credential and {options.RequestsPerAddress} per address every {options.Window.TotalSeconds:0} s, "
            + $"and {options.ConcurrentRequestsPerKey} at once per credential; retry after the time in Retry-After."));
    };
}
