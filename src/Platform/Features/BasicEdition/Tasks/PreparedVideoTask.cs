using KooMessage.Platform.Features.SendTasks;

namespace KooMessage.Platform.Features.BasicEdition;

/// <summary>A validated video-task input with its template resolved: what creation and preview both start from.</summary>
public sealed record PreparedVideoTask(VideoTaskDefinition Definition, VideoTemplate Template, NumberInput Numbers);
