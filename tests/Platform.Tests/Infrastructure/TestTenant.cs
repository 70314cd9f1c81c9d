namespace KooMessage.Platform.Tests.Infrastructure;

/// <summary>A tenant made for a test: its global ID, slug, and a key's secret and ID.</summary>
public sealed record TestTenant(string Id, string Slug, string Key, string KeyId)
{
    /// <summary>Creates a tenant and a key for it through a platform admin's client.</summary>
    public static async Task<TestTenant> CreateAsync(GraphQLClient admin, string slug, string role = "TENANT_ADMIN")
    {
        var created = await admin.MutateAsync("createTenant", $$"""{ slug: "{{slug}}", name: "Tenant {{slug}}" }""", "tenant { id slug }");
        var tenantId = created.GetProperty("tenant").GetProperty("id").GetString()!;
        var key = await admin.MutateAsync("createApiKey", $$"""{ tenantId: "{{tenantId}}", name: "{{slug}} key", role: {{role}} }""", "apiKey { id } secret");
        return new TestTenant(tenantId, slug, key.GetProperty("secret").GetString()!, key.GetProperty("apiKey").GetProperty("id").GetString()!);
    }
}
