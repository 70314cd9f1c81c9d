using System.IdentityModel.Tokens.Jwt;
using System.Net;
using System.Security.Claims;
using System.Text;
using KooMessage.Platform.Tests.Infrastructure;
using Microsoft.IdentityModel.Tokens;

namespace KooMessage.Platform.Tests.Tenancy;

/// <summary>The optional strategies: JWT bearer principals and host-based tenant resolution.</summary>
public sealed class TenantResolutionTests : IAsyncLifetime
{
    private const string SigningKey = "test-signing-key-with-at-least-32-bytes!!";
    private PlatformHost _host = null!;

    public async Task InitializeAsync() => _host = await PlatformHost.StartAsync(new Dictionary<string, string?>
    {
        ["Auth:Jwt:SigningKey"] = SigningKey,
        ["Auth:Jwt:Issuer"] = "https://idp.test",
        ["Auth:Jwt:Audience"] = "koomessage",
        ["Tenancy:HostTemplate"] = "{slug}.koo.test",
    });

    public Task DisposeAsync() => _host.DisposeAsync().AsTask();

    private static string Token(string role, string? tenant, DateTime? expires = null, string key = SigningKey)
    {
        var claims = new List<Claim> { new("sub", "user-1"), new("role", role) };
        if (tenant is not null)
            claims.Add(new Claim("tenant_id", tenant));
        var until = expires ?? DateTime.UtcNow.AddMinutes(10);
        var token = new JwtSecurityToken("https://idp.test", "koomessage", claims, until.AddMinutes(-15), until, new SigningCredentials(new SymmetricSecurityKey(Encoding.UTF8.GetBytes(key)), SecurityAlgorithms.HmacSha256));
        return new JwtSecurityTokenHandler().WriteToken(token);
    }

    [Fact]
    public async Task A_jwt_principal_acts_in_the_tenant_its_claim_names()
    {
        var tenant = await _host.CreateTenantAsync(Slugs.New("jwt"));
        var viewer = await _host.As(Token("tenant-admin", tenant.Slug)).QueryAsync("{ viewer { roles tenant { id } } apiKeys { totalCount } }");
        Assert.Equal("TENANT_ADMIN", viewer.GetProperty("viewer").GetProperty("roles")[0].GetString());
        Assert.Equal(tenant.Id, viewer.GetProperty("viewer").GetProperty("tenant").GetProperty("id").GetString());
        Assert.Equal(1, viewer.GetProperty("apiKeys").GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task Expired_forged_or_tenantless_tokens_are_refused()
    {
        var tenant = await _host.CreateTenantAsync(Slugs.New("jwt-bad"));
        var expired = await _host.As(Token("tenant-admin", tenant.Slug, expires: DateTime.UtcNow.AddMinutes(-5))).PostAsync("{ viewer { roles } }");
        Assert.Equal(HttpStatusCode.Unauthorized, expired.Status);
        var forged = await _host.As(Token("platform-admin", null, key: "another-signing-key-of-at-least-32-bytes")).PostAsync("{ viewer { roles } }");
        Assert.Equal(HttpStatusCode.Unauthorized, forged.Status);
        var unknownTenant = await _host.As(Token("tenant-admin", "no-such-tenant")).PostAsync("{ viewer { roles } }");
        Assert.Equal(HttpStatusCode.Unauthorized, unknownTenant.Status);
        Assert.Equal("AUTH_INVALID_CREDENTIALS", unknownTenant.FirstErrorCode);
    }

    [Fact]
    public async Task The_host_names_the_tenant_for_platform_principals_and_must_match_for_tenants()
    {
        var a = await _host.CreateTenantAsync(Slugs.New("host-a"));
        var b = await _host.CreateTenantAsync(Slugs.New("host-b"));

        var admin = _host.CreateClient(PlatformHost.AdminKey);
        admin.DefaultRequestHeaders.Host = $"{a.Slug}.koo.test";
        var onA = await new GraphQLClient(admin).QueryAsync("{ viewer { tenant { id } } }");
        Assert.Equal(a.Id, onA.GetProperty("viewer").GetProperty("tenant").GetProperty("id").GetString());

        var bOnAsHost = _host.CreateClient(b.Key);
        bOnAsHost.DefaultRequestHeaders.Host = $"{a.Slug}.koo.test";
        var refused = await new GraphQLClient(bOnAsHost).PostAsync("{ viewer { authenticated } }");
        Assert.Equal(HttpStatusCode.Forbidden, refused.Status);
        Assert.Equal("TENANT_MISMATCH", refused.FirstErrorCode);
    }
}
