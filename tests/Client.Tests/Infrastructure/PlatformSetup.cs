namespace KooMessage.Client.Tests.Infrastructure;

/// <summary>Setup steps the end-to-end tests share, done through the generated client itself.</summary>
internal static class PlatformSetup
{
    /// <summary>A slug no other test uses, so tests sharing an instance never collide.</summary>
    public static string NewSlug(string stem) => $"{stem}-{Guid.NewGuid().ToString("N")[..8]}";

    public static async Task<TenantAccess> CreateTenantAsync(IKooMessageClient admin, string stem, Role role = Role.TenantAdmin)
    {
        var slug = NewSlug(stem);
        var created = (await admin.CreateTenantAsync(new CreateTenantInput { Slug = slug, Name = $"Tenant {slug}" })).EnsureNoErrors().CreateTenant;
        Assert.Null(created.Errors);
        var key = await CreateKeyAsync(admin, new CreateApiKeyInput { TenantId = created.Tenant!.Id, Name = $"{slug} key", Role = role });
        return new TenantAccess(created.Tenant.Id, slug, key);
    }

    /// <summary>A platform key (no tenant), e.g. for a PLATFORM_REVIEWER.</summary>
    public static Task<string> CreatePlatformKeyAsync(IKooMessageClient admin, Role role) =>
        CreateKeyAsync(admin, new CreateApiKeyInput { Name = role.ToString(), Role = role });

    private static async Task<string> CreateKeyAsync(IKooMessageClient admin, CreateApiKeyInput input)
    {
        var created = (await admin.CreateApiKeyAsync(input)).EnsureNoErrors().CreateApiKey;
        Assert.Null(created.Errors);
        return created.Secret!;
    }
}
