using System.ComponentModel;
using GraphQL;

namespace KooMessage.Platform.Features.SendTasks;

public sealed record CancelSendTaskInput
{
    [Id, Description("A PREPARING, SCHEDULED or QUEUED task.")] public required string Id { get; init; }
}
