using KooMessage.Platform.Features.Filings;
using KooMessage.Platform.Reviews;

namespace KooMessage.Platform.Features.Dashboard;

/// <summary>How many of the tenant's filings of one product area are in one review status.</summary>
public sealed record FilingCount(ProductArea Area, ReviewStatus Status, int Count);
