using KooMessage.Platform.Data;
using KooMessage.Platform.Domain;
using KooMessage.Platform.GraphQL.Relay;

namespace KooMessage.Platform.Features.Messaging;

/// <summary>
/// One callback event of an SMS app: the outbox row written in the same transaction as its cause
/// (a receipt, a review decision), and its delivery log. The body is fixed when written, so every
/// attempt sends the same bytes and the receiver can deduplicate on the event id (the row's id).
/// Rows are leased by one deliverer at a time (<see cref="LeaseOwner"/>, <see cref="LeaseUntil"/>).
/// </summary>
public sealed class CallbackDelivery : Entity, ITenantOwned, INodeEntity
{
    public const int ErrorMax = 500;

    public static string GraphTypeName => "CallbackDelivery";

    public static string Noun => "callback delivery";

    private CallbackDelivery()
    {
    }

    public Guid TenantId { get; set; }

    public Guid AppId { get; private set; }

    public CallbackEventType EventType { get; private set; }

    /// <summary>The JSON body POSTed, envelope included.</summary>
    public string Body { get; private set; } = null!;

    public CallbackDeliveryStatus Status { get; private set; }

    public int Attempts { get; private set; }

    /// <summary>When the next attempt is due; null once delivered or given up.</summary>
    public DateTime? NextAttemptAt { get; private set; }

    public string? LeaseOwner { get; private set; }

    public DateTime? LeaseUntil { get; private set; }

    public DateTime? LastAttemptAt { get; private set; }

    /// <summary>The HTTP status of the last answer; null when the last attempt got none (refused address, timeout, connection error).</summary>
    public int? LastStatusCode { get; private set; }

    public int? LastLatencyMs { get; private set; }

    public string? LastError { get; private set; }

    public DateTime? DeliveredAt { get; private set; }

    public static CallbackDelivery Create(Guid tenantId, Guid appId, CallbackEventType type, Func<Guid, string> body, DateTime now)
    {
        var delivery = new CallbackDelivery { TenantId = tenantId, AppId = appId, EventType = type, Status = CallbackDeliveryStatus.Pending, NextAttemptAt = now };
        delivery.Body = body(delivery.Id);
        return delivery;
    }

    /// <summary>Records one attempt: delivered on 2xx, else retried after the backoff or given up after the last attempt.</summary>
    public void Record(CallbackAttempt attempt, CallbackOptions options)
    {
        Attempts++;
        LastAttemptAt = attempt.At;
        LastStatusCode = attempt.StatusCode;
        LastLatencyMs = attempt.LatencyMs;
        LastError = attempt.Error is { } error ? error[..Math.Min(error.Length, ErrorMax)] : null;
        LeaseOwner = null;
        LeaseUntil = null;
        if (attempt.Succeeded)
        {
            Status = CallbackDeliveryStatus.Delivered;
            DeliveredAt = attempt.At;
            NextAttemptAt = null;
        }
        else if (Attempts >= options.MaxAttempts)
        {
            Status = CallbackDeliveryStatus.Failed;
            NextAttemptAt = null;
        }
        else
        {
            NextAttemptAt = attempt.At + options.RetryDelay(Attempts);
        }
    }

    /// <summary>A tenant admin's retry: a FAILED event gets a fresh series of attempts, due now; a PENDING one is due now.</summary>
    public void Retry(DateTime now)
    {
        if (Status == CallbackDeliveryStatus.Delivered)
            throw new DomainException(new InvalidStateError("DELIVERED", "The event was delivered already."));
        if (Status == CallbackDeliveryStatus.Failed)
            Attempts = 0;
        Status = CallbackDeliveryStatus.Pending;
        NextAttemptAt = now;
    }
}
