using KooMessage.Platform.Tests.Infrastructure;

namespace KooMessage.Platform.Tests.Tenancy;

/// <summary>
/// The recovery path docs/RUNBOOK.md gives for a lost PLATFORM_ADMIN key, on a real child process and
/// its database: a later start with Bootstrap__AdminApiKey set to a new secret adds a working
/// PLATFORM_ADMIN key, and the log says so without the secret.
/// </summary>
public sealed class LostAdminKeyTests
{
    private const string RecoveryKey = "km_recovery_after_a_lost_admin_key_0123456789";

    [Fact]
    public async Task A_later_start_with_Bootstrap_AdminApiKey_adds_a_working_admin_key_and_logs_it_without_the_secret()
    {
        var storage = Path.Combine(Path.GetTempPath(), "koomessage-tests", Guid.NewGuid().ToString("N"));
        try
        {
            await using (var first = await PlatformProcess.StartAsync(storagePath: storage))
            {
                await TestTenant.CreateAsync(first.Admin(), Slugs.New("before-loss"));
                Assert.Equal(System.Net.HttpStatusCode.Unauthorized,
                    (await first.As(RecoveryKey).PostAsync("{ tenants(first: 1) { totalCount } }")).Status);
            }

            var settings = new Dictionary<string, string?> { ["Bootstrap:AdminApiKey"] = RecoveryKey };
            await using var second = await PlatformProcess.StartAsync(settings, storage);
            var recovered = second.As(RecoveryKey);
            var tenants = await recovered.QueryAsync("{ tenants(first: 10) { totalCount } }");
            Assert.True(tenants.GetProperty("tenants").GetProperty("totalCount").GetInt32() >= 1);
            // A platform admin's write, not only a read: the recovered key can issue keys and create tenants.
            await TestTenant.CreateAsync(recovered, Slugs.New("after-recovery"));

            Assert.Contains("The configured Bootstrap:AdminApiKey is now a PLATFORM_ADMIN API key.", second.Output, StringComparison.Ordinal);
            Assert.DoesNotContain(RecoveryKey, second.Output, StringComparison.Ordinal);
        }
        finally
        {
            PlatformHost.TryDelete(storage);
        }
    }
}
