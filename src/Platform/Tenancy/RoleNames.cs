namespace KooMessage.Platform.Tenancy;

/// <summary>The role claim values (kebab-case, as DESIGN.md and JWT issuers spell them).</summary>
public static class RoleNames
{
    public const string PlatformAdmin = "platform-admin";
    public const string PlatformReviewer = "platform-reviewer";
    public const string TenantAdmin = "tenant-admin";
    public const string TenantMember = "tenant-member";

    public static string Of(Role role) => role switch
    {
        Role.PlatformAdmin => PlatformAdmin,
        Role.PlatformReviewer => PlatformReviewer,
        Role.TenantAdmin => TenantAdmin,
        Role.TenantMember => TenantMember,
        _ => throw new ArgumentOutOfRangeException(nameof(role)),
    };

    public static Role? Parse(string? value) => value switch
    {
        PlatformAdmin => Role.PlatformAdmin,
        PlatformReviewer => Role.PlatformReviewer,
        TenantAdmin => Role.TenantAdmin,
        TenantMember => Role.TenantMember,
        _ => null,
    };

    public static bool IsPlatform(Role role) => role is Role.PlatformAdmin or Role.PlatformReviewer;
}
