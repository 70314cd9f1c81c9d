namespace KooMessage.Platform.Tests.Infrastructure;

/// <summary>A tenant made for a test: its global ID, slug, and a key's secret and ID.</summary>
public sealed record TestTenant(string Id, string Slug, string Key, string KeyId);
