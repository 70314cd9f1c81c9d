using System.ComponentModel;
using GraphQL;

namespace KooMessage.Platform.Features.SendTasks;

public sealed record VerifyShortLinkDomainInput
{
    [Id, Description("A DRAFT or REJECTED domain of the tenant whose token is now published.")] public required string Id { get; init; }
}
