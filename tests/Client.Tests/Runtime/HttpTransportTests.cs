using System.Net;
using System.Text.Json;
using KooMessage.Client.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace KooMessage.Client.Tests.Runtime;

using KooMessage.Client.Tests.Fixture;

/// <summary>The generated client over GraphQL over HTTP against a Kestrel endpoint that records what it received.</summary>
public sealed class HttpTransportTests
{
    [Fact]
    public async Task Query_is_posted_as_json_with_credentials_and_the_response_is_mapped()
    {
        HttpRequestRecord? received = null;
        await using var host = await KestrelHost.StartAsync(app => app.MapPost("/graphql", async context =>
        {
            received = await HttpRequestRecord.ReadAsync(context.Request);
            context.Response.ContentType = "application/graphql-response+json; charset=utf-8";
            await context.Response.WriteAsync("""{"data": {"tenant": null}}""");
        }));
        await using var services = Services(host, o => o.TenantId = "tenant-7");

        var result = await services.GetRequiredService<IKooMessageClient>().GetTenantAsync("t1").Within();

        Assert.True(result.IsSuccess);
        Assert.Null(result.Data!.Tenant);
        Assert.Equal("Bearer secret-key", received!.Headers["Authorization"]);
        Assert.Equal("application/graphql-response+json, application/json", received.Headers["Accept"]);
        Assert.Equal("tenant-7", received.Headers["X-Tenant-Id"]);
        Assert.StartsWith("application/json", received.Headers["Content-Type"], StringComparison.Ordinal);
        Assert.Equal("GetTenant", received.Json!.Value.GetProperty("operationName").GetString());
        Assert.Equal("""{"id":"t1"}""", received.Json.Value.GetProperty("variables").GetRawText());
    }

    [Fact]
    public async Task A_non_2xx_response_with_a_graphql_body_is_a_result_with_errors()
    {
        await using var host = await KestrelHost.StartAsync(app => app.MapPost("/graphql", async context =>
        {
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            context.Response.ContentType = "application/graphql-response+json";
            await context.Response.WriteAsync("""{"errors": [{"message": "API key required", "extensions": {"code": "AUTH_NOT_AUTHENTICATED"}}]}""");
        }));
        await using var services = Services(host);

        var result = await services.GetRequiredService<IKooMessageClient>().GetTenantAsync("t1").Within();

        Assert.Null(result.Data);
        Assert.Equal("AUTH_NOT_AUTHENTICATED", Assert.Single(result.Errors).Code);
        Assert.Throws<GraphQLOperationException>(() => result.EnsureNoErrors());
    }

    [Fact]
    public async Task A_failure_without_a_graphql_body_is_a_transport_exception_with_the_status()
    {
        await using var host = await KestrelHost.StartAsync(app => app.MapPost("/graphql", async context =>
        {
            context.Response.StatusCode = StatusCodes.Status502BadGateway;
            context.Response.ContentType = "text/html";
            await context.Response.WriteAsync("<html>upstream down</html>");
        }));
        await using var services = Services(host);

        var error = await Assert.ThrowsAsync<GraphQLTransportException>(() => services.GetRequiredService<IKooMessageClient>().GetTenantAsync("t1")).Within();

        Assert.Equal(502, error.StatusCode);
        Assert.Contains("upstream down", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unreachable_server_is_a_transport_exception()
    {
        Uri endpoint;
        await using (var stopped = await KestrelHost.StartAsync(_ => { }))
        {
            endpoint = stopped.GraphQLEndpoint;
        }

        await using var services = new ServiceCollection()
            .AddKooMessageClient(o => o.Endpoint = endpoint).Services
            .BuildServiceProvider();

        var error = await Assert.ThrowsAsync<GraphQLTransportException>(() => services.GetRequiredService<IKooMessageClient>().GetTenantAsync("t1")).Within();

        Assert.Contains(endpoint.ToString(), error.Message, StringComparison.Ordinal);
        Assert.IsAssignableFrom<HttpRequestException>(error.InnerException);
    }

    [Fact]
    public async Task Uploads_are_sent_as_a_graphql_multipart_request()
    {
        IFormCollection? form = null;
        string? preflight = null;
        await using var host = await KestrelHost.StartAsync(app => app.MapPost("/graphql", async context =>
        {
            preflight = context.Request.Headers["GraphQL-Preflight"];
            form = await context.Request.ReadFormAsync();
            context.Response.ContentType = "application/graphql-response+json";
            await context.Response.WriteAsync("""{"data": {"uploadLicense": {"files": [{"id": "f1", "name": "licence.pdf", "size": "3"}]}}}""");
        }));
        await using var services = Services(host);
        var licence = new Upload(new MemoryStream("%PD"u8.ToArray()), "licence.pdf", "application/pdf");
        var extra = new Upload(new MemoryStream("PK"u8.ToArray()), "extra.zip", "application/zip");

        var result = await services.GetRequiredService<IKooMessageClient>()
            .UploadLicenseAsync(new UploadLicenseInput { TenantId = "t1", File = licence, Attachments = [extra, licence] }).Within();

        Assert.Equal(3L, result.EnsureNoErrors().UploadLicense.Files[0].Size);
        Assert.Equal("1", preflight);
        Assert.Equal(["map", "operations"], form!.Keys.Order(StringComparer.Ordinal));
        var operations = JsonDocument.Parse(form["operations"].ToString()).RootElement;
        Assert.Equal("UploadLicense", operations.GetProperty("operationName").GetString());
        Assert.Equal("""{"input":{"tenantId":"t1","file":null,"attachments":[null,null]}}""", operations.GetProperty("variables").GetRawText());
        Assert.Equal("""{"0":["variables.input.file","variables.input.attachments.1"],"1":["variables.input.attachments.0"]}""", form["map"].ToString());
        Assert.Collection(
            form.Files,
            f => Assert.Equal(("0", "licence.pdf", "application/pdf", 3L), (f.Name, f.FileName, f.ContentType, f.Length)),
            f => Assert.Equal(("1", "extra.zip", "application/zip", 2L), (f.Name, f.FileName, f.ContentType, f.Length)));
    }

    [Fact]
    public async Task ConfigureHttpClient_is_applied_to_the_client_the_transport_uses()
    {
        string? userAgent = null;
        await using var host = await KestrelHost.StartAsync(app => app.MapPost("/graphql", async context =>
        {
            userAgent = context.Request.Headers.UserAgent;
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync("""{"data": {"tenant": null}}""");
        }));
        var services = new ServiceCollection();
        services.AddKooMessageClient(o => o.Endpoint = host.GraphQLEndpoint)
            .ConfigureHttpClient((provider, http) => http.DefaultRequestHeaders.UserAgent.ParseAdd("koomessage-tests/1.0"));
        await using var provider = services.BuildServiceProvider();

        await provider.GetRequiredService<IKooMessageClient>().GetTenantAsync("t1").Within();

        Assert.Equal("koomessage-tests/1.0", userAgent);
    }

    private static ServiceProvider Services(KestrelHost host, Action<KooMessageClientOptions>? configure = null)
    {
        var services = new ServiceCollection();
        services.AddKooMessageClient(o =>
        {
            o.Endpoint = host.GraphQLEndpoint;
            o.ApiKey = "secret-key";
            configure?.Invoke(o);
        });
        return services.BuildServiceProvider();
    }
}
