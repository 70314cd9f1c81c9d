using KooMessage.Platform.Features.Messaging;

namespace KooMessage.Platform.Features.SendTasks;

/// <summary>
/// What a card's quick-app (快应用) button opens once its click is counted (pure): a page in the card's look that asks the
/// phone for the deeplink and, when the page is still in front a moment later (no quick app engine answered), replaces
/// itself with the button's web page. Both are also plain links, for a browser that runs no script. The script is a
/// constant that reads the links from the page, so one hash allows it whatever the button.
/// </summary>
public static class QuickAppPage
{
    public const string AppId = "app";
    public const string WebId = "web";

    public const string Script =
        "var app=document.querySelector('[data-button=app]').href,web=document.querySelector('[data-button=web]').href;" +
        "setTimeout(function(){if(!document.hidden)location.replace(web)},1500);location.href=app;";

    /// <param name="button">A filled OPEN_QUICK_APP button with its deeplink and fallback URL.</param>
    public static FilledCard For(FilledCardComponent button) => new(button.Text ?? "快应用", [new FilledCardPage([
        new FilledCardComponent("title", SmartComponentType.Title, button.Text, null, null, null, null, null, null, null),
        new FilledCardComponent(AppId, SmartComponentType.Button, "打开快应用", null, CardButtonAction.OpenQuickApp, null, null, button.Deeplink, button.Deeplink, null),
        new FilledCardComponent(WebId, SmartComponentType.Button, "打开网页版", null, CardButtonAction.OpenUrl, button.Url, null, null, button.Url, null),
    ])], new Dictionary<string, string>());
}
