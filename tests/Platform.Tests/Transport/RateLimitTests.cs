using System.Net;
using System.Text;
using KooMessage.Platform.Tests.Events;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using KooMessage.Platform.Tests.Infrastructure;

namespace KooMessage.Platform.Tests.Transport;

/// <summary>
/// /graphql is rate-limited per credential, per client address and in concurrent requests per
/// credential: a refusal is 429 with Retry-After and RATE_LIMITED, and other credentials are unaffected.
/// With Redis the windows hold across instances.
/// </summary>
public sealed class RateLimitTests
{
    private const string Typename = "{ __typename }";

    [Fact]
    public async Task A_credential_over_its_window_gets_429_with_Retry_After_while_others_go_on()
    {
        await using var host = await PlatformHost.StartAsync(Limits(perKey: 5));
        var tenant = await host.CreateTenantAsync(Slugs.New("rate"));
        var other = await host.CreateTenantAsync(Slugs.New("rate-other"));
        var busy = host.As(tenant.Key);
        for (var i = 0; i < 5; i++)
            Assert.Equal(HttpStatusCode.OK, (await busy.PostAsync(Typename)).Status);

        using var refused = await Post(host.CreateClient(tenant.Key));
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(refused.Headers.RetryAfter?.Delta > TimeSpan.Zero, $"Retry-After: {refused.Headers.RetryAfter}");
        Assert.Contains("\"RATE_LIMITED\"", await refused.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, (await host.As(other.Key).PostAsync(Typename)).Status);
    }

    [Fact]
    public async Task Rotating_credentials_does_not_escape_the_limit_of_the_address()
    {
        await using var host = await PlatformHost.StartAsync(Limits(perKey: 1000, perAddress: 4));
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 6; i++)
        {
            using var response = await Post(host.CreateClient($"km_made_up_key_{i}_0123456789abcdefghijklmnopq"));
            statuses.Add(response.StatusCode);
        }
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
        Assert.DoesNotContain(HttpStatusCode.TooManyRequests, statuses.Take(3));
    }

    [Fact]
    public async Task A_credential_with_its_concurrent_requests_in_flight_is_refused_until_one_ends()
    {
        // The instance's own configured limiter, asked as its middleware asks it: racing real requests to
        // be first at the server cannot make this flaky.
        await using var host = await PlatformHost.StartAsync(Limits(concurrent: 1));
        var limiter = host.Services.GetRequiredService<IOptions<RateLimiterOptions>>().Value.GlobalLimiter!;
        HttpContext Request(string key)
        {
            var context = new DefaultHttpContext { RequestServices = host.Services };
            context.Request.Path = "/graphql";
            context.Request.Headers.Authorization = $"Bearer {key}";
            return context;
        }

        using (var inFlight = limiter.AttemptAcquire(Request("km_first_key_0123456789abcdefghijklmnopqrs")))
        {
            Assert.True(inFlight.IsAcquired);
            using var second = limiter.AttemptAcquire(Request("km_first_key_0123456789abcdefghijklmnopqrs"));
            Assert.False(second.IsAcquired);
            using var otherKey = limiter.AttemptAcquire(Request("km_other_key_0123456789abcdefghijklmnopqrs"));
            Assert.True(otherKey.IsAcquired);
        }
        using var afterwards = limiter.AttemptAcquire(Request("km_first_key_0123456789abcdefghijklmnopqrs"));
        Assert.True(afterwards.IsAcquired);
    }

    [Fact]
    public async Task With_Redis_the_window_of_a_credential_holds_across_instances()
    {
        var settings = Limits(perKey: 4);
        settings["Redis:Configuration"] = TestRedis.Configuration;
        settings["Redis:Channel"] = TestRedis.NewChannel();
        await using var first = await PlatformHost.StartAsync(settings);
        await using var second = await PlatformHost.StartAsync(settings, storagePath: first.StoragePath);
        var tenant = await first.CreateTenantAsync(Slugs.New("rate-redis"));

        for (var i = 0; i < 2; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await first.As(tenant.Key).PostAsync(Typename)).Status);
            Assert.Equal(HttpStatusCode.OK, (await second.As(tenant.Key).PostAsync(Typename)).Status);
        }
        using var refused = await Post(first.CreateClient(tenant.Key));
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
    }

    private static Dictionary<string, string?> Limits(int perKey = 1000, int perAddress = 10_000, int concurrent = 32) => new()
    {
        ["GraphQL:RateLimits:RequestsPerKey"] = perKey.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["GraphQL:RateLimits:RequestsPerAddress"] = perAddress.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["GraphQL:RateLimits:ConcurrentRequestsPerKey"] = concurrent.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["GraphQL:RateLimits:Window"] = "00:10:00",
    };

    private static Task<HttpResponseMessage> Post(HttpClient client)
        => client.PostAsync("/graphql", new StringContent("{\"query\":\"{ __typename }\"}", Encoding.UTF8, "application/json"));
}
