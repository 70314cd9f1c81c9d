using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using KooMessage.Platform.Tests.Infrastructure;
using static KooMessage.Platform.Tests.Infrastructure.ServiceNumberScenario;

namespace KooMessage.Platform.Tests.ServiceNumbers;

/// <summary>POST /sn/events: token authentication, all-or-nothing batches, per-token rate limits; the CSV export's access rules.</summary>
public sealed class ServiceNumberEventsTests
{
    private static readonly Dictionary<string, string?> Settings = new()
    {
        ["ServiceNumbers:EventRequestsPerWindow"] = "5",
        ["ServiceNumbers:EventWindow"] = "00:10:00",
        ["ServiceNumbers:MaxEventsPerRequest"] = "3",
    };

    private static HttpClient Phone(PlatformHost host, string? token)
    {
        var client = host.CreateClient();
        if (token is not null)
            client.DefaultRequestHeaders.Add("X-Service-Number-Token", token);
        return client;
    }

    private static object OneClick(string visitor = "phone-a") => new { events = new[] { new { target = "MENU", name = "优惠活动", visitor } } };

    private static async Task<int> PvAsync(ServiceNumberScenario story, string serviceNumberId)
    {
        var today = DateTime.UtcNow;
        var data = await story.AsTenant.QueryAsync($$"""
            { serviceNumberReport(serviceNumberId: "{{serviceNumberId}}", from: "{{today.AddDays(-1):O}}", to: "{{today.AddDays(1):O}}") { pv } }
            """);
        return data.GetProperty("serviceNumberReport").GetProperty("pv").GetInt32();
    }

    private static async Task<string?> CodeOf(HttpResponseMessage response)
        => JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.ErrorCode();

    [Fact]
    public async Task Wrong_or_rotated_tokens_and_bad_batches_store_nothing_and_each_token_is_rate_limited()
    {
        await using var host = await PlatformHost.StartAsync(Settings);
        var story = await StartAsync(host, "sn-events");
        await story.ApprovedFilingAsync();
        var (id, token) = await story.ApprovedServiceNumberAsync();
        var (otherId, otherToken) = await story.ApprovedServiceNumberAsync();

        using (var noToken = Phone(host, null))
        {
            var response = await noToken.PostAsJsonAsync("/sn/events", OneClick());
            Assert.Equal((HttpStatusCode.Unauthorized, "AUTH_NOT_AUTHENTICATED"), (response.StatusCode, await CodeOf(response)));
        }
        using (var wrongToken = Phone(host, token + "x"))
        {
            var response = await wrongToken.PostAsJsonAsync("/sn/events", OneClick());
            Assert.Equal((HttpStatusCode.Unauthorized, "AUTH_INVALID_CREDENTIALS"), (response.StatusCode, await CodeOf(response)));
        }

        using var phone = Phone(host, token);
        var badTarget = await phone.PostAsJsonAsync("/sn/events", new
        {
            events = new object[] { new { target = "MENU", name = "优惠活动", visitor = "a" }, new { target = "BANNER", name = "x", visitor = "a" } },
        });
        Assert.Equal(HttpStatusCode.BadRequest, badTarget.StatusCode);
        var error = JsonDocument.Parse(await badTarget.Content.ReadAsStringAsync()).RootElement.Error().GetProperty("extensions");
        Assert.Equal(("VALIDATION", "events[1].target"), (error.GetProperty("code").GetString(), error.GetProperty("field").GetString()));
        var tooMany = await phone.PostAsJsonAsync("/sn/events", new { events = Enumerable.Range(0, 4).Select(i => new { target = "HOMEPAGE", visitor = $"v{i}" }) });
        Assert.Equal(HttpStatusCode.BadRequest, tooMany.StatusCode);
        var notJson = await phone.PostAsync("/sn/events", new StringContent("{", Encoding.UTF8, "application/json"));
        Assert.Equal((HttpStatusCode.BadRequest, "INVALID_REQUEST"), (notJson.StatusCode, await CodeOf(notJson)));
        Assert.Equal(0, await PvAsync(story, id));

        // Two good requests, then the budget of 5 per window is used up; another token still has its own.
        Assert.Equal(HttpStatusCode.Accepted, (await phone.PostAsJsonAsync("/sn/events", OneClick("a"))).StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, (await phone.PostAsJsonAsync("/sn/events", OneClick("b"))).StatusCode);
        var limited = await phone.PostAsJsonAsync("/sn/events", OneClick("c"));
        Assert.Equal((HttpStatusCode.TooManyRequests, "RATE_LIMITED"), (limited.StatusCode, await CodeOf(limited)));
        Assert.True(limited.Headers.RetryAfter is not null);
        Assert.Equal(2, await PvAsync(story, id));
        using (var other = Phone(host, otherToken))
            Assert.Equal(HttpStatusCode.Accepted, (await other.PostAsJsonAsync("/sn/events", OneClick())).StatusCode);
        Assert.Equal(1, await PvAsync(story, otherId));

        // Rotating the token retires the old one at once.
        var rotated = await story.AsTenant.MutateAsync("rotateServiceNumberEventToken", $$"""{ id: "{{otherId}}" }""", "eventToken serviceNumber { eventTokenPrefix }");
        var newToken = rotated.GetProperty("eventToken").GetString()!;
        Assert.NotEqual(otherToken, newToken);
        Assert.StartsWith(rotated.GetProperty("serviceNumber").GetProperty("eventTokenPrefix").GetString()!, newToken);
        using (var old = Phone(host, otherToken))
            Assert.Equal(HttpStatusCode.Unauthorized, (await old.PostAsJsonAsync("/sn/events", OneClick())).StatusCode);
        using (var renewed = Phone(host, newToken))
            Assert.Equal(HttpStatusCode.Accepted, (await renewed.PostAsJsonAsync("/sn/events", OneClick())).StatusCode);
        Assert.Equal(2, await PvAsync(story, otherId));
    }

