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

    /// <summary>The app's AppKey; null only for apps created before credentials existed, until their first issue.</summary>
    public string? AppKey { get; private set; }

    /// <summary>SHA-256 of the current AppSecret (<see cref="AppCredentials.Hash"/>); the secret itself is never stored.</summary>
    public string? AppSecretHash { get; private set; }

    /// <summary>The secret's first characters, to tell which one a client holds.</summary>
    public string? AppSecretPrefix { get; private set; }

    public DateTime? AppSecretIssuedAt { get; private set; }

    /// <summary>
    /// Issues a new AppSecret (and the AppKey if the app has none yet) and returns the secret: the only
    /// time it is seen. The previous secret stops working at once.
    /// </summary>
    public string IssueSecret(DateTime now)
    {
        var secret = AppCredentials.NewSecret();
        AppKey ??= AppCredentials.NewKey();
        AppSecretHash = AppCredentials.Hash(secret);
        AppSecretPrefix = AppCredentials.Display(secret);
        AppSecretIssuedAt = now;
        return secret;
    }

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
