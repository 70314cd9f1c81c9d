using System.IdentityModel.Tokens.Jwt;
using System.Security.Claims;
using System.Text;
using System.Text.Json;
using KooMessage.Platform.Tests.Infrastructure;
using Microsoft.IdentityModel.Tokens;

namespace KooMessage.Platform.Tests.Subscriptions;

/// <summary>A JWT in connection_init is checked by the same JWT bearer scheme as over HTTP.</summary>
public sealed class GraphQLWsJwtTests : IAsyncLifetime
{
    private const string SigningKey = "ws-test-signing-key-with-at-least-32-bytes";
    private PlatformHost _host = null!;

    public async Task InitializeAsync() => _host = await PlatformHost.StartAsync(new Dictionary<string, string?>
    {
        ["Auth:Jwt:SigningKey"] = SigningKey,
        ["Auth:Jwt:Issuer"] = "https://idp.test",
        ["Auth:Jwt:Audience"] = "koomessage",
    });

    public Task DisposeAsync() => _host.DisposeAsync().AsTask();

    [Fact]
    public async Task A_valid_token_is_acknowledged_in_its_tenant_and_a_forged_one_closes_with_4403()
    {
        var tenant = await _host.CreateTenantAsync(Slugs.New("ws-jwt"));
        await using (var client = await GraphQLWsTestClient.InitAsync(_host, new { authorization = $"Bearer {Token(tenant.Slug, SigningKey)}" }))
        {
            await client.SubscribeAsync("q", "{ viewer { roles tenant { slug } } }");
            var viewer = (await client.ExpectAsync("next", "q")).GetProperty("payload").GetProperty("data").GetProperty("viewer");
            Assert.Equal(tenant.Slug, viewer.GetProperty("tenant").GetProperty("slug").GetString());
            Assert.Equal("TENANT_ADMIN", viewer.GetProperty("roles")[0].GetString());
        }
        await using var forged = await GraphQLWsTestClient.ConnectAsync(_host);
        await forged.SendTextAsync(JsonSerializer.Serialize(new
        {
            type = "connection_init",
            payload = new { authorization = $"Bearer {Token(tenant.Slug, "another-signing-key-of-at-least-32-bytes")}" },
        }));
        Assert.Equal("Forbidden: The credentials are invalid, expired or revoked.", await forged.ExpectCloseAsync(4403));
    }

    private static string Token(string tenant, string key)
    {
        var claims = new List<Claim> { new("sub", "ws-user"), new("role", "tenant-admin"), new("tenant_id", tenant) };
        var token = new JwtSecurityToken("https://idp.test", "koomessage", claims, DateTime.UtcNow.AddMinutes(-1), DateTime.UtcNow.AddMinutes(10),
            new SigningCredentials(new SymmetricSecurityKey(Encoding.UTF8.GetBytes(key)), SecurityAlgorithms.HmacSha256));
        return new JwtSecurityTokenHandler().WriteToken(token);
    }
}
