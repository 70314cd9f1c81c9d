namespace KooMessage.Platform.Data;

/// <summary>
/// Thrown by the SaveChanges guard when code tries to write a row of another tenant (or a
/// tenant-owned row with no tenant in context). It signals a bug, never a user error.
/// </summary>
public sealed class TenantIsolationException(string message) : InvalidOperationException(message);
