namespace KooMessage.Platform.Features.SendTasks.Dispatch;

/// <summary>
/// Up to <see cref="Count"/> of a tenant's tokens, as read from its bucket at <see cref="Version"/>
/// (<see cref="TenantRateLimiter.WaitAsync"/>): spending them (<see cref="TenantRateLimiter.SpendAsync"/>)
/// succeeds only if no one changed the bucket since.
/// </summary>
public sealed record TenantRateGrant(Guid TenantId, int Count, double Available, DateTime RefilledAt, long Version);
