using System.ComponentModel;
using GraphQL;

namespace KooMessage.Platform.Features.BasicEdition;

public sealed record CancelVideoTaskInput
{
    [Id, Description("A PREPARING, SCHEDULED or QUEUED video task.")] public required string Id { get; init; }
}
