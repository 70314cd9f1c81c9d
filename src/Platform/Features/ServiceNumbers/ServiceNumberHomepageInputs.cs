namespace KooMessage.Platform.Features.ServiceNumbers;

public sealed class SaveServiceNumberHomepageInput
{
    public string ServiceNumberId { get; set; } = string.Empty;

    public string BackgroundImageId { get; set; } = string.Empty;

    public string Intro { get; set; } = string.Empty;

    public List<HotlineInput>? Hotlines { get; set; }

    public List<QuickAppInput>? QuickApps { get; set; }
}

public sealed class HotlineInput
{
    public string Number { get; set; } = string.Empty;

    public string Usage { get; set; } = string.Empty;
}

public sealed class QuickAppInput
{
    public string Name { get; set; } = string.Empty;

    public string Deeplink { get; set; } = string.Empty;
}
