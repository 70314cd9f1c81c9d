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

public sealed record HotlineInput
{
    [Description("Digits with at most one inner '-', up to 20 characters; unique on the homepage.")] public required string Number { get; init; }

    [Description("What it is for, 1–30 characters.")] public required string Usage { get; init; }
}

public sealed record QuickAppInput
{
    [Description("1–15 characters; unique on the homepage.")] public required string Name { get; init; }

    [Description("hap://app/<package>[/path].")] public required string Deeplink { get; init; }
}
