using KooMessage.Platform.Features.SendTasks;

namespace KooMessage.Platform.Features.BasicEdition;

public sealed class VideoTaskDeletion() : SendTaskDeletion(VideoTaskType.TypeName, SendTaskKind.Video);
