namespace KooMessage.Platform.Features.ServiceNumbers;

/// <summary>What tapping a menu item does.</summary>
public enum MenuAction
{
    /// <summary>Opens the item's children (top-level items only).</summary>
    OpenSubmenu,

    /// <summary>Opens an https URL, in the phone's browser or an in-app page with a title.</summary>
    OpenUrl,

    /// <summary>Dials a phone number.</summary>
    Call,

    /// <summary>Opens a quick app through a <c>hap://app/</c> deeplink.</summary>
    OpenQuickApp,
}
