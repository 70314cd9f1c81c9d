using OpenTelemetry.Exporter;

namespace KooMessage.Platform.Observability;

/// <summary><c>OpenTelemetry:*</c>: where traces and metrics are exported (OTLP). Without an endpoint nothing is exported.</summary>
public sealed class OpenTelemetryOptions
{
    public const string Section = "OpenTelemetry";

    /// <summary>The collector, e.g. <c>http://otel-collector:4317</c> (gRPC) or <c>http://otel-collector:4318</c> (HTTP).</summary>
    public Uri? Endpoint { get; set; }

    public OtlpExportProtocol Protocol { get; set; } = OtlpExportProtocol.Grpc;

    /// <summary>The <c>service.name</c> resource attribute.</summary>
    public string ServiceName { get; set; } = "koomessage-platform";
}
