namespace KooMessage.Client.Tests.Infrastructure;

/// <summary>A tenant created for a test and the secret of a key that acts in it.</summary>
internal sealed record TenantAccess(string Id, string Slug, string Key);
