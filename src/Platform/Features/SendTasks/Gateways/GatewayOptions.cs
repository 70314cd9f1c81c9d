namespace KooMessage.Platform.Features.SendTasks.Gateways;

/// <summary>Configuration section "Gateway".</summary>
public sealed class GatewayOptions
{
    public const string Section = "Gateway";

    public GatewayProvider Provider { get; set; } = GatewayProvider.Sandbox;

    /// <summary>Sandbox: share of messages whose simulated receipt is FAILED (0–1), decided per message id so re-sends agree.</summary>
    public double SandboxFailureRate { get; set; }

    /// <summary>Sandbox: how long after submission the simulated receipt arrives.</summary>
    public TimeSpan SandboxReceiptDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Webhook: where batches are POSTed.</summary>
    public string? WebhookUrl { get; set; }

    /// <summary>Webhook: shared secret of the HMAC-SHA256 signatures (outgoing batches and incoming receipts).</summary>
    public string? WebhookSecret { get; set; }

    /// <summary>Webhook: give up on a message after this many failed hand-overs (back-off 1 m, 5 m, 30 m).</summary>
    public int WebhookMaxAttempts { get; set; } = 4;

    /// <summary>Receipts: how old a signed timestamp may be before the request is treated as a replay.</summary>
    public TimeSpan SignatureTolerance { get; set; } = TimeSpan.FromMinutes(5);
}
