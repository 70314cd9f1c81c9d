using System.ComponentModel;

namespace KooMessage.Platform.Features.Messaging;

[Description("What tapping a card's button does: OPEN_URL (url, https), CALL (phoneNumber) or OPEN_QUICK_APP (deeplink hap://app/..., url the https page opened where no quick app engine answers).")]
public enum CardButtonAction
{
    [Description("Opens an https url.")]
    OpenUrl,

    [Description("Dials phoneNumber.")]
    Call,

    [Description("Opens a quick app (快应用) through a hap://app/ deeplink; url is the web page opened instead when the phone cannot.")]
    OpenQuickApp,
}
