using System.ComponentModel;

namespace KooMessage.Platform.Features.SendTasks;

[Description("A short-link domain the tenant owns, for createShortLinkDomain.")]
public sealed record CreateShortLinkDomainInput
{
    [Description("A host name such as s.example.cn (no scheme, port or path).")] public required string Domain { get; init; }
}
