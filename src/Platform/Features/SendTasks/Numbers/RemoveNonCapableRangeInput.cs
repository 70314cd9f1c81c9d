using System.ComponentModel;
using GraphQL;

namespace KooMessage.Platform.Features.SendTasks;

public sealed record RemoveNonCapableRangeInput
{
    [Id, Description("The range.")] public required string Id { get; init; }
}
