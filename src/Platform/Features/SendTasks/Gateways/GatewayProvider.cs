namespace KooMessage.Platform.Features.SendTasks.Gateways;

public enum GatewayProvider
{
    /// <summary>Records messages in the database and simulates delivery receipts (default; no carrier needed).</summary>
    Sandbox,

    /// <summary>HMAC-signed HTTP POST of each batch to a configured URL; receipts come back on /hooks/receipts.</summary>
    Webhook,
}
