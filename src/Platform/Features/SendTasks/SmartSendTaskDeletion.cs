namespace KooMessage.Platform.Features.SendTasks;

public sealed class SmartSendTaskDeletion() : SendTaskDeletion(SendTask.GraphTypeName, SendTaskKind.Smart);
