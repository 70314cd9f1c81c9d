using KooMessage.Platform.Reviews;

namespace KooMessage.Platform.Features.SendTasks;

/// <summary>Short-link domains are reviewed like the other reviewables, within the default working day.</summary>
public sealed class ShortLinkDomainReviewSubject() : ReviewSubject<ShortLinkDomain>(
    kind: "ShortLinkDomain", graphTypeName: ShortLinkDomain.GraphTypeName, description: "A tenant's own short-link domain (自有短链域名), its ownership verified.");
