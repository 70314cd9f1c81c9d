using System.Diagnostics.Metrics;

namespace KooMessage.Platform.Observability;

/// <summary>
/// The platform's instruments, one meter per application (from <see cref="IMeterFactory"/>, so two
/// hosts in one test process count separately). Prometheus names: dots become underscores, counters
/// end in <c>_total</c>, the duration histogram in <c>_seconds</c> (README, "Observability").
/// Gauges that read the database are contributed by the areas that own the data (<see cref="IPlatformGauge"/>).
/// </summary>
public sealed class PlatformMetrics
{
    public PlatformMetrics(IMeterFactory meters, IEnumerable<IPlatformGauge> gauges)
    {
        var meter = meters.Create(PlatformTelemetry.Name);
        Requests = meter.CreateCounter<long>("koomessage.graphql.requests", "{operation}", "GraphQL operations executed, by operation name, type and outcome (ok, error).");
        Duration = meter.CreateHistogram<double>("koomessage.graphql.duration", "s", "GraphQL operation execution time, by operation name and type.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30] });
        Connections = meter.CreateUpDownCounter<long>("koomessage.streaming.connections", "{connection}", "Open WebSocket and SSE connections, by transport.");
        Subscriptions = meter.CreateUpDownCounter<long>("koomessage.streaming.subscriptions", "{subscription}", "Active subscription operations over all streaming connections.");
        EventsPublished = meter.CreateCounter<long>("koomessage.events.published", "{event}", "Events published on the event bus by this instance.");
        EventsDelivered = meter.CreateCounter<long>("koomessage.events.delivered", "{event}", "Events handed to a subscriber on this instance.");
        EventsDropped = meter.CreateCounter<long>("koomessage.events.dropped", "{subscriber}", "Subscribers dropped because they fell too far behind.");
        DispatchedRecipients = meter.CreateCounter<long>("koomessage.dispatch.recipients", "{recipient}", "Recipients handed to the gateway, by outcome (sent, failed, retry).");
        Receipts = meter.CreateCounter<long>("koomessage.receipts", "{receipt}", "Delivery receipts applied, by outcome (delivered, failed, expired).");
        ShortLinkClicks = meter.CreateCounter<long>("koomessage.shortlinks.clicks", "{click}", "Short-link clicks recorded.");
        foreach (var gauge in gauges)
            meter.CreateObservableGauge(gauge.Name, gauge.Measure, gauge.Unit, gauge.Description);
    }

    public Counter<long> Requests { get; }

    public Histogram<double> Duration { get; }

    public UpDownCounter<long> Connections { get; }

    public UpDownCounter<long> Subscriptions { get; }

    public Counter<long> EventsPublished { get; }

    public Counter<long> EventsDelivered { get; }

    public Counter<long> EventsDropped { get; }

    public Counter<long> DispatchedRecipients { get; }

    public Counter<long> Receipts { get; }

    public Counter<long> ShortLinkClicks { get; }
}
