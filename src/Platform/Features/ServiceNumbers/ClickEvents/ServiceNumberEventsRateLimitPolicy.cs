using System.Globalization;
using System.Threading.RateLimiting;
using KooMessage.Platform.GraphQL;
using KooMessage.Platform.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace KooMessage.Platform.Features.ServiceNumbers;

/// <summary>
/// A fixed window of <see cref="ServiceNumberOptions.EventRequestsPerWindow"/> requests per event
/// token (per instance), so one noisy phone-side integration cannot flood the event table.
/// </summary>
public sealed class ServiceNumberEventsRateLimitPolicy(IOptions<ServiceNumberOptions> options) : IRateLimiterPolicy<string>
{
    public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected => (rejected, _) =>
    {
        if (rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
            rejected.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        return new ValueTask(GraphQLErrorResponse.WriteAsync(rejected.HttpContext, StatusCodes.Status429TooManyRequests, ErrorCodes.RateLimited,
            "Too many click-event requests with this token; retry later."));
    };

    /// <summary>Partitioned by the token's hash: each service number has its own budget, and no secret is kept as a key.</summary>
    public RateLimitPartition<string> GetPartition(HttpContext httpContext)
        => RateLimitPartition.GetFixedWindowLimiter(
            EventTokens.Hash(httpContext.Request.Headers[EventTokens.HeaderName].ToString().Trim()),
            _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = options.Value.EventRequestsPerWindow,
                Window = options.Value.EventWindow,
                QueueLimit = 0,
            });
}
