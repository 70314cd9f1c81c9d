using System.ComponentModel;
using GraphQL;

namespace KooMessage.Platform.Features.Messaging;

public sealed record SmsTemplateIdInput
{
    [Id, Description("The template.")] public required string Id { get; init; }
}
