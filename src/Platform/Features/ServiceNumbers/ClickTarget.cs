namespace KooMessage.Platform.Features.ServiceNumbers;

/// <summary>What a phone-side click event is about.</summary>
public enum ClickTarget
{
    /// <summary>A menu item was tapped; the name is the item's name.</summary>
    Menu,

    /// <summary>The homepage was opened; a name is optional.</summary>
    Homepage,

    /// <summary>A hotline was called; the name is the number.</summary>
    Hotline,

    /// <summary>A quick app was opened; the name is the quick app's name.</summary>
    QuickApp,
}
