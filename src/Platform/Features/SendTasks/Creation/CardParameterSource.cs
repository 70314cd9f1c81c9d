using System.ComponentModel;

namespace KooMessage.Platform.Features.SendTasks;

[Description("Where a card parameter's value comes from for each recipient.")]
public enum CardParameterSource
{
    [Description("A column of the number file (by its name in the task's `columns`, or its position).")]
    Column,

    [Description("The value the recipient's row gives the SMS template's variable ${n}.")]
    Variable,

    [Description("The same value for every recipient.")]
    Constant,
}
