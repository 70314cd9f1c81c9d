using System.Net;
using KooMessage.Platform.Tests.Infrastructure;

namespace KooMessage.Platform.Tests.Tenancy;

/// <summary>Who may call what: anonymous, unknown/revoked keys, roles, suspended tenants.</summary>
public sealed class AuthenticationTests(PlatformFixture fixture) : IClassFixture<PlatformFixture>
{
    private PlatformHost Host => fixture.Host;

    [Fact]
    public async Task Anonymous_callers_get_only_the_public_surface()
    {
        var anonymous = Host.Anonymous();
        var viewer = await anonymous.QueryAsync("{ __typename viewer { authenticated roles tenant { id } } }");
        Assert.False(viewer.GetProperty("viewer").GetProperty("authenticated").GetBoolean());

        var introspection = await anonymous.QueryAsync("{ __schema { queryType { name } } }");
        Assert.Equal("Query", introspection.GetProperty("__schema").GetProperty("queryType").GetProperty("name").GetString());

        var tenants = await anonymous.PostAsync("{ tenants { totalCount } }");
        Assert.Equal(HttpStatusCode.Unauthorized, tenants.Status);
        Assert.Equal("AUTH_NOT_AUTHENTICATED", tenants.FirstErrorCode);
        Assert.False(tenants.Body.TryGetProperty("data", out _));
    }

    [Fact]
    public async Task An_unknown_key_is_401_never_anonymous()
    {
        var response = await Host.As("km_thisKeyDoesNotExist000000000000000000000").PostAsync("{ viewer { authenticated } }");
        Assert.Equal(HttpStatusCode.Unauthorized, response.Status);
        Assert.Equal("AUTH_INVALID_CREDENTIALS", response.FirstErrorCode);

        var notAKey = await Host.As("garbage").PostAsync("{ viewer { authenticated } }");
        Assert.Equal(HttpStatusCode.Unauthorized, notAKey.Status);
    }

    [Fact]
    public async Task The_x_api_key_header_works_like_a_bearer_token()
    {
        var client = Host.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", PlatformHost.AdminKey);
        var data = await new GraphQLClient(client).QueryAsync("{ viewer { roles } }");
        Assert.Equal("PLATFORM_ADMIN", data.GetProperty("viewer").GetProperty("roles")[0].GetString());
    }

    [Fact]
    public async Task A_revoked_key_stops_working_at_once()
    {
        var tenant = await Host.CreateTenantAsync(Slugs.New("revoke"));
        var client = Host.As(tenant.Key);
        Assert.True((await client.QueryAsync("{ viewer { authenticated } }")).GetProperty("viewer").GetProperty("authenticated").GetBoolean());

        await Host.Admin().MutateAsync("revokeApiKey", $$"""{ id: "{{tenant.KeyId}}" }""", "apiKey { revoked revokedAt }");
        var after = await client.PostAsync("{ viewer { authenticated } }");
        Assert.Equal(HttpStatusCode.Unauthorized, after.Status);
    }

    [Fact]
    public async Task A_used_key_records_its_last_use_off_the_request_path()
    {
        var tenant = await Host.CreateTenantAsync(Slugs.New("last-used"));
        Assert.True((await Host.As(tenant.Key).QueryAsync("{ viewer { authenticated } }")).GetProperty("viewer").GetProperty("authenticated").GetBoolean());

        // Written by the background recorder within seconds, not by the request.
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (true)
        {
            var keys = await Host.As(tenant.Key).QueryAsync($$"""{ node(id: "{{tenant.KeyId}}") { ... on ApiKey { lastUsedAt } } }""");
            if (keys.GetProperty("node").GetProperty("lastUsedAt").ValueKind == System.Text.Json.JsonValueKind.String)
                break;
            Assert.True(DateTime.UtcNow < deadline, "lastUsedAt was never recorded.");
            await Task.Delay(100);
        }
    }

