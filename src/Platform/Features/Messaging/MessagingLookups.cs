using KooMessage.Platform.Data;
using KooMessage.Platform.GraphQL.Errors;
using KooMessage.Platform.GraphQL.Relay;

namespace KooMessage.Platform.Features.Messaging;

/// <summary>Resolves references in inputs to the tenant's own rows; anything else is a NotFoundError naming the field.</summary>
public static class MessagingLookups
{
    public static Task<T> RequireAsync<T>(KooMessageDbContext db, string field, string? id, string typeName, string what, CancellationToken cancellationToken)
        where T : Entity
        => GlobalIdLookup.RequireAsync(db.Set<T>(), field, id, typeName, what, cancellationToken);

    public static Task<SmsApp> RequireAppAsync(KooMessageDbContext db, string field, string? id, CancellationToken cancellationToken)
        => RequireAsync<SmsApp>(db, field, id, "SmsApp", "SMS app", cancellationToken);

    public static Task<SmsSignature> RequireSignatureAsync(KooMessageDbContext db, string field, string? id, CancellationToken cancellationToken)
        => RequireAsync<SmsSignature>(db, field, id, "SmsSignature", "SMS signature", cancellationToken);

    public static Task<SmsTemplate> RequireTemplateAsync(KooMessageDbContext db, string field, string? id, CancellationToken cancellationToken)
        => RequireAsync<SmsTemplate>(db, field, id, "SmsTemplate", "SMS template", cancellationToken);

    /// <summary>An app that can take new signatures, templates and tasks: it exists for the tenant and is not suspended.</summary>
    public static void RequireActive(SmsApp app)
    {
        if (!app.IsUsable)
            throw new DomainException(new PreconditionFailedError("ACTIVE_SMS_APP", $"The SMS app '{app.Name}' is suspended: {app.SuspendedReason}"));
    }
}
