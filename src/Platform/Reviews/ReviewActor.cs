using KooMessage.Platform.Tenancy;
using KooMessage.Platform.Tenancy.Resolution;

namespace KooMessage.Platform.Reviews;

/// <summary>Who made a transition: the principal's id (API key or token subject), name and role.</summary>
public sealed record ReviewActor(string Id, string Name, Role? Role)
{
    public static ReviewActor Of(Viewer viewer) => new(
        viewer.ApiKeyId?.ToString() ?? viewer.Principal.FindFirst("sub")?.Value ?? "unknown",
        viewer.Principal.Identity?.Name ?? "unknown",
        viewer.Roles.Count == 0 ? null : viewer.Roles.Min());
}
