using System.ComponentModel;
using GraphQL;

namespace KooMessage.Platform.Features.ServiceNumbers;

public sealed record SaveServiceNumberHomepageInput
{
    [Id, Description("The service number.")] public required string ServiceNumberId { get; init; }

    [Id, Description("An uploaded IMAGE file (png/jpg), 16:9.")] public required string BackgroundImageId { get; init; }

    [Description("1–75 characters.")] public required string Intro { get; init; }

    [Description("At most 5 hotlines (服务热线).")] public List<HotlineInput>? Hotlines { get; init; }

    [Description("At most 10 quick apps (快应用).")] public List<QuickAppInput>? QuickApps { get; init; }
}
