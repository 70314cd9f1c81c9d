namespace KooMessage.Platform.Features.Messaging;

/// <summary>
/// One component of a card page. Texts may use parameters as {{name}}; so may a button's url, phone number and deeplink
/// (<see cref="CardButtonRules"/> keeps what a value can change). <see cref="Action"/> is null on components that are not
/// buttons, and on buttons stored before buttons had actions (they open their url).
/// </summary>
public sealed record SmartTemplateComponent(
    SmartComponentType Type, string? Text, Guid? ImageFileId, string? Url,
    CardButtonAction? Action = null, string? PhoneNumber = null, string? Deeplink = null)
{
    /// <summary>What a button does; null for other components.</summary>
    public CardButtonAction? ButtonAction => Type == SmartComponentType.Button ? Action ?? CardButtonAction.OpenUrl : null;
}
