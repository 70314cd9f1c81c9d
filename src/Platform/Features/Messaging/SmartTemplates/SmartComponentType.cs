using System.ComponentModel;

namespace KooMessage.Platform.Features.Messaging;

[Description("Card component: TITLE, TEXT, IMAGE (an uploaded picture) or BUTTON (text and an action: an https URL, a call, a quick app).")]
public enum SmartComponentType
{
    [Description("A title line.")]
    Title,

    [Description("A block of text.")]
    Text,

    [Description("An uploaded picture.")]
    Image,

    [Description("A button: its text and what it does (action).")]
    Button,
}
