using System.Diagnostics.Metrics;
using KooMessage.Platform.Observability;

namespace KooMessage.Platform.Tests.Infrastructure;

/// <summary>Instruments for a component a test builds by hand (no host): their own meter factory, unobserved.</summary>
public static class TestMetrics
{
    public static PlatformMetrics Create()
        => new(new ServiceCollection().AddMetrics().BuildServiceProvider().GetRequiredService<IMeterFactory>(), []);
}
