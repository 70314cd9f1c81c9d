using KooMessage.Platform.Tests.Infrastructure;

namespace KooMessage.Platform.Tests.Messaging;

/// <summary>Callbacks to a local receiver (http, loopback allowed), retried within milliseconds, 3 attempts, 2 receipts per event.</summary>
public sealed class FastCallbacksFixture() : CallbackHostFixture(FastCallbacksFixture.Settings())
{
    public static Dictionary<string, string?> Settings()
    {
        var settings = new Dictionary<string, string?>(SendTaskScenario.FastDispatch)
        {
            ["Callbacks:RequireHttps"] = "false",
            ["Callbacks:AllowPrivateAddresses"] = "true",
            ["Callbacks:PollInterval"] = "00:00:00.050",
            ["Callbacks:FirstRetryDelay"] = "00:00:00.100",
            ["Callbacks:MaxRetryDelay"] = "00:00:00.200",
            ["Callbacks:MaxAttempts"] = "3",
            ["Callbacks:MaxReceiptsPerEvent"] = "2",
        };
        return settings;
    }
}
