using System.ComponentModel;
using GraphQL;

namespace KooMessage.Platform.Features.ServiceNumbers;

public sealed record SaveServiceNumberMenuInput
{
    [Id, Description("The service number.")] public required string ServiceNumberId { get; init; }

    [Description("The whole menu: 0–3 top-level items.")] public required List<MenuItemInput> Items { get; init; }
}
