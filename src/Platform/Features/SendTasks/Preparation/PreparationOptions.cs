namespace KooMessage.Platform.Features.SendTasks.Preparation;

/// <summary>Configuration section "Preparation": writing a new task's recipients and short links in the background.</summary>
public sealed class PreparationOptions
{
    public const string Section = "Preparation";

    /// <summary>
    /// How long createSendTask/createVideoTask wait for the preparation before answering: a task prepared
    /// by then is answered SCHEDULED or QUEUED, a bigger one PREPARING (its progress shows the rest).
    /// </summary>
    public TimeSpan ResponseWait { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// How long a preparation's lease lasts without renewal (its instance renews it every third of this while it
    /// works, and each batch checks it). A PREPARING task
    /// whose lease ran out lost its instance (a crash): any instance then ends it FAILED.
    /// </summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Recipients (and their short links) written per transaction.</summary>
    public int BatchSize { get; set; } = 5000;
}
