using System.Net;
using System.Text.Json;
using KooMessage.Platform.Tests.Infrastructure;

namespace KooMessage.Platform.Tests.Tenancy;

/// <summary>Tenant B cannot see, fetch, filter for or touch tenant A's things — and cannot tell they exist.</summary>
public sealed class TenantIsolationTests(PlatformFixture fixture) : IClassFixture<PlatformFixture>
{
    private PlatformHost Host => fixture.Host;

    [Fact]
    public async Task Tenant_b_cannot_list_fetch_filter_for_or_revoke_tenant_a_keys()
    {
        var a = await Host.CreateTenantAsync(Slugs.New("iso-a"));
        var b = await Host.CreateTenantAsync(Slugs.New("iso-b"));
        var asB = Host.As(b.Key);

        var listed = await asB.QueryAsync("{ apiKeys { totalCount nodes { id } } }");
        Assert.Equal(1, listed.GetProperty("apiKeys").GetProperty("totalCount").GetInt32());
        Assert.Equal(b.KeyId, listed.GetProperty("apiKeys").GetProperty("nodes")[0].GetProperty("id").GetString());

        var node = await asB.QueryAsync($$"""{ node(id: "{{a.KeyId}}") { id } nodes(ids: ["{{a.KeyId}}", "{{b.KeyId}}"]) { id } }""");
        Assert.Equal(JsonValueKind.Null, node.GetProperty("node").ValueKind);
        Assert.Equal(JsonValueKind.Null, node.GetProperty("nodes")[0].ValueKind);
        Assert.Equal(b.KeyId, node.GetProperty("nodes")[1].GetProperty("id").GetString());

        var filtered = await asB.QueryAsync($$$"""{ apiKeys(where: {id: {eq: "{{{a.KeyId}}}"}}) { totalCount } }""");
        Assert.Equal(0, filtered.GetProperty("apiKeys").GetProperty("totalCount").GetInt32());

        var revokeForeign = await asB.TryMutateAsync("revokeApiKey", $$"""{ id: "{{a.KeyId}}" }""", "apiKey { id }");
        var revokeMissing = await asB.TryMutateAsync("revokeApiKey", """{ id: "QXBpS2V5OjAxOTAwMDAwMDAwMDcwMDA4MDAwMDAwMDAwMDAwMDAw" }""", "apiKey { id }");
        Assert.Equal("NotFoundError", revokeForeign.ErrorType());
        // Same error shape for a foreign key and a key that never existed (only the echoed id differs).
        Assert.Equal(
            revokeMissing.ErrorMessage().Replace("QXBpS2V5OjAxOTAwMDAwMDAwMDcwMDA4MDAwMDAwMDAwMDAwMDAw", "X"),
            revokeForeign.ErrorMessage().Replace(a.KeyId, "X"));

        // A's key still works: nothing was revoked.
        Assert.True((await Host.As(a.Key).QueryAsync("{ viewer { authenticated } }")).GetProperty("viewer").GetProperty("authenticated").GetBoolean());
    }

    [Fact]
    public async Task A_tenant_cannot_issue_keys_for_another_tenant()
    {
        var a = await Host.CreateTenantAsync(Slugs.New("iso-c"));
        var b = await Host.CreateTenantAsync(Slugs.New("iso-d"));
        var refused = await Host.As(b.Key).TryMutateAsync("createApiKey", $$"""{ tenantId: "{{a.Id}}", name: "sneaky", role: TENANT_ADMIN }""", "apiKey { id } secret");
        Assert.Equal("NotFoundError", refused.ErrorType());
        var own = await Host.As(b.Key).MutateAsync("createApiKey", """{ name: "second", role: TENANT_MEMBER }""", "apiKey { tenant { slug } } secret");
        Assert.Equal(b.Slug, own.GetProperty("apiKey").GetProperty("tenant").GetProperty("slug").GetString());
        var platformRole = await Host.As(b.Key).TryMutateAsync("createApiKey", """{ name: "escalate", role: PLATFORM_ADMIN }""", "apiKey { id }");
        Assert.Equal("ValidationError", platformRole.ErrorType());
    }

    [Fact]
    public async Task A_tenant_key_naming_another_tenant_in_x_tenant_id_is_refused()
    {
        var a = await Host.CreateTenantAsync(Slugs.New("iso-e"));
        var b = await Host.CreateTenantAsync(Slugs.New("iso-f"));
        var response = await Host.As(b.Key, tenantHeader: a.Id).PostAsync("{ apiKeys { totalCount } }");
        Assert.Equal(HttpStatusCode.Forbidden, response.Status);
        Assert.Equal("TENANT_MISMATCH", response.FirstErrorCode);

        var own = await Host.As(b.Key, tenantHeader: b.Slug).QueryAsync("{ viewer { tenant { slug } } }");
        Assert.Equal(b.Slug, own.GetProperty("viewer").GetProperty("tenant").GetProperty("slug").GetString());
    }

    [Fact]
    public async Task A_platform_admin_acts_on_one_tenant_through_x_tenant_id()
    {
        var a = await Host.CreateTenantAsync(Slugs.New("iso-g"));
        var adminInA = Host.Admin(tenantHeader: a.Slug);
        var viewer = await adminInA.QueryAsync("{ viewer { tenant { id } } apiKeys { nodes { id } } }");
        Assert.Equal(a.Id, viewer.GetProperty("viewer").GetProperty("tenant").GetProperty("id").GetString());
        Assert.Equal(a.KeyId, viewer.GetProperty("apiKeys").GetProperty("nodes")[0].GetProperty("id").GetString());

        var created = await adminInA.MutateAsync("createApiKey", """{ name: "made by admin", role: TENANT_MEMBER }""", "apiKey { tenant { id } }");
        Assert.Equal(a.Id, created.GetProperty("apiKey").GetProperty("tenant").GetProperty("id").GetString());

        var unknown = await Host.Admin(tenantHeader: "no-such-tenant").PostAsync("{ viewer { authenticated } }");
        Assert.Equal(HttpStatusCode.BadRequest, unknown.Status);
        Assert.Equal("TENANT_NOT_FOUND", unknown.FirstErrorCode);
    }

    [Fact]
    public async Task Tenants_see_only_their_own_tenant_node()
    {
        var a = await Host.CreateTenantAsync(Slugs.New("iso-h"));
        var b = await Host.CreateTenantAsync(Slugs.New("iso-i"));
        var data = await Host.As(b.Key).QueryAsync($$"""{ a: node(id: "{{a.Id}}") { id } b: node(id: "{{b.Id}}") { ... on Tenant { slug } } }""");
        Assert.Equal(JsonValueKind.Null, data.GetProperty("a").ValueKind);
        Assert.Equal(b.Slug, data.GetProperty("b").GetProperty("slug").GetString());
        var tenants = await Host.As(b.Key).PostAsync("{ tenants { totalCount } }");
        Assert.Equal(HttpStatusCode.Forbidden, tenants.Status);
    }
}
