namespace KooMessage.Platform.Hosting;

/// <summary>
/// Who this running process is among the instances sharing a database: host name, process id and a
/// random suffix (a restarted process is a new instance even if the operating system reuses the pid).
/// Leases name it as their owner; the Sandbox gateway records it on each message it accepts.
/// </summary>
public sealed class InstanceIdentity
{
    public string Id { get; } = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid().ToString("N")[..8]}";

    public override string ToString() => Id;
}
