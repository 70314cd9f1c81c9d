namespace KooMessage.Platform.Features.SendTasks.Dispatch;

/// <summary>
/// A contiguous range of a task's recipients (by <see cref="Recipient.Sequence"/>), leased on its own so
/// several instances share one big task: each owns different lanes at once, never the same one. The
/// lease is a conditional update of <see cref="Owner"/>/<see cref="Until"/>; an owner that dies simply
/// lets <see cref="Until"/> pass and another instance resumes the lane. Dispatcher data, not a tenant's.
/// </summary>
public sealed class SendTaskLane
{
    private SendTaskLane()
    {
    }

    public Guid TaskId { get; private set; }

    /// <summary>0, 1, 2, … in sequence order: lanes are taken lowest first, so a task is sent roughly in order.</summary>
    public int Lane { get; private set; }

    public int FromSequence { get; private set; }

    /// <summary>Inclusive.</summary>
    public int ToSequence { get; private set; }

    /// <summary>The <see cref="Hosting.InstanceIdentity"/> holding the lease, or null.</summary>
    public string? Owner { get; private set; }

    /// <summary>Lease expiry while owned; while not owned, the earliest time the lane is due again (a retry), or null.</summary>
    public DateTime? Until { get; private set; }

    /// <summary>Every recipient of the lane was handed over or given up.</summary>
    public bool Finished { get; private set; }

    /// <summary>Cuts the sequence range [<paramref name="first"/>, <paramref name="last"/>] into lanes of <paramref name="size"/>.</summary>
    public static List<SendTaskLane> Cut(Guid taskId, int first, int last, int size)
    {
        size = Math.Max(1, size);
        var lanes = new List<SendTaskLane>();
        for (long from = first, lane = 0; from <= last; from += size, lane++)
        {
            lanes.Add(new SendTaskLane
            {
                TaskId = taskId,
                Lane = (int)lane,
                FromSequence = (int)from,
                ToSequence = (int)Math.Min(last, from + size - 1),
            });
        }
        return lanes;
    }
}
