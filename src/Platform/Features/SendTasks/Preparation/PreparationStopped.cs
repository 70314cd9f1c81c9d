namespace KooMessage.Platform.Features.SendTasks.Preparation;

/// <summary>A preparation's task is no longer its to write: cancelled, or ended FAILED by another instance that took it for dead.</summary>
public sealed class PreparationStopped() : Exception("The task is no longer PREPARING under this instance's lease.");
