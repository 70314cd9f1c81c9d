using KooMessage.Platform.Data;
using KooMessage.Platform.Domain;
using KooMessage.Platform.GraphQL.Relay;

namespace KooMessage.Platform.Features.Messaging;

/// <summary>
/// An SMS application (短消息应用). A tenant has at most two: each takes a numbered slot and the
/// (tenant, slot) pair is unique, so even concurrent creates cannot make a third.
/// </summary>
public sealed class SmsApp : Entity, ITenantOwned, ISoftDeletable, INodeEntity
{
    public const int NameMax = 30;

    public static string GraphTypeName => "SmsApp";

    public static string Noun => "SMS app";

    public DateTime? DeletedAt { get; set; }

    private SmsApp()
    {
    }

    public Guid TenantId { get; set; }

    public int Slot { get; private set; }

    public string Name { get; private set; } = null!;

    public SmsAppStatus Status { get; private set; }

    public string? SuspendedReason { get; private set; }

    public bool IsUsable => Status == SmsAppStatus.Active;

    /// <summary>An app takes new signatures, templates and tasks only while it is not suspended.</summary>
    public void RequireActive()
    {
        if (!IsUsable)
            throw new DomainException(new PreconditionFailedError("ACTIVE_SMS_APP", $"The SMS app '{Name}' is suspended: {SuspendedReason}"));
    }

    public static SmsApp Create(string name, int slot)
    {
        ValidateName(name);
        return new SmsApp { Name = name.Trim(), Slot = slot, Status = SmsAppStatus.Active };
    }

    public void Rename(string name)
    {
        ValidateName(name);
        Name = name.Trim();
    }

    public void Suspend(string reason)
    {
        if (Status == SmsAppStatus.Suspended)
            throw new DomainException(new InvalidStateError("SUSPENDED", "The app is already suspended."));
        new InputValidator().Length("reason", reason, 1, 500).ThrowIfInvalid();
        Status = SmsAppStatus.Suspended;
        SuspendedReason = reason.Trim();
    }

    public void Resume()
    {
        if (Status == SmsAppStatus.Active)
            throw new DomainException(new InvalidStateError("ACTIVE", "The app is already active."));
        Status = SmsAppStatus.Active;
        SuspendedReason = null;
    }

    private static void ValidateName(string name)
        => new InputValidator().Length("name", name, 1, NameMax).NoMarkup("name", name).ThrowIfInvalid();
}
