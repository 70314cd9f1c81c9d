using System.ComponentModel;

namespace KooMessage.Platform.Features.SendTasks;

[Description("RESOLVABLE (可解析), UNRESOLVABLE (不可解析) or INVALID (无效).")]
public enum RecipientCapability
{
    [Description("The phone renders smart cards (可解析).")]
    Resolvable,

    [Description("A valid number whose phone cannot render the card (不可解析).")]
    Unresolvable,

    [Description("Not a valid number, or its row's values do not fit the template (无效).")]
    Invalid,
}
