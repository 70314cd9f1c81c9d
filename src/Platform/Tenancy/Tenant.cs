using KooMessage.Platform.Data;
using KooMessage.Platform.Domain;
using KooMessage.Platform.GraphQL.Relay;

namespace KooMessage.Platform.Tenancy;

/// <summary>An enterprise's isolated workspace (DOMAIN.md "Tenant / Enterprise").</summary>
public sealed class Tenant : Entity, INodeEntity
{
    public static string GraphTypeName => "Tenant";

    public static string Noun => "tenant";

    private Tenant()
    {
    }

    public string Slug { get; private set; } = null!;

    public string Name { get; private set; } = null!;

    public TenantStatus Status { get; private set; }

    public string? SuspendedReason { get; private set; }

    public static Tenant Create(string slug, string name)
    {
        new InputValidator().ValidateSlug("slug", slug).ValidateName("name", name).ThrowIfInvalid();
        return new Tenant { Slug = slug, Name = name.Trim(), Status = TenantStatus.Active };
    }

    public void Suspend(string reason)
    {
        if (Status == TenantStatus.Suspended)
            throw new DomainException(new InvalidStateError(EnumNames.Of(Status), "The tenant is already suspended."));
        new InputValidator().Length("reason", reason, 1, TenantRules.ReasonMax).ThrowIfInvalid();
        Status = TenantStatus.Suspended;
        SuspendedReason = reason.Trim();
    }

    public void Resume()
    {
        if (Status == TenantStatus.Active)
            throw new DomainException(new InvalidStateError(EnumNames.Of(Status), "The tenant is already active."));
        Status = TenantStatus.Active;
        SuspendedReason = null;
    }
}
