using KooMessage.Platform.Features.Statistics;
using KooMessage.Platform.Reviews;

namespace KooMessage.Platform.Features.Dashboard;

/// <summary>The platform's overview, for platform principals: tenants by status, the review queue, and traffic across tenants.</summary>
public sealed record PlatformOverview(IReadOnlyList<StatusCount> Tenants, IReadOnlyList<ReviewQueueLength> ReviewQueue, MessageTraffic Traffic);