    [Fact]
    public async Task A_tenant_member_cannot_run_admin_operations()
    {
        var tenant = await Host.CreateTenantAsync(Slugs.New("member"), role: "TENANT_MEMBER");
        var member = Host.As(tenant.Key);

        var createTenant = await member.PostAsync("""mutation { createTenant(input: {slug: "nope-nope", name: "x"}) { tenant { id } } }""");
        Assert.Equal(HttpStatusCode.Forbidden, createTenant.Status);
        Assert.Equal("AUTH_NOT_AUTHORIZED", createTenant.FirstErrorCode);

        var keys = await member.PostAsync("{ apiKeys { totalCount } }");
        Assert.Equal(HttpStatusCode.Forbidden, keys.Status);

        var tenants = await Host.Admin().QueryAsync($$$"""{ tenants(where: {slug: {eq: "{{{tenant.Slug}}}"}}) { totalCount } }""");
        Assert.Equal(1, tenants.GetProperty("tenants").GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task A_suspended_tenant_is_locked_out_until_resumed()
    {
        var tenant = await Host.CreateTenantAsync(Slugs.New("suspend"));
        var admin = Host.Admin();
        // Used once first, so the key and the tenant are in the credential cache the suspension must clear.
        Assert.True((await Host.As(tenant.Key).QueryAsync("{ viewer { authenticated } }")).GetProperty("viewer").GetProperty("authenticated").GetBoolean());
        var suspended = await admin.MutateAsync("suspendTenant", $$"""{ id: "{{tenant.Id}}", reason: "unpaid invoices" }""", "tenant { status suspendedReason }");
        Assert.Equal("SUSPENDED", suspended.GetProperty("tenant").GetProperty("status").GetString());

        var locked = await Host.As(tenant.Key).PostAsync("{ viewer { authenticated } }");
        Assert.Equal(HttpStatusCode.Forbidden, locked.Status);
        Assert.Equal("TENANT_SUSPENDED", locked.FirstErrorCode);

        var again = await admin.TryMutateAsync("suspendTenant", $$"""{ id: "{{tenant.Id}}", reason: "twice" }""", "tenant { id }");
        Assert.Equal("InvalidStateError", again.ErrorType());

        await admin.MutateAsync("resumeTenant", $$"""{ id: "{{tenant.Id}}" }""", "tenant { status }");
        Assert.True((await Host.As(tenant.Key).QueryAsync("{ viewer { authenticated } }")).GetProperty("viewer").GetProperty("authenticated").GetBoolean());
    }

    [Fact]
    public async Task The_last_platform_admin_key_cannot_be_revoked()
    {
        var admin = Host.Admin();
        var keys = await admin.QueryAsync("""{ apiKeys(where: {role: {eq: PLATFORM_ADMIN}, revokedAt: {eq: null}}) { nodes { id } } }""");
        var ids = keys.GetProperty("apiKeys").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()).ToList();
        Assert.Single(ids);
        var refused = await admin.TryMutateAsync("revokeApiKey", $$"""{ id: "{{ids[0]}}" }""", "apiKey { id }");
        Assert.Equal("InvalidStateError", refused.ErrorType());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, refused.GetProperty("apiKey").ValueKind);
    }

    [Fact]
    public async Task A_new_key_secret_is_shown_once_and_authenticates()
    {
        var admin = Host.Admin();
        var created = await admin.MutateAsync("createApiKey", """{ name: "reviewer bot", role: PLATFORM_REVIEWER }""", "apiKey { id prefix role tenant { id } } secret");
        var secret = created.GetProperty("secret").GetString()!;
        Assert.StartsWith("km_", secret);
        Assert.Equal(PlatformHost.SecretPrefixOf(secret), created.GetProperty("apiKey").GetProperty("prefix").GetString());

        var viewer = await Host.As(secret).QueryAsync("{ viewer { roles } }");
        Assert.Equal("PLATFORM_REVIEWER", viewer.GetProperty("viewer").GetProperty("roles")[0].GetString());

        // No field anywhere exposes the secret again.
        var schema = await admin.QueryAsync("""{ __type(name: "ApiKey") { fields { name } } }""");
        Assert.DoesNotContain(schema.GetProperty("__type").GetProperty("fields").EnumerateArray(), f => f.GetProperty("name").GetString() == "secret");
    }

    [Fact]
    public async Task Key_input_is_validated_and_nothing_is_written_on_failure()
    {
        var admin = Host.Admin();
        var before = (await admin.QueryAsync("{ apiKeys { totalCount } }")).GetProperty("apiKeys").GetProperty("totalCount").GetInt32();
        var bad = await admin.TryMutateAsync("createApiKey", """{ name: "", role: TENANT_MEMBER }""", "apiKey { id } secret", "... on ValidationError { field }");
        var fields = bad.ErrorFields();
        Assert.Contains("name", fields);
        Assert.Contains("role", fields);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, bad.GetProperty("secret").ValueKind);
        var after = (await admin.QueryAsync("{ apiKeys { totalCount } }")).GetProperty("apiKeys").GetProperty("totalCount").GetInt32();
        Assert.Equal(before, after);
    }
}
