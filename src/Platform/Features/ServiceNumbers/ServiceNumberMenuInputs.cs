namespace KooMessage.Platform.Features.ServiceNumbers;

public sealed class SaveServiceNumberMenuInput
{
    public string ServiceNumberId { get; set; } = string.Empty;

    public List<MenuItemInput> Items { get; set; } = [];
}

public sealed class MenuItemInput
{
    public string Name { get; set; } = string.Empty;

    public MenuAction Action { get; set; }

    public string? Url { get; set; }

    public bool OpenInExternalBrowser { get; set; }

    public string? PageTitle { get; set; }

    public string? PhoneNumber { get; set; }

    public string? Deeplink { get; set; }

    public List<MenuItemInput>? Children { get; set; }
}
