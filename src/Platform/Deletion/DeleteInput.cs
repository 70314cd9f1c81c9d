using System.ComponentModel;
using GraphQL;

namespace KooMessage.Platform.Deletion;

public sealed record DeleteInput
{
    [Id, Description("What to delete: an SMS app, signature or template, a smart or video template, a service number, a channel number, or a finished send or video task of the caller's tenant.")]
    public required string Id { get; init; }
}