    [Fact]
    public async Task The_csv_export_needs_tenant_credentials_and_valid_arguments()
    {
        await using var host = await PlatformHost.StartAsync();
        var story = await StartAsync(host, "sn-csv");
        await story.ApprovedFilingAsync();
        var (id, _) = await story.ApprovedServiceNumberAsync();
        var path = $"/sn/reports/{id}.csv?from=2026-11-01&to=2026-11-30";

        using var anonymous = host.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync(path)).StatusCode);
        using var adminWithoutTenant = host.CreateClient(PlatformHost.AdminKey);
        Assert.Equal(HttpStatusCode.Forbidden, (await adminWithoutTenant.GetAsync(path)).StatusCode);
        using var adminInTenant = host.CreateClient(PlatformHost.AdminKey, story.Tenant.Id);
        Assert.Equal(HttpStatusCode.OK, (await adminInTenant.GetAsync(path)).StatusCode);

        using var tenant = host.CreateClient(story.Tenant.Key);
        var empty = await tenant.GetAsync(path + "&groupBy=DAY");
        Assert.Equal("\uFEFFday,target,name,pv,uv\r\n", Encoding.UTF8.GetString(await empty.Content.ReadAsByteArrayAsync()));
        Assert.Equal(HttpStatusCode.BadRequest, (await tenant.GetAsync($"/sn/reports/{id}.csv?from=2026-11-30&to=2026-11-01")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await tenant.GetAsync($"/sn/reports/{id}.csv?from=soon&to=2026-11-01")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await tenant.GetAsync(path + "&groupBy=WEEK")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await tenant.GetAsync("/sn/reports/bm9wZQ.csv?from=2026-11-01&to=2026-11-30")).StatusCode);

        var longRange = await story.AsTenant.PostAsync($$"""{ serviceNumberReport(serviceNumberId: "{{id}}", from: "2025-01-01T00:00:00Z", to: "2026-11-30T00:00:00Z") { pv } }""");
        Assert.Equal("INVALID_REQUEST", longRange.FirstErrorCode);
    }

    /// <summary>A date alone means 00:00 UTC on the CSV endpoint and in GraphQL alike; what neither accepts, both refuse naming the forms they accept.</summary>
    [Fact]
    public async Task Dates_are_read_the_same_way_by_GraphQL_and_the_csv_endpoint()
    {
        await using var host = await PlatformHost.StartAsync();
        var story = await StartAsync(host, "sn-dates");
        await story.ApprovedFilingAsync();
        var (id, _) = await story.ApprovedServiceNumberAsync();
        using var tenant = host.CreateClient(story.Tenant.Key);

        Assert.Equal(HttpStatusCode.OK, (await tenant.GetAsync($"/sn/reports/{id}.csv?from=2026-11-01&to=2026-11-30")).StatusCode);
        var dates = await story.AsTenant.QueryAsync($$"""{ serviceNumberReport(serviceNumberId: "{{id}}", from: "2026-11-01", to: "2026-11-30") { pv } }""");
        var times = await story.AsTenant.QueryAsync($$"""{ serviceNumberReport(serviceNumberId: "{{id}}", from: "2026-11-01T00:00:00Z", to: "2026-11-30T00:00:00+00:00") { pv } }""");
        Assert.Equal(times.GetRawText(), dates.GetRawText());
        var asVariables = await story.AsTenant.QueryAsync("query($from: DateTime!, $to: DateTime!, $id: ID!) { serviceNumberReport(serviceNumberId: $id, from: $from, to: $to) { pv } }",
            new { id, from = "2026-11-01", to = "2026-11-30" });
        Assert.Equal(times.GetRawText(), asVariables.GetRawText());

        foreach (var bad in new[] { "11/01/2026", "2026-13-01", "soon" })
        {
            var csv = await tenant.GetAsync($"/sn/reports/{id}.csv?from={Uri.EscapeDataString(bad)}&to=2026-11-30");
            Assert.Equal(HttpStatusCode.BadRequest, csv.StatusCode);
            Assert.Contains("2026-11-01T08:30:00Z", await csv.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            var graphQL = await story.AsTenant.PostAsync($$"""{ serviceNumberReport(serviceNumberId: "{{id}}", from: "{{bad}}", to: "2026-11-30") { pv } }""");
            Assert.Contains("2026-11-01T08:30:00Z", graphQL.Body.GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
            var variable = await story.AsTenant.PostAsync("query($from: DateTime!) { serviceNumberReport(serviceNumberId: \"x\", from: $from, to: \"2026-11-30\") { pv } }", new { from = bad });
            Assert.Contains("2026-11-01T08:30:00Z", variable.Body.GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
        }
    }
}
