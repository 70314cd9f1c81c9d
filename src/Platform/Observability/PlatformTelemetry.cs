using System.Diagnostics;

namespace KooMessage.Platform.Observability;

/// <summary>
/// The platform's own trace source and meter name. Spans: one per GraphQL operation, per dispatch
/// batch, per receipt batch. Their attributes carry names, ids, counts and codes only: never
/// variables, phone numbers, message text or credentials.
/// </summary>
public static class PlatformTelemetry
{
    /// <summary>The ActivitySource and the Meter share this name; exporters subscribe to it.</summary>
    public const string Name = "KooMessage.Platform";

    public static readonly ActivitySource Source = new(Name);
}
