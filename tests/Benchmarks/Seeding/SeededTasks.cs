namespace KooMessage.Benchmarks.Seeding;

/// <summary>The tenant and tasks <see cref="BenchmarkDatabase"/> made.</summary>
public sealed record SeededTasks(Guid TenantId, IReadOnlyList<Guid> TaskIds);
