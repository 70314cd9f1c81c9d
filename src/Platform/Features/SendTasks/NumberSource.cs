namespace KooMessage.Platform.Features.SendTasks;

public enum NumberSource
{
    /// <summary>手动输入: 1–10 numbers.</summary>
    Manual,

    /// <summary>文件导入: an uploaded NUMBER_FILE (csv: phone[, var1..varN][, customUrl]).</summary>
    File,
}
