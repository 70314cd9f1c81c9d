using System.ComponentModel;

namespace KooMessage.Platform.Features.SendTasks;

[Description("MANUAL (1–10 numbers) or FILE (an uploaded NUMBER_FILE csv: phone[, var1..varN][, customUrl]).")]
public enum NumberSource
{
    [Description("Typed in (手动输入): 1–10 numbers.")]
    Manual,

    [Description("Imported (文件导入) from an uploaded NUMBER_FILE.")]
    File,
}
